import type { ChartTable } from "../charts/types.ts";
import { h } from "./dom.ts";

/**
 * A chart's data as a table, folded in a <details> ("표로 보기") that opens without any
 * script: six charts' tables at full length made a phone reader scroll past every value
 * twice (about 4,900 px of the story at 320 px), and the chart already says each value in
 * its labels. Print opens them all (src/styles/print.css). The wrapper scrolls sideways when
 * the table is wider than the column (long names, large text, zoom); a scrolling region must
 * be reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable), so it is a Tab
 * stop and a region named by the caption. `id` must be unique on the page.
 */
export function dataTable(
  document: Document,
  table: ChartTable,
  id: string,
  toggle: string,
  title: string,
): HTMLElement {
  const captionId = `${id}-caption`;
  return h(
    document,
    "details",
    { class: "chart-table" },
    h(document, "summary", {}, toggle, h(document, "span", { class: "visually-hidden" }, ` (${title})`)),
    h(
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
    ),
  );
}
