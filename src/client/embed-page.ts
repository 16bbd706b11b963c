/**
 * The embed page's script (/embed/<figure-id>/), bundled by Astro into the page (hashed for
 * the CSP). Two jobs:
 *
 * 1. Render flags from the query string (src/embed/flags.ts) become attributes on <html>:
 *    the palette CSS, the embed layout's CSS and the <chart-island> island read them. It is
 *    the first script of the page, so `static` is set before the island can hydrate.
 * 2. Self-sizing: the content's height goes to the parent window at start, at load, and
 *    whenever it changes (a ResizeObserver; no polling), in every shape of
 *    src/embed/child-messages.ts, and again when the parent asks (our height request, or
 *    pym's width message).
 *
 * Messages go out with targetOrigin "*": the embed is meant for any host, whose origin it
 * cannot know, and what it sends is a figure id and a number already public on the page.
 * Incoming messages are trusted for nothing: from the parent window only, the two requests
 * above only make the embed send its height again. No message can make it navigate,
 * scroll, or change anything else.
 */
import { pymChildId, isPymWidthMessage, sizeMessages } from "../embed/child-messages.ts";
import { flagAttributes, parseFlags } from "../embed/flags.ts";
import { isHeightRequest } from "../embed/protocol.ts";

const root = document.documentElement;
for (const [name, value] of Object.entries(flagAttributes(parseFlags(location.search)))) {
  if (value === null) root.removeAttribute(name);
  else root.setAttribute(name, value);
}

function startSizing(content: HTMLElement, figureId: string): void {
  const parent = window.parent;
  const childId = pymChildId(location.search);
  let last = 0;
  const report = (force: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !force)) return;
    last = height;
    for (const message of sizeMessages(figureId, height, childId)) parent.postMessage(message, "*");
  };
  // Measured now as well: Chromium pauses rendering, and with it ResizeObserver, in a
  // cross-origin iframe outside the host's viewport, so an embed below the fold would
  // otherwise keep its initial height until scrolled to. (Reading the layout is not paused.)
  report(false);
  window.addEventListener("load", () => report(false));
  // The observer's first call always reports, even an unchanged height: a host whose
  // listener started after the report above (and which does not ask) still hears it.
  let first = true;
  new ResizeObserver(() => {
    report(first);
    first = false;
  }).observe(content, { box: "border-box" });
  window.addEventListener("message", (event) => {
    if (event.source !== parent) return;
    if (isHeightRequest(event.data) || isPymWidthMessage(event.data, childId)) report(true);
  });
}

const content = document.querySelector<HTMLElement>("[data-embed-content]");
const figureId = content?.getAttribute("data-figure-id");
if (content && figureId && window.parent !== window) startSizing(content, figureId);
