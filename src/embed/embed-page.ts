/**
 * The embed page's script (/embed/<figure-id>/). It is bundled at build time into one
 * classic script and inlined in the page's head (src/layouts/EmbedLayout.astro, hashed for
 * the CSP), not a module from /_astro/: a frame a host sandboxed into the opaque origin
 * (WordPress gives oEmbed frames only allow-scripts) fetches module scripts in CORS mode,
 * which a plain static host refuses; an inline classic script always runs.
 *
 * 1. Render flags from the query string (src/embed/flags.ts) become attributes on <html>
 *    before the body is parsed: the palette CSS, the embed layout's CSS and the
 *    <chart-island> island read them (`static` is set before the island can hydrate).
 * 2. Self-sizing: the content's height goes to the parent window at start, at load, and
 *    whenever it changes (a ResizeObserver; no polling), in every shape of
 *    src/embed/child-messages.ts, and again when the parent asks (our request, pym's width
 *    message, WordPress's "ready").
 * 3. The host's scheme (the host script's message): with dark=auto the embed takes the host
 *    page's scheme; a transparent one also takes the iframe element's color-scheme, so
 *    Chromium paints no opaque backdrop of the other scheme behind it.
 * 4. The reader's view switches and focused marks (the island's chart:view and chart:focus
 *    events) go to the host as event messages, which /embed.js re-emits as DOM events.
 * 5. Links in a frame that cannot open them (an opaque origin: sandboxed without
 *    allow-popups, as WordPress does) are handed to the host: ours and WordPress's link
 *    message, which the host opens only for our own origin after the reader's click.
 *
 * Messages go out with targetOrigin "*": the embed is meant for any host, whose origin it
 * cannot know, and what it sends is a figure id, a number, a view id or a URL of ours,
 * all public on the page. Incoming messages are trusted for nothing: from the parent window
 * only, a request makes the embed send its height again and a host message picks its colours.
 */
import {
  instanceOf,
  isPymWidthMessage,
  isWordpressReady,
  linkMessages,
  pymChildId,
  sizeMessages,
  wordpressSecret,
  type Listeners,
} from "./child-messages.ts";
import { flagAttributes, parseFlags } from "./flags.ts";
import { acceptedHostMessage, eventMessage, isHeightRequest } from "./protocol.ts";

export function startEmbedPage(win: Window = window): void {
  const document = win.document;
  const root = document.documentElement;
  const flags = parseFlags(win.location.search);
  for (const [name, value] of Object.entries(flagAttributes(flags))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  const parent = win.parent;
  if (parent === win) return;
  // Framed by a host: print.css keeps the printed embed within the frame's height.
  root.setAttribute("data-framed", "");
  const listeners: Listeners = {
    childId: pymChildId(win.location.search),
    instance: instanceOf(win.name),
    secret: wordpressSecret(win.location.hash),
  };
  const post = (message: unknown) => parent.postMessage(message, "*");
  let report = (_force: boolean) => {};

  win.addEventListener("message", (event) => {
    if (event.source !== parent) return;
    const hostSays = acceptedHostMessage(event.data);
    if (hostSays !== null) {
      if (flags.scheme === "auto") root.setAttribute("data-scheme", hostSays.scheme);
      if (flags.transparent) root.style.colorScheme = hostSays.colorScheme;
      return;
    }
    if (
      isHeightRequest(event.data) ||
      isPymWidthMessage(event.data, listeners.childId) ||
      isWordpressReady(event.data, listeners.secret)
    )
      report(true);
  });

  const startSizing = () => {
    const content = document.querySelector<HTMLElement>("[data-embed-content]");
    const figureId = content?.getAttribute("data-figure-id");
    if (!content || !figureId) return;
    let last = 0;
    report = (force) => {
      const height = Math.ceil(content.getBoundingClientRect().height);
      if (height <= 0 || (height === last && !force)) return;
      last = height;
      for (const message of sizeMessages(figureId, height, listeners)) post(message);
    };
    // Measured now as well: Chromium pauses rendering, and with it ResizeObserver, in a
    // cross-origin iframe outside the host's viewport, so an embed below the fold would
    // otherwise keep its initial height until scrolled to. (Reading the layout is not paused.)
    report(false);
    win.addEventListener("load", () => report(false));
    // The observer's first call always reports, even an unchanged height: a host whose
    // listener started after the report above (and which does not ask) still hears it.
    let first = true;
    new ResizeObserver(() => {
      report(first);
      first = false;
    }).observe(content, { box: "border-box" });

    content.addEventListener("chart:view", (event) => {
      const view = (event as CustomEvent<{ view?: unknown }>).detail?.view;
      if (typeof view === "string") post(eventMessage(figureId, "view", view));
    });
    content.addEventListener("chart:focus", (event) => {
      const key = (event as CustomEvent<{ key?: unknown }>).detail?.key;
      if (typeof key === "string") post(eventMessage(figureId, "focus", key));
    });

    // An opaque origin means a host sandboxed us without allow-same-origin, and (WordPress)
    // without allow-popups: a link would do nothing, so the host is asked to open it.
    if (win.origin === "null" || listeners.secret !== null) {
      content.addEventListener("click", (event) => {
        const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
        // Another site's link (the source) is left to the browser: a sandbox with allow-popups opens it.
        if (!link || event.defaultPrevented || new URL(link.href).origin !== win.location.origin) return;
        event.preventDefault();
        for (const message of linkMessages(figureId, link.href, listeners.secret)) post(message);
      });
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startSizing);
  else startSizing();
}
