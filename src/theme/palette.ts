/**
 * Colour tokens for both colour schemes. Charts refer to them as CSS custom properties
 * (`var(--series-1, #1d5fa8)`), so one SVG follows the reader's scheme; the
 * fallback is the light value, for an SVG shown outside the page.
 * Contrast targets (WCAG 2.2): text ≥ 4.5:1 and chart marks ≥ 3:1 against `background`.
 */
export interface Palette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  rule: string;
  link: string;
  focus: string;
  bar: string;
  barText: string;
  /**
   * The categorical colours of a chart's series, in legend order (--series-1…--series-6),
   * each ≥ 3:1 against the background and paired with a shape, so no series is told by
   * colour alone.
   */
  series: readonly string[];
}

export const LIGHT: Palette = {
  background: "#ffffff",
  surface: "#f3f4f6",
  text: "#1b1d21",
  muted: "#555b65",
  rule: "#8a9099",
  link: "#0a58b5",
  focus: "#b3005e",
  bar: "#1d5fa8",
  barText: "#ffffff",
  series: ["#1d5fa8", "#b14a07", "#7a3db8", "#0d7a55", "#b0246d", "#6b6400"],
};

export const DARK: Palette = {
  background: "#15171b",
  surface: "#23262c",
  text: "#eceef1",
  muted: "#b4bac4",
  rule: "#7d848f",
  link: "#8cc1ff",
  focus: "#ff8ac4",
  bar: "#72aef5",
  barText: "#0d1014",
  series: ["#72aef5", "#f39a5b", "#c39cf5", "#4fcf9c", "#f47fb6", "#d4cb4a"],
};

/** CSS custom-property name of a token, e.g. cssVarName("barText") → "--bar-text", ("series", 0) → "--series-1". */
export function cssVarName(token: keyof Palette, index?: number): string {
  const kebab = token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return index === undefined ? `--${kebab}` : `--${kebab}-${index + 1}`;
}

/** A colour a chart can use: the token's variable with the light value as fallback. */
export function chartColor(token: Exclude<keyof Palette, "series">): string;
export function chartColor(token: "series", index: number): string;
export function chartColor(token: keyof Palette, index?: number): string {
  const series = LIGHT.series;
  const fallback = token === "series" ? (series[(index ?? 0) % series.length] as string) : (LIGHT[token] as string);
  return `var(${cssVarName(token, token === "series" ? (index ?? 0) % series.length : undefined)}, ${fallback})`;
}

function declarations(palette: Palette): string {
  const lines: string[] = [];
  for (const [token, value] of Object.entries(palette) as [keyof Palette, Palette[keyof Palette]][]) {
    if (typeof value === "string") lines.push(`${cssVarName(token)}: ${value};`);
    else value.forEach((color, i) => lines.push(`${cssVarName(token, i)}: ${color};`));
  }
  return lines.join(" ");
}

/**
 * The palette as CSS: light by default, dark under prefers-color-scheme: dark, and a
 * scheme forced by `data-scheme="light|dark"` on <html> (an embed's `dark=false|true` flag,
 * src/embed/flags.ts), whose selector outweighs the media query's.
 */
export function paletteCss(): string {
  return [
    `:root { color-scheme: light dark; ${declarations(LIGHT)} }`,
    `@media (prefers-color-scheme: dark) { :root { ${declarations(DARK)} } }`,
    `:root[data-scheme="light"] { color-scheme: light; ${declarations(LIGHT)} }`,
    `:root[data-scheme="dark"] { color-scheme: dark; ${declarations(DARK)} }`,
  ].join("\n");
}
