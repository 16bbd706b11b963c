import type { MarkDefinition } from "../types.ts";
import { markOf, numeric, rowBase, zeroBasedScale } from "./scale.ts";

/** Horizontal bars from 0, one row per datum; an unknown value is a row with its word and no bar. */
export const bar: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number"],
  panels(input) {
    const values = input.rows.map((d) => numeric(d.fields[input.x.field]));
    const type = input.rows[0]?.fields[input.x.field]?.type ?? "number";
    const { at, ticks } = zeroBasedScale(values, type);
    const rows = input.rows.map((datum, i) => {
      const base = rowBase(input, datum);
      const v = values[i] ?? null;
      return {
        ...base,
        marks: v === null ? [] : [markOf(input, datum, { shape: "bar", x0: 0, x1: at(v) }, base.value)],
      };
    });
    return [{ title: null, rows, ticks }];
  },
};
