import type { Datum, MarkDefinition } from "../types.ts";
import { markOf, numeric, rowBase, zeroBasedScale } from "./scale.ts";

/**
 * One panel per value of the `facet` field (a unit: 교육 대상 1명당, 참여 1회당), each with
 * its own scale and unit, so values in different units are never laid on one axis. Rows
 * without a facet value (nothing to divide by) get a last panel of their own.
 */
// The key of the single panel of a view without a facet.
const ONE_PANEL = "\u0000";

export const smallMultiples: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number"],
  requires: ["facet"],
  panels(input) {
    const facet = input.facet;
    const groups = new Map<string, Datum[]>();
    for (const datum of input.rows) {
      if (facet === null) {
        groups.set(ONE_PANEL, [...(groups.get(ONE_PANEL) ?? []), datum]);
        continue;
      }
      const value = datum.fields[facet];
      const title = value?.type === "text" && value.text !== null ? value.text : "";
      groups.set(title, [...(groups.get(title) ?? []), datum]);
    }
    const ordered = [...groups].sort(([a], [b]) => Number(a === "") - Number(b === ""));
    return ordered.map(([title, rows]) => {
      const values = rows.map((d) => numeric(d.fields[input.x.field]));
      const type = rows[0]?.fields[input.x.field]?.type ?? "number";
      const { at, ticks } = zeroBasedScale(values, type);
      return {
        title: title === ONE_PANEL ? null : title === "" ? input.locale.unknown.kind : input.locale.charts.panel(title),
        ticks: values.some((v) => v !== null) ? ticks : [],
        rows: rows.map((datum, i) => {
          const base = rowBase(input, datum);
          const v = values[i] ?? null;
          return {
            ...base,
            marks: v === null ? [] : [markOf(input, datum, { shape: "bar", x0: 0, x1: at(v) }, base.value)],
          };
        }),
      };
    });
  },
};
