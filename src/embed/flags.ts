/**
 * The embed page's render flags, read from its query string by the embed's own script
 * (src/embed/embed-page.ts). Without JavaScript none applies and the defaults hold: the
 * reader's colour scheme, full chrome, the page background, an interactive chart.
 *
 *   dark=auto|true|false   colour scheme: the reader's (default), forced dark, forced light
 *   plain                  chart only: no title, subtitle, notes, source or link back
 *   transparent            no page background (the host's shows through)
 *   static                 no interaction: the tooltip island does not hydrate
 *   host=light|dark        with dark=auto, the host page's scheme as the embed loads (the host
 *                          script adds it to the frames it creates, so there is no flash of the
 *                          other scheme; its later messages follow the host from there)
 *   v=1                    the interface version the code was written for (1, the only one):
 *                          a future version keeps answering v=1 codes the v1 way
 *
 * A boolean flag is on when present bare (`?plain`) or as 1/true/yes, off for 0/false/no;
 * any other value, or an unknown flag, is ignored.
 */
export type Scheme = "auto" | "dark" | "light";

export interface EmbedFlags {
  scheme: Scheme;
  /** The host's scheme as the embed loads (host=), for dark=auto; null when not given. */
  host: "light" | "dark" | null;
  plain: boolean;
  transparent: boolean;
  static: boolean;
}

export const DEFAULT_FLAGS: EmbedFlags = {
  scheme: "auto",
  host: null,
  plain: false,
  transparent: false,
  static: false,
};

/** Attribute each flag sets on <html> (the palette CSS and the island read them). */
export const FLAG_ATTRIBUTES = {
  scheme: "data-scheme",
  plain: "data-plain",
  transparent: "data-transparent",
  static: "data-static",
} as const;

/** The flags that may travel in an embed URL, in a fixed order (the host script keeps only these). */
export const FLAG_NAMES = ["dark", "plain", "transparent", "static", "host", "v"] as const;

function bool(value: string | null): boolean | null {
  if (value === null) return null;
  const v = value.trim().toLowerCase();
  if (v === "" || v === "1" || v === "true" || v === "yes") return true;
  if (v === "0" || v === "false" || v === "no") return false;
  return null;
}

export function parseFlags(search: string): EmbedFlags {
  const params = new URLSearchParams(search);
  const dark = bool(params.get("dark"));
  const flag = (name: "plain" | "transparent" | "static") => bool(params.get(name)) ?? false;
  const host = params.get("host");
  return {
    scheme: dark === null ? "auto" : dark ? "dark" : "light",
    host: host === "light" || host === "dark" ? host : null,
    plain: flag("plain"),
    transparent: flag("transparent"),
    static: flag("static"),
  };
}

/** The attributes to set on <html> for these flags (absent ones are removed). */
export function flagAttributes(flags: EmbedFlags): Record<string, string | null> {
  return {
    [FLAG_ATTRIBUTES.scheme]: flags.scheme === "auto" ? flags.host : flags.scheme,
    [FLAG_ATTRIBUTES.plain]: flags.plain ? "" : null,
    [FLAG_ATTRIBUTES.transparent]: flags.transparent ? "" : null,
    [FLAG_ATTRIBUTES.static]: flags.static ? "" : null,
  };
}
