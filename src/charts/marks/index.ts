import type { MarkDefinition } from "../types.ts";
import { bar } from "./bar.ts";
import { dot } from "./dot.ts";
import { glyph } from "./glyph.ts";
import { smallMultiples } from "./small-multiples.ts";
import { stackedBar } from "./stacked-bar.ts";
import { timeline } from "./timeline.ts";

/** The marks a figure spec may name in `mark`; a new mark is a file and a line here. */
export const MARKS: Readonly<Record<string, MarkDefinition>> = {
  bar,
  dot,
  glyph,
  smallMultiples,
  timeline,
  stackedBar,
};
export const MARK_NAMES = Object.keys(MARKS);
