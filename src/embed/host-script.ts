/**
 * /embed.js, the script a host page adds next to our embeds (bundled at build time by
 * src/embed/bundle-host-script.ts with esbuild: IIFE, ES2019, minified; budget in
 * test/budgets.json). The embed origin it trusts is baked in at build (urls.origin, from
 * SITE_URL), never read from the page. The codes load it as a classic script right after the
 * embed, so what it does at start happens before the rest of the host page is parsed.
 *
 * What it does, for our embeds only (an iframe or placeholder whose URL is one of our embed
 * pages, see embedTarget):
 * - reserves each embed's height for its column before the frame loads, from the heights
 *   table the code carries (data-heights, src/embed/heights.ts): the host's text below never
 *   moves when the chart arrives (no layout shift). pym.js containers with data-heights get
 *   the same as a min-height;
 * - turns script-code placeholders into iframes, at start and whenever the page adds one
 *   later (a MutationObserver: CMSs that set the article body after load);
 * - applies the embed's height messages. A message changes a frame's height only when it
 *   comes from that frame's own window (event.source === iframe.contentWindow) and is our
 *   exact versioned shape for that frame's figure (src/embed/protocol.ts), from the embed
 *   origin exactly, or from the opaque origin "null" of a frame the host sandboxed without
 *   allow-same-origin (WordPress): the source window cannot be forged, and the frame is one
 *   whose src is our embed, which never navigates itself; the worst a forgery could do is
 *   change that one frame's height within 80 to 10,000 px;
 * - tells each embed the host page's colour scheme, so `dark=auto` follows the host, and
 *   the iframe element's colour scheme, so a transparent embed matches it (no opaque box);
 * - re-emits the embed's interaction events as DOM events on its iframe
 *   (`goyang-embed:view`, `goyang-embed:focus`), and opens in a new tab a link of ours that
 *   an embed sandboxed without allow-popups could not open, only while that frame has focus;
 * - prints each chart as its static SVG, whole and scaled to the page, instead of a frame
 *   that paper would cut.
 * It never navigates or scrolls the host page, and touches nothing but our embeds.
 *
 * The checks are pure exported functions so test/embed/host-script.test.ts can call them.
 */
import { FLAG_NAMES } from "./flags.ts";
import { heightAt, parseHeights, type HeightTable } from "./heights.ts";
import {
  acceptedEvent,
  acceptedHeight,
  acceptedLink,
  FIGURE_ID,
  heightRequest,
  hostMessage,
  INSTANCE,
  type HostMessage,
  type HostScheme,
} from "./protocol.ts";

export const FRAME_SELECTOR = "iframe[data-goyang-embed]";
export const PLACEHOLDER_ATTRIBUTE = "data-goyang-embed-src";
/** What a frame the script manages is attributed with (figure id). */
export const FIGURE_ATTRIBUTE = "data-figure-id";
export const HEIGHTS_ATTRIBUTE = "data-heights";
/** A host's own say on its scheme, on the iframe or placeholder: "light" or "dark". */
export const SCHEME_ATTRIBUTE = "data-scheme";
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
  /** True when the frame's src is one of our embed pages (what an opaque-origin message needs). */
  servesEmbed?: boolean;
}

/**
 * True when `message` may speak for `frame`: it comes from that frame's window, from exactly
 * `embedOrigin`, or from an opaque origin ("null": a frame sandboxed without
 * allow-same-origin) when the frame's src is our embed page, and the frame shows one of our figures.
 */
export function speaksFor(message: MessageLike, frame: FrameLike, embedOrigin: string): boolean {
  if (frame.contentWindow == null || message.source !== frame.contentWindow) return false;
  if (message.origin !== embedOrigin && !(message.origin === "null" && frame.servesEmbed === true)) return false;
  return frame.figureId !== null && FIGURE_ID.test(frame.figureId);
}

/** The height `frame` should take for `message`, or null to ignore the message. */
export function heightFor(message: MessageLike, frame: FrameLike, embedOrigin: string): number | null {
  return speaksFor(message, frame, embedOrigin) ? acceptedHeight(message.data, frame.figureId ?? undefined) : null;
}

/** The frame whose window sent `message`, if it is one of `frames` and may speak for it. */
export function senderOf<F extends FrameLike>(
  message: MessageLike,
  frames: readonly F[],
  embedOrigin: string,
): F | null {
  for (const frame of frames) {
    if (frame.contentWindow == null || message.source !== frame.contentWindow) continue;
    return speaksFor(message, frame, embedOrigin) ? frame : null;
  }
  return null;
}

/** The frame a message resizes, and to what height; null when it resizes none. */
export function resizeFor<F extends FrameLike>(
  message: MessageLike,
  frames: readonly F[],
  embedOrigin: string,
): { frame: F; height: number } | null {
  const frame = senderOf(message, frames, embedOrigin);
  const height = frame === null ? null : acceptedHeight(message.data, frame.figureId ?? undefined);
  return frame === null || height === null ? null : { frame, height };
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
  // Only the render flags (src/embed/flags.ts) travel into a frame's URL.
  for (const name of FLAG_NAMES) {
    const value = url.searchParams.get(name);
    if (value !== null) query.set(name, value.slice(0, 8));
  }
  const search = query.toString();
  return { url: `${embedOrigin}${embedPath}${figureId}/${search ? `?${search}` : ""}`, figureId };
}

/** The figure id of one of our iframes: its data-figure-id, else read from its src (`target`, when already read). */
export function figureIdOf(
  frame: Element,
  embedOrigin: string,
  embedPath: string,
  target: { figureId: string } | null = embedTarget(frame.getAttribute("src") ?? "", embedOrigin, embedPath),
): string | null {
  const id = frame.getAttribute(FIGURE_ATTRIBUTE);
  if (id !== null) return FIGURE_ID.test(id) ? id : null;
  return target?.figureId ?? null;
}

/** The height to reserve for an element carrying a heights table, at its current width; null without a valid table. */
export function reservedHeight(element: Element): number | null {
  const table: HeightTable | null = parseHeights(element.getAttribute(HEIGHTS_ATTRIBUTE));
  return table === null ? null : heightAt(table, element.getBoundingClientRect().width);
}

/** Sets a CSS property through the CSSOM, which a host's CSP allows where it blocks style attributes. */
function setStyle(element: HTMLElement, property: "height" | "minHeight" | "border" | "display", value: string): void {
  if (element.style[property] !== value) element.style[property] = value;
}

/**
 * Replaces each placeholder's content with the iframe it names (once: the attribute is
 * removed), at the height its table gives for the placeholder's width, with the host's scheme
 * (`schemeOf`) as the host= flag unless the URL sets dark= itself. The iframe is named
 * by the placeholder's data-title, else its link's text. A placeholder naming anything but
 * one of our embeds is left as it is.
 */
export function upgradePlaceholders(
  document: Document,
  embedOrigin: string,
  embedPath: string,
  schemeOf: (holder: Element) => HostScheme | null = () => null,
): HTMLIFrameElement[] {
  const created: HTMLIFrameElement[] = [];
  for (const holder of Array.from(document.querySelectorAll<HTMLElement>(`[${PLACEHOLDER_ATTRIBUTE}]`))) {
    const target = embedTarget(holder.getAttribute(PLACEHOLDER_ATTRIBUTE) ?? "", embedOrigin, embedPath);
    if (target === null) continue;
    // The host's scheme rides in the URL (host=), so a dark=auto embed paints the host's
    // scheme from its first frame instead of flashing the reader's OS scheme.
    const scheme = /[?&](?:dark|host)=/.test(target.url) ? null : schemeOf(holder);
    if (scheme !== null) target.url += `${target.url.indexOf("?") >= 0 ? "&" : "?"}host=${scheme}`;
    const legacy = holder.getAttribute("data-height") ?? "";
    const height = reservedHeight(holder) ?? (/^\d{2,4}$/.test(legacy) ? Number(legacy) : 480);
    holder.removeAttribute(PLACEHOLDER_ATTRIBUTE);
    const frame = document.createElement("iframe");
    frame.setAttribute("src", target.url);
    const image = holder.querySelector("img");
    const title = holder.getAttribute("data-title") ?? holder.textContent ?? "";
    frame.setAttribute("title", title.trim().slice(0, 200) || image?.getAttribute("alt")?.slice(0, 200) || "그래프");
    const instance = holder.getAttribute("data-instance") ?? "";
    if (INSTANCE.test(instance)) {
      frame.setAttribute("name", instance);
      if (!document.getElementById(`datawrapper-chart-${instance}`))
        frame.setAttribute("id", `datawrapper-chart-${instance}`);
    }
    for (const name of [HEIGHTS_ATTRIBUTE, SCHEME_ATTRIBUTE]) {
      const value = holder.getAttribute(name);
      if (value !== null) frame.setAttribute(name, value);
    }
    frame.setAttribute("data-goyang-embed", "");
    frame.setAttribute(FIGURE_ATTRIBUTE, target.figureId);
    frame.setAttribute("sandbox", SANDBOX);
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("width", "100%");
    frame.setAttribute("height", String(height));
    frame.setAttribute("frameborder", "0");
    frame.style.width = "100%";
    frame.style.height = `${height}px`;
    holder.textContent = "";
    holder.appendChild(frame);
    created.push(frame);
  }
  return created;
}

/** A CSS colour's channels and alpha, for the rgb()/rgba() strings getComputedStyle returns; null otherwise. */
export function parseRgb(value: string): { rgb: [number, number, number]; alpha: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (match === null) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith("%") ? parseFloat(match[4]) / 100 : Number(match[4]);
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha };
}

/** Dark when the colour's relative luminance (WCAG) is below the middle grey's. */
export function isDark([r, g, b]: [number, number, number]): boolean {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18;
}

/**
 * The scheme a `color-scheme` value gives (the property, or the page's meta tag): the one it
 * names, or with both the reader's, or null for "normal"/nothing.
 */
export function usedScheme(value: string | null, prefersDark: boolean): HostScheme | null {
  const tokens = (value ?? "").split(/\s+/);
  const dark = tokens.indexOf("dark") >= 0;
  const light = tokens.indexOf("light") >= 0;
  if (dark && light) return prefersDark ? "dark" : "light";
  return dark ? "dark" : light ? "light" : null;
}

/** What the host page looks like around `frame`: its scheme, and the iframe element's used color-scheme. */
export function hostSchemeOf(frame: Element, win: Window): { scheme: HostScheme; colorScheme: HostScheme } {
  const prefersDark = win.matchMedia("(prefers-color-scheme: dark)").matches;
  const meta = win.document.querySelector('meta[name="color-scheme"]')?.getAttribute("content") ?? null;
  const colorScheme =
    usedScheme(win.getComputedStyle(frame).colorScheme, prefersDark) ?? usedScheme(meta, prefersDark) ?? "light";
  const told = frame.getAttribute(SCHEME_ATTRIBUTE);
  if (told === "light" || told === "dark") return { scheme: told, colorScheme };
  // The first opaque background behind the frame is what the reader sees around the chart.
  for (let element = frame.parentElement; element; element = element.parentElement) {
    const colour = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (colour !== null && colour.alpha > 0.5) return { scheme: isDark(colour.rgb) ? "dark" : "light", colorScheme };
  }
  // No background anywhere: the canvas, whose colour follows the page's used scheme.
  return { scheme: colorScheme, colorScheme };
}

interface Installed {
  scan(): void;
}

interface Managed extends FrameLike {
  element: HTMLIFrameElement;
  /** A pym.js container the frame sits in: pym sizes the frame, we keep the container's room. */
  pym: HTMLElement | null;
}

/** Print: the chart's static SVG instead of the frame, whole and within the page. */
const PRINT_CSS =
  "@media screen{img[data-goyang-print]{display:none}}" +
  "@media print{iframe[data-goyang-printable]{display:none!important}" +
  "img[data-goyang-print]{display:block;width:100%;height:auto;max-height:24cm;object-fit:contain;object-position:left top;break-inside:avoid;margin:0}}";

/** Starts the script on this page (once; a second copy of the script only rescans). */
export function start(embedOrigin: string, embedPath: string, win: Window = window): void {
  const host = win as Window & { goyangJobsEmbed?: Installed };
  if (host.goyangJobsEmbed) {
    host.goyangJobsEmbed.scan();
    return;
  }
  const document = win.document;
  // The embed path is "<base>embed/" (urls.path("embed/")); the downloads are beside it.
  const downloads = `${embedPath.slice(0, -"embed/".length)}downloads/`;
  const sized = new WeakSet<Element>();
  const seen = new WeakSet<Element>();
  const told = new WeakMap<Element, string>();
  let printable = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    printable = true;
  } catch {
    // No constructable stylesheets (an old browser): frames print as they are.
  }

  // One of our frames as the checks see it, or null for any other iframe on the page.
  const managed = (element: HTMLIFrameElement): Managed | null => {
    const pym = element.closest<HTMLElement>("[data-pym-src]");
    const target = embedTarget(element.getAttribute("src") ?? "", embedOrigin, embedPath);
    // Marked by our code, or any frame of our embed page: a CMS (WordPress) may have
    // stripped the code's data- attributes.
    const ours = target !== null || element.matches(FRAME_SELECTOR) || pym !== null;
    const figureId = ours ? figureIdOf(element, embedOrigin, embedPath, target) : null;
    return figureId === null
      ? null
      : { element, contentWindow: element.contentWindow, figureId, pym, servesEmbed: target !== null };
  };
  const iframes = () => Array.from(document.querySelectorAll("iframe"));
  const frames = (): Managed[] => iframes().flatMap((element) => managed(element) ?? []);
  // targetOrigin "*": what these say is no secret, and a frame still loading (about:blank)
  // or sandboxed into the opaque origin would otherwise make the browser log an error.
  const post = (frame: HTMLIFrameElement, message: unknown) => {
    try {
      frame.contentWindow?.postMessage(message, "*");
    } catch {
      // a frame gone meanwhile
    }
  };
  const tell = (frame: HTMLIFrameElement) => {
    const { scheme, colorScheme } = hostSchemeOf(frame, win);
    const message: HostMessage = hostMessage(scheme, colorScheme);
    const key = `${scheme} ${colorScheme}`;
    if (told.get(frame) === key) return;
    told.set(frame, key);
    post(frame, message);
  };
  const reserve = (element: HTMLElement, property: "height" | "minHeight") => {
    if (sized.has(element)) return;
    const height = reservedHeight(element);
    if (height !== null) setStyle(element, property, `${height}px`);
  };
  const addPrintImage = (frame: HTMLIFrameElement, figureId: string) => {
    if (!printable || frame.hasAttribute("data-goyang-printable")) return;
    const image = document.createElement("img");
    image.setAttribute("src", `${embedOrigin}${downloads}${figureId}.svg`);
    image.setAttribute("alt", frame.getAttribute("title") ?? "");
    image.setAttribute("data-goyang-print", "");
    image.setAttribute("decoding", "async");
    frame.setAttribute("data-goyang-printable", "");
    frame.insertAdjacentElement("afterend", image);
  };
  const scan = () => {
    for (const frame of upgradePlaceholders(
      document,
      embedOrigin,
      embedPath,
      (holder) => hostSchemeOf(holder, win).scheme,
    ))
      frame.addEventListener("load", () => {
        told.delete(frame);
        tell(frame);
      });
    for (const container of Array.from(document.querySelectorAll<HTMLElement>(`[data-pym-src][${HEIGHTS_ATTRIBUTE}]`)))
      if (embedTarget(container.getAttribute("data-pym-src") ?? "", embedOrigin, embedPath))
        reserve(container, "minHeight");
    for (const { element, figureId, pym } of frames()) {
      // pym's own iframe is inline: a block keeps its container free of the line gap below it.
      if (pym) setStyle(element, "display", "block");
      if (pym || seen.has(element)) continue;
      seen.add(element);
      // The code's style attribute does this too, unless the host's CSP blocked it.
      setStyle(element, "border", "0");
      setStyle(element, "display", "block");
      reserve(element, "height");
      addPrintImage(element, figureId!);
      element.addEventListener("load", () => {
        told.delete(element);
        tell(element);
        post(element, heightRequest());
      });
      // An embed that loaded before this script ran has already reported its height once: ask again.
      post(element, heightRequest());
    }
  };
  host.goyangJobsEmbed = { scan };

  win.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== embedOrigin && event.origin !== "null") return; // the cheap check first
    // Only the sending window's iframe is looked at closely (messages are frequent, iframes many).
    const sender = iframes().find(
      (element) => element.contentWindow !== null && element.contentWindow === event.source,
    );
    const candidate = sender ? managed(sender) : null;
    const frame = candidate ? senderOf(event, [candidate], embedOrigin) : null;
    if (frame === null || frame.figureId === null) return;
    const { element, figureId } = frame;
    const height = acceptedHeight(event.data, figureId);
    if (height !== null) {
      sized.add(element);
      if (frame.pym) {
        sized.add(frame.pym);
        setStyle(frame.pym, "minHeight", `${height}px`);
      } else setStyle(element, "height", `${height}px`);
      tell(element);
      return;
    }
    const action = acceptedEvent(event.data, figureId);
    if (action !== null) {
      const detail = action.event === "view" ? { figureId, view: action.value } : { figureId, key: action.value };
      element.dispatchEvent(new CustomEvent(`goyang-embed:${action.event}`, { bubbles: true, detail }));
      return;
    }
    const href = acceptedLink(event.data, figureId, embedOrigin);
    if (href !== null && document.activeElement === element) win.open(href, "_blank", "noopener,noreferrer");
  });
  // A wider or narrower window reflows the embeds; one outside the viewport cannot notice
  // (its rendering is paused), so ask them all again; one not heard from yet gets its
  // column's reserved height.
  win.addEventListener("resize", () => {
    for (const { element, pym } of frames()) {
      if (pym) reserve(pym, "minHeight");
      else reserve(element, "height");
      post(element, heightRequest());
    }
  });
  win.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    for (const { element } of frames()) tell(element);
  });
  // Placeholders and frames the page adds later (a CMS that sets the article after load).
  // The callback runs before the next paint, so a late embed's room is reserved at once.
  new MutationObserver(() => scan()).observe(document.documentElement, { childList: true, subtree: true });
  scan();
}
