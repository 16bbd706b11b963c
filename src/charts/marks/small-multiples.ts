import { group } from "d3-array";
import type { Datum, MarkDefinition } from "../types.ts";
import { scaledPanel } from "./scale.ts";

/** The facet's text of a row ("교육 대상 1명당"), or "" where it has none (nothing to divide by). */
function facetOf(datum: Datum, facet: string): string {
  const value = datum.fields[facet];
  return value?.type === "text" && value.text !== null ? value.text : "";
}

/**
 * One panel per value of the `facet` field (a unit: 교육 대상 1명당, 참여 1회당), each with
 * its own scale and unit, so values in different units are never laid on one axis. Rows
 * without a facet value get a last panel of their own; a view without a facet is one panel.
 */
export const smallMultiples: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number"],
  requires: ["facet"],
  panels(input) {
    const facet = input.facet;
    // A panel of unknown values only has nothing to scale: no ticks.
    const panelOf = (rows: readonly Datum[], title: string | null) => {
      const { rows: drawn, ticks } = scaledPanel(input, rows, title, "bar");
      return { title, ticks: drawn.some((r) => r.marks.length > 0) ? ticks : [], rows: drawn };
    };
    if (facet === null) return [panelOf(input.rows, null)];
    const panels = [...group(input.rows, (d) => facetOf(d, facet))].sort(
      ([a], [b]) => Number(a === "") - Number(b === ""),
    );
    return panels.map(([title, rows]) =>
      panelOf(rows, title === "" ? input.locale.unknown.kind : input.locale.charts.panel(title)),
    );
  },
};
