/**
 * What the embed page says to its parent window, and the little it listens to. Pure
 * functions, so the shapes are unit-tested (test/embed/child-messages.test.ts); the page's
 * script (src/client/embed-page.ts) only measures and posts.
 *
 * Each height goes out in four shapes, for the four kinds of listener a host may have:
 *   - ours, versioned (src/embed/protocol.ts), for /embed.js;
 *   - Datawrapper's  { "datawrapper-height": { "<figure-id>": h } }, which Datawrapper's
 *     responsive embed snippet (already on many newsroom pages) applies to the iframe;
 *   - AMP's          { sentinel: "amp", type: "embed-size", height: h } for <amp-iframe resizable>;
 *   - pym.js's       "pymxPYMx<childId>xPYMxheightxPYMx<h>", only when the URL carries pym's
 *     childId (a pym.Parent added it), so a pym host sizes the iframe with no code of ours.
 * Nothing else is ever sent: no navigation, no scrolling, no URL, no reader data.
 */
import { heightMessage } from "./protocol.ts";

const PYM = "xPYMx";
/** pym puts its container's element id here; anything without whitespace or pym's delimiter. */
const PYM_CHILD_ID = /^[^\s]{1,128}$/;

/** pym's childId from the embed URL's query string, or null when pym did not frame us. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get("childId");
  return id !== null && PYM_CHILD_ID.test(id) && !id.includes(PYM) ? id : null;
}

export function pymMessage(childId: string, type: string, message: string): string {
  return ["pym", childId, type, message].join(PYM);
}

/** Every message announcing `height` (a whole number of CSS px), in the order sent. */
export function sizeMessages(figureId: string, height: number, childId: string | null): unknown[] {
  const h = Math.ceil(height);
  const messages: unknown[] = [
    heightMessage(figureId, h),
    { "datawrapper-height": { [figureId]: h } },
    { sentinel: "amp", type: "embed-size", height: h },
  ];
  if (childId !== null) messages.push(pymMessage(childId, "height", String(h)));
  return messages;
}

/**
 * True for pym's "width" message to this child ("pymxPYMx<childId>xPYMxwidthxPYMx<w>"),
 * which a pym parent sends on load and on resize and which the child answers with its
 * height. Every other pym message type is ignored, and this one is never acted on beyond
 * sending a height.
 */
export function isPymWidthMessage(data: unknown, childId: string | null): boolean {
  if (childId === null || typeof data !== "string") return false;
  const prefix = pymMessage(childId, "width", "");
  return data.startsWith(prefix) && /^\d{1,6}$/.test(data.slice(prefix.length));
}
