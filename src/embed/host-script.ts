/**
 * /embed.js, the script a host page adds next to our embeds (bundled at build time by
 * src/pages/embed.js.ts with esbuild: IIFE, ES2019, minified, ≤ 2 KB gzip). The embed origin
 * it trusts is baked in at build (urls.origin, from SITE_URL), never read from the page.
 *
 * It does two things:
 * - sizes our iframes: `<iframe data-goyang-embed data-figure-id="<id>" src=...>`. A message
 *   changes an iframe's height only when it comes from that iframe's own window
 *   (event.source === iframe.contentWindow), from the embed origin exactly
 *   (event.origin === EMBED_ORIGIN, no prefix or pattern match), and is our versioned
 *   height message for that iframe's figure (acceptedHeight, src/embed/protocol.ts). It
 *   never navigates, scrolls, or touches anything but that iframe's height;
 * - turns script-embed placeholders into iframes:
 *   `<div data-goyang-embed-src="<embed URL>"><a href="<story URL>">…</a></div>` (the link
 *   is what a reader without JavaScript gets). Only a URL of one of our embed pages is
 *   accepted, with only the known render flags kept.
 *
 * The checks are pure exported functions so test/embed/host-script.test.ts can call them.
 */
import { acceptedHeight, heightRequest } from "./protocol.ts";

export const FRAME_SELECTOR = "iframe[data-goyang-embed]";
export const PLACEHOLDER_ATTRIBUTE = "data-goyang-embed-src";
/** What a frame the script manages is attributed with (figure id). */
export const FIGURE_ATTRIBUTE = "data-figure-id";
/** Render flags an embed URL may carry (src/embed/flags.ts FLAG_NAMES; repeated here to keep the bundle free of it). */
const FLAGS = ["dark", "plain", "transparent", "static"];
const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The sandbox of the iframes the script creates, the same as the iframe code's
 * (EMBED_SANDBOX in src/embed/codes.ts, which explains each token; a test holds them
 * equal): scripts, its own origin, links opening in a new tab, downloads. Not
 * allow-top-navigation: an embed can never take the host page elsewhere.
 */
export const SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/** The parts of a MessageEvent the checks read. */
export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

/** The parts of one of our iframes the checks read. */
export interface FrameLike {
  contentWindow: unknown;
  figureId: string | null;
}

/**
 * The height `frame` should take for `message`, or null to ignore the message: it must
 * come from that frame's window, from exactly `embedOrigin`, and be our height message
 * for that frame's figure.
 */
export function heightFor(message: MessageLike, frame: FrameLike, embedOrigin: string): number | null {
  if (frame.contentWindow == null || message.source !== frame.contentWindow) return null;
  if (typeof message.origin !== "string" || message.origin !== embedOrigin) return null;
  if (frame.figureId === null || !FIGURE_ID.test(frame.figureId)) return null;
  return acceptedHeight(message.data, frame.figureId);
}

/** The frame a message resizes, and to what height; null when it resizes none. */
export function resizeFor<F extends FrameLike>(
  message: MessageLike,
  frames: readonly F[],
  embedOrigin: string,
): { frame: F; height: number } | null {
  for (const frame of frames) {
    if (frame.contentWindow == null || message.source !== frame.contentWindow) continue;
    const height = heightFor(message, frame, embedOrigin);
    return height === null ? null : { frame, height };
  }
  return null;
}

/**
 * The embed a URL points at, if it is one of ours: `embedOrigin` exactly, path
 * `<embedPath><figure-id>/`; the query keeps only the render flags, the fragment is dropped.
 * Anything else (another site, another page of ours, a javascript: URL) gives null.
 */
export function embedTarget(
  src: string,
  embedOrigin: string,
  embedPath: string,
): { url: string; figureId: string } | null {
  let url: URL;
  try {
    url = new URL(src, embedOrigin);
  } catch {
    return null;
  }
  if (url.origin !== embedOrigin || !url.pathname.startsWith(embedPath)) return null;
  const rest = url.pathname.slice(embedPath.length);
  const figureId = rest.endsWith("/") ? rest.slice(0, -1) : "";
  if (!FIGURE_ID.test(figureId)) return null;
  const query = new URLSearchParams();
  for (const name of FLAGS) {
    const value = url.searchParams.get(name);
    if (value !== null) query.set(name, value.slice(0, 8));
  }
  const search = query.toString();
  return { url: `${embedOrigin}${embedPath}${figureId}/${search ? `?${search}` : ""}`, figureId };
}

/** The figure id of one of our iframes: its data-figure-id, else read from its src. */
export function figureIdOf(frame: Element, embedOrigin: string, embedPath: string): string | null {
  const id = frame.getAttribute(FIGURE_ATTRIBUTE);
  if (id !== null) return FIGURE_ID.test(id) ? id : null;
  return embedTarget(frame.getAttribute("src") ?? "", embedOrigin, embedPath)?.figureId ?? null;
}

/**
 * Replaces each placeholder's content with the iframe it names (once: the attribute is
 * removed). The iframe is named by the placeholder's data-title, else its link's text.
 * A placeholder naming anything but one of our embeds is left as it is.
 */
export function upgradePlaceholders(document: Document, embedOrigin: string, embedPath: string): HTMLIFrameElement[] {
  const created: HTMLIFrameElement[] = [];
  for (const holder of Array.from(document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`))) {
    const target = embedTarget(holder.getAttribute(PLACEHOLDER_ATTRIBUTE) ?? "", embedOrigin, embedPath);
    if (target === null) continue;
    holder.removeAttribute(PLACEHOLDER_ATTRIBUTE);
    const frame = document.createElement("iframe");
    frame.setAttribute("src", target.url);
    frame.setAttribute(
      "title",
      (holder.getAttribute("data-title") ?? holder.textContent ?? "").trim().slice(0, 200) || "그래프",
    );
    frame.setAttribute("data-goyang-embed", "");
    frame.setAttribute(FIGURE_ATTRIBUTE, target.figureId);
    frame.setAttribute("sandbox", SANDBOX);
    frame.setAttribute("width", "100%");
    const height = holder.getAttribute("data-height") ?? "";
    frame.setAttribute("height", /^\d{2,4}$/.test(height) ? height : "480");
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.width = "100%";
    holder.textContent = "";
    holder.appendChild(frame);
    created.push(frame);
  }
  return created;
}

interface Installed {
  scan(): void;
}

/** Starts the script on this page (once; a second copy of the script only rescans). */
export function start(embedOrigin: string, embedPath: string, win: Window = window): void {
  const host = win as Window & { goyangJobsEmbed?: Installed };
  if (host.goyangJobsEmbed) {
    host.goyangJobsEmbed.scan();
    return;
  }
  const document = win.document;
  const frames = () =>
    Array.from(document.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR), (element) => ({
      element,
      contentWindow: element.contentWindow as unknown,
      figureId: figureIdOf(element, embedOrigin, embedPath),
    }));
  // An embed that loaded before this script ran has already reported its height once:
  // ask again. targetOrigin is the embed origin, so a frame elsewhere gets nothing.
  const ask = (frame: HTMLIFrameElement) => {
    try {
      frame.contentWindow?.postMessage(heightRequest(), embedOrigin);
    } catch {
      // a frame not (yet) on the embed origin
    }
  };
  const scan = () => {
    for (const frame of upgradePlaceholders(document, embedOrigin, embedPath))
      frame.addEventListener("load", () => ask(frame));
    for (const { element } of frames()) ask(element);
  };
  host.goyangJobsEmbed = { scan };
  win.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== embedOrigin) return; // the cheap check first; resizeFor checks everything
    const resize = resizeFor(event, frames(), embedOrigin);
    if (resize === null) return;
    const height = `${resize.height}px`;
    if (resize.frame.element.style.height !== height) resize.frame.element.style.height = height;
  });
  // A wider or narrower window reflows the embeds; one outside the viewport cannot notice
  // (its rendering is paused), so ask them all again.
  win.addEventListener("resize", () => {
    for (const { element } of frames()) ask(element);
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
}
