/**
 * The messages between an embed page and the host script, versioned and namespaced plain
 * objects, each checked for its exact shape by the receiver (the senders and receivers:
 * src/embed/embed-page.ts, src/embed/host-script.ts, src/client/gallery.ts):
 *   embed → host  height  { type: "goyang-jobs:embed-height", version: 1, figureId, height }
 *   host → embed  request { type: "goyang-jobs:embed-height-request", version: 1 }
 *   host → embed  host    { type: "goyang-jobs:embed-host", version: 1, scheme, colorScheme }
 *   embed → host  event   { type: "goyang-jobs:embed-event", version: 1, figureId, event, value }
 *   embed → host  link    { type: "goyang-jobs:embed-link", version: 1, figureId, href }
 * Version 1 is frozen: a change of meaning gets version 2, and /embed/v1.js keeps speaking 1.
 * Nothing lets an embed move, scroll or restyle its host: the one action on the host's side
 * is opening one of our own pages in a new tab after a reader's click (the link message).
 */

/** A plain object (not an array, not a class instance) with exactly these keys, else null. */
function exactly(data: unknown, keys: string): Record<string, unknown> | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  if (Object.getPrototypeOf(data) !== Object.prototype) return null;
  return Object.keys(data).sort().join(",") === keys ? (data as Record<string, unknown>) : null;
}

/** A figure id as the build writes it (kebab-case). */
export const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A copy's instance id (the code's iframe name, Datawrapper key and `datawrapper-chart-<instance>`
 * id): what the codes write, the host script names a frame with and the embed page reads from
 * window.name, one rule for all three.
 */
export const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const MESSAGE_TYPE = "goyang-jobs:embed-height";
export const PROTOCOL_VERSION = 1;

/**
 * A sane height: below MIN_HEIGHT is raised to it (an embed never collapses to nothing);
 * zero, negative or above MAX_HEIGHT is not a chart's height at all, so the message is
 * refused rather than clamped (a forged 1e9 must change nothing).
 */
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 10_000;

export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  version: typeof PROTOCOL_VERSION;
  figureId: string;
  height: number;
}

export function heightMessage(figureId: string, height: number): HeightMessage {
  return { type: MESSAGE_TYPE, version: PROTOCOL_VERSION, figureId, height: Math.ceil(height) };
}

/**
 * The height to apply for a received message's data, or null when the data is not one of
 * ours: exactly a plain object with our type, our version, a figure id of the expected
 * form and a finite numeric height in (0, MAX_HEIGHT] (strings such as "100px;..." are
 * refused), raised to MIN_HEIGHT if below.
 * Origin and source window are checked by the caller, which knows the iframe.
 */
export function acceptedHeight(data: unknown, expectedFigureId?: string): number | null {
  const message = exactly(data, "figureId,height,type,version");
  if (message === null) return null;
  if (message["type"] !== MESSAGE_TYPE || message["version"] !== PROTOCOL_VERSION) return null;
  const { figureId, height } = message;
  if (typeof figureId !== "string" || !FIGURE_ID.test(figureId)) return null;
  if (expectedFigureId !== undefined && figureId !== expectedFigureId) return null;
  if (typeof height !== "number" || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
  return Math.max(MIN_HEIGHT, Math.ceil(height));
}

/**
 * The one message a host sends an embed: "tell me your height again" (the host script
 * may start after the embed's first report). It carries nothing and asks for nothing but
 * a height message, so the embed answers it from any parent; the host posts it with the
 * embed origin as targetOrigin.
 *   { type: "goyang-jobs:embed-height-request", version: 1 }
 */
export const REQUEST_TYPE = "goyang-jobs:embed-height-request";

export interface HeightRequest {
  type: typeof REQUEST_TYPE;
  version: typeof PROTOCOL_VERSION;
}

export function heightRequest(): HeightRequest {
  return { type: REQUEST_TYPE, version: PROTOCOL_VERSION };
}

/** True only for exactly a plain { type: REQUEST_TYPE, version: PROTOCOL_VERSION }. */
export function isHeightRequest(data: unknown): boolean {
  const message = exactly(data, "type,version");
  return message !== null && message["type"] === REQUEST_TYPE && message["version"] === PROTOCOL_VERSION;
}

/**
 * What the host script tells an embed about the page around it (host → embed), so that
 * `dark=auto` follows the host page rather than the reader's OS:
 *   { type: "goyang-jobs:embed-host", version: 1, scheme: "dark", colorScheme: "light" }
 * `scheme` is the host's look (from the background behind the frame, or the frame's
 * data-scheme attribute); `colorScheme` is the iframe element's used color-scheme, which a
 * transparent embed must match or Chromium paints an opaque backdrop of the other scheme.
 */
export const HOST_TYPE = "goyang-jobs:embed-host";
export type HostScheme = "light" | "dark";

export interface HostMessage {
  type: typeof HOST_TYPE;
  version: typeof PROTOCOL_VERSION;
  scheme: HostScheme;
  colorScheme: HostScheme;
}

export function hostMessage(scheme: HostScheme, colorScheme: HostScheme): HostMessage {
  return { type: HOST_TYPE, version: PROTOCOL_VERSION, scheme, colorScheme };
}

const isScheme = (value: unknown): value is HostScheme => value === "light" || value === "dark";

export function acceptedHostMessage(data: unknown): { scheme: HostScheme; colorScheme: HostScheme } | null {
  const m = exactly(data, "colorScheme,scheme,type,version");
  if (m === null || m["type"] !== HOST_TYPE || m["version"] !== PROTOCOL_VERSION) return null;
  const { scheme, colorScheme } = m;
  return isScheme(scheme) && isScheme(colorScheme) ? { scheme, colorScheme } : null;
}

/**
 * What the reader did in an embed (embed → host), which the host script re-emits as a DOM
 * event on the iframe (`goyang-embed:view`, `goyang-embed:focus`):
 *   { type: "goyang-jobs:embed-event", version: 1, figureId, event: "view", value: "youth" }
 * `value` is a view id or a mark's key: ids of the build, never reader input.
 */
export const EVENT_TYPE = "goyang-jobs:embed-event";
export const EMBED_EVENTS = ["view", "focus"] as const;
export type EmbedEvent = (typeof EMBED_EVENTS)[number];
const EVENT_VALUE = /^[A-Za-z0-9가-힣_.:-]{0,120}$/;

export interface EventMessage {
  type: typeof EVENT_TYPE;
  version: typeof PROTOCOL_VERSION;
  figureId: string;
  event: EmbedEvent;
  value: string;
}

export function eventMessage(figureId: string, event: EmbedEvent, value: string): EventMessage {
  return { type: EVENT_TYPE, version: PROTOCOL_VERSION, figureId, event, value };
}

export function acceptedEvent(data: unknown, figureId: string): { event: EmbedEvent; value: string } | null {
  const m = exactly(data, "event,figureId,type,value,version");
  if (m === null || m["type"] !== EVENT_TYPE || m["version"] !== PROTOCOL_VERSION) return null;
  if (m["figureId"] !== figureId || !FIGURE_ID.test(figureId)) return null;
  const { event, value } = m;
  if (event !== "view" && event !== "focus") return null;
  return typeof value === "string" && EVENT_VALUE.test(value) ? { event, value } : null;
}

/**
 * A link the embed could not open itself (embed → host): in a frame sandboxed without
 * allow-popups (WordPress gives oEmbed frames only allow-scripts) a click on "view in the
 * story" or a download does nothing, so the embed asks its host to open it:
 *   { type: "goyang-jobs:embed-link", version: 1, figureId, href: "https://…/#figure-…" }
 * The host script opens only a URL of the embed's own origin, only while that frame has
 * focus (a reader has just clicked in it), in a new tab.
 */
export const LINK_TYPE = "goyang-jobs:embed-link";

export interface LinkMessage {
  type: typeof LINK_TYPE;
  version: typeof PROTOCOL_VERSION;
  figureId: string;
  href: string;
}

export function linkMessage(figureId: string, href: string): LinkMessage {
  return { type: LINK_TYPE, version: PROTOCOL_VERSION, figureId, href };
}

/** The URL to open for a link message, or null: our shape, that figure, an http(s) URL of `origin`. */
export function acceptedLink(data: unknown, figureId: string, origin: string): string | null {
  const m = exactly(data, "figureId,href,type,version");
  if (m === null || m["type"] !== LINK_TYPE || m["version"] !== PROTOCOL_VERSION) return null;
  if (m["figureId"] !== figureId || typeof m["href"] !== "string" || m["href"].length > 2000) return null;
  let url: URL;
  try {
    url = new URL(m["href"]);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return url.origin === origin ? url.href : null;
}
