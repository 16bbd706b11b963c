/**
 * What the embed page says to its parent window, and the little it listens to. Pure
 * functions, so the shapes are unit-tested (test/embed/child-messages.test.ts); the page's
 * script (src/embed/embed-page.ts) only measures and posts.
 *
 * Each height goes out in up to five shapes, for the kinds of listener a host may have:
 *   - ours, versioned (src/embed/protocol.ts), for /embed.js;
 *   - Datawrapper's  { "datawrapper-height": { "<key>": h } }, which Datawrapper's
 *     responsive embed snippet (already on many newsroom pages) applies to the iframe. The
 *     key is the frame's name (the code's instance id, also in its id
 *     "datawrapper-chart-<instance>"), so listeners that find the frame by id resize each copy
 *     of a chart on a page, not only the first; without a name, the figure id;
 *   - AMP's          { sentinel: "amp", type: "embed-size", height: h } for <amp-iframe resizable>;
 *   - pym.js's       "pymxPYMx<childId>xPYMxheightxPYMx<h>", only when the URL carries pym's
 *     childId (a pym.Parent added it), so a pym host sizes the iframe with no code of ours;
 *   - WordPress's    { message: "height", value: h, secret }, only when the URL's fragment
 *     carries WordPress's "#?secret=…" (its oEmbed consumer added it), for wp-embed.js.
 * Besides heights, only what src/embed/protocol.ts lists (events, links a sandbox blocked):
 * no scrolling, no reader data.
 */
import { heightMessage, INSTANCE, linkMessage } from "./protocol.ts";

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

/** The frame's instance id from window.name, when it is one a code gives (else null). */
export function instanceOf(name: string): string | null {
  return INSTANCE.test(name) ? name : null;
}

/** WordPress's secret from the URL fragment ("#?secret=abc123XYZ0"), or null. */
export function wordpressSecret(hash: string): string | null {
  const secret = /[#?&]secret=([A-Za-z0-9]{1,32})(?:&|$)/.exec(hash)?.[1];
  return secret ?? null;
}

/** True for WordPress's { message: "ready", secret } with our secret (wp-embed.js asks for the height so). */
export function isWordpressReady(data: unknown, secret: string | null): boolean {
  if (secret === null || typeof data !== "object" || data === null) return false;
  const m = data as Record<string, unknown>;
  return m["message"] === "ready" && m["secret"] === secret;
}

export interface Listeners {
  /** pym's childId, when pym framed us. */
  childId: string | null;
  /** The Datawrapper key: the frame's instance id, else the figure id. */
  instance: string | null;
  /** WordPress's secret, when WordPress framed us. */
  secret: string | null;
}

/** Every message announcing `height` (a whole number of CSS px), in the order sent. */
export function sizeMessages(figureId: string, height: number, listeners: Listeners): unknown[] {
  const h = Math.ceil(height);
  const messages: unknown[] = [
    heightMessage(figureId, h),
    { "datawrapper-height": { [listeners.instance ?? figureId]: h } },
    { sentinel: "amp", type: "embed-size", height: h },
  ];
  if (listeners.childId !== null) messages.push(pymMessage(listeners.childId, "height", String(h)));
  if (listeners.secret !== null) messages.push({ message: "height", value: h, secret: listeners.secret });
  return messages;
}

/** What to send for a link the frame cannot open itself: ours, and WordPress's when it framed us. */
export function linkMessages(figureId: string, href: string, secret: string | null): unknown[] {
  const messages: unknown[] = [linkMessage(figureId, href)];
  if (secret !== null) messages.push({ message: "link", value: href, secret });
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
