/**
 * The embed's self-sizing message, shared by the embed page (sender) and the host script
 * (receiver). One versioned, namespaced plain object:
 *   { type: "goyang-jobs:embed-height", version: 1, figureId: "money-by-program", height: 512 }
 * There is no navigation message: an embed never asks its host to go anywhere.
 */
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
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  if (Object.getPrototypeOf(data) !== Object.prototype) return null;
  const message = data as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(",");
  if (keys !== "figureId,height,type,version") return null;
  if (message["type"] !== MESSAGE_TYPE || message["version"] !== PROTOCOL_VERSION) return null;
  const { figureId, height } = message;
  if (typeof figureId !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(figureId)) return null;
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
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  if (Object.getPrototypeOf(data) !== Object.prototype) return false;
  const message = data as Record<string, unknown>;
  return (
    Object.keys(message).sort().join(",") === "type,version" &&
    message["type"] === REQUEST_TYPE &&
    message["version"] === PROTOCOL_VERSION
  );
}
