import type { ChartTable } from "../charts/types.ts";
import { h } from "./dom.ts";

/**
 * A chart's data as a table. The wrapper scrolls sideways when the table is wider than the
 * column (long names, large text, zoom); a scrolling region must be reachable by keyboard
 * (WCAG 2.1.1; axe: scrollable-region-focusable), so it is a Tab stop and a region named
 * by the caption. `id` must be unique on the page.
 */
export function dataTable(document: Document, table: ChartTable, id: string): HTMLElement {
  const captionId = `${id}-caption`;
  return h(
    document,
    "div",
    { class: "table-wrap", id, role: "region", tabindex: "0", "aria-labelledby": captionId },
    h(
      document,
      "table",
      {},
      h(document, "caption", { id: captionId }, table.caption),
      h(
        document,
        "thead",
        {},
        h(document, "tr", {}, ...table.columns.map((column) => h(document, "th", { scope: "col" }, column))),
      ),
      h(
        document,
        "tbody",
        {},
        ...table.rows.map(([header, ...cells], i) =>
          h(
            document,
            "tr",
            { "data-key": table.keys[i] },
            h(document, "th", { scope: "row" }, header ?? ""),
            ...cells.map((cell) => h(document, "td", {}, cell)),
          ),
        ),
      ),
    ),
  );
}
