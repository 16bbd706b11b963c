import type { MarkDefinition } from "../types.ts";
import { markOf, numeric, rowBase, zeroBasedScale } from "./scale.ts";

/** A dot at each value on a scale from 0, with a thin stem back to 0 (a lollipop). */
export const dot: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number"],
  panels(input) {
    const values = input.rows.map((d) => numeric(d.fields[input.x.field]));
    const type = input.rows[0]?.fields[input.x.field]?.type ?? "number";
    const { at, ticks } = zeroBasedScale(values, type);
    const rows = input.rows.map((datum, i) => {
      const base = rowBase(input, datum);
      const v = values[i] ?? null;
      const x = v === null ? 0 : at(v);
      return { ...base, marks: v === null ? [] : [markOf(input, datum, { shape: "dot", x0: x, x1: x }, base.value)] };
    });
    return [{ title: null, rows, ticks }];
  },
};
