import type { MarkDefinition } from "../types.ts";
import { markOf, rowBase } from "./scale.ts";

/**
 * One row per datum with its own value and no shared scale: for counts of different things
 * (enrolled, participations, a hiring target) that must not be ranked. Each row has its
 * name, its series' glyph (colour and shape, as in the legend) and its value in words.
 */
export const glyph: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number", "text", "date"],
  panels(input) {
    const rows = input.rows.map((datum) => {
      const base = rowBase(input, datum);
      return {
        ...base,
        marks: base.unknown ? [] : [markOf(input, datum, { shape: "glyph", x0: 0, x1: 0 }, base.value)],
      };
    });
    return [{ title: null, rows, ticks: [] }];
  },
};
