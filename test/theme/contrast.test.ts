/**
 * Contrast of the colour tokens in both schemes, by the WCAG 2.2 thresholds. axe checks
 * text it can see on the page, but not the contrast of chart graphics (1.4.11 Non-text
 * Contrast), nor text drawn in SVG over a bar; this test covers the palette itself.
 */
import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { DARK, LIGHT, type Palette } from "../../src/theme/palette.ts";

/** WCAG 2.2 1.4.3 Contrast (Minimum): normal-size text. */
const TEXT = 4.5;
/** WCAG 2.2 1.4.11 Non-text Contrast: graphical objects and focus indicators. */
const GRAPHIC = 3;

const SCHEMES: [string, Palette][] = [
  ["light", LIGHT],
  ["dark", DARK],
];

type Token = Exclude<keyof Palette, "series">;

describe.each(SCHEMES)("the %s palette", (_scheme, palette) => {
  const pair = (fg: string, bg: string) => ({ ratio: wcagContrast(fg, bg), fg, bg });

  // Chart marks: every series colour and the bar fill must stand out from the page.
  it.each(palette.series.map((color, i) => [i + 1, color] as const))(
    "series colour %i (%s) has ≥ 3:1 against background",
    (_n, color) => {
      const { ratio, fg, bg } = pair(color, palette.background);
      expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(GRAPHIC);
    },
  );

  // `rule` draws the charts' zero axis line (a ruleX mark), which carries meaning, so it is
  // held to 3:1. Plot's gridlines do not use it: they are currentColor at 0.1 opacity, a
  // decorative aid to reading values that are also written out, and exempt from 1.4.11.
  it.each<Token>(["bar", "rule", "focus"])("%s has ≥ 3:1 against background", (token) => {
    const { ratio, fg, bg } = pair(palette[token], palette.background);
    expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(GRAPHIC);
  });

  // Text sits on the page and on `surface` panels (the key numbers).
  for (const background of ["background", "surface"] as const) {
    it.each<Token>(["text", "muted", "link"])(`%s has ≥ 4.5:1 against ${background}`, (token) => {
      const { ratio, fg, bg } = pair(palette[token], palette[background]);
      expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(TEXT);
    });
  }

  // The value written inside the largest bar.
  it("barText has ≥ 4.5:1 against bar", () => {
    const { ratio, fg, bg } = pair(palette.barText, palette.bar);
    expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(TEXT);
  });
});
