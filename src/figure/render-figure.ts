import { CHARTS, type ChartData } from "../charts/index.ts";
import { forPage } from "../charts/accessible-svg.ts";
import { downloadLine, type DownloadLink } from "../downloads/links.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { dataTable } from "./data-table.ts";
import { h } from "./dom.ts";
import { legend } from "./legend.ts";
import { sourceLine } from "./source-line.ts";

export interface RenderFigureOptions {
  /** The figure's CSV/SVG/PNG links (src/downloads/links.ts), as a last line of the figcaption. */
  downloads?: readonly DownloadLink[];
}

/**
 * A chart as the page shows it: title, subtitle, legend, the SVG inside its island, the
 * data table, then notes and source in the figcaption (a figcaption must come first or
 * last). One function for the figure component and the ::chart directive, so a chart placed
 * in Markdown is exactly the chart a layout places. Build-time only: the chart runs here,
 * so the SVG is in the HTML before any script.
 */
export function renderFigure(
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  options: RenderFigureOptions = {},
): HTMLElement {
  const chart = CHARTS[figure.type];
  const titleId = `${figure.id}-title`;
  const items = chart.legend?.(figure, data) ?? [];
  const cited = figure.sourceIds.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const island = h(
    document,
    "chart-tooltip",
    { "data-figure": figure.id },
    forPage(chart.render(figure, data, { document })),
  );
  return h(
    document,
    "figure",
    { class: "chart", id: `figure-${figure.id}`, "aria-labelledby": titleId },
    h(document, "h3", { class: "chart-title", id: titleId }, figure.title),
    h(document, "p", { class: "chart-subtitle" }, figure.subtitle),
    items.length > 0 && legend(document, items),
    island,
    dataTable(document, chart.table(figure, data), `${figure.id}-table`),
    h(
      document,
      "figcaption",
      {},
      figure.notes.length > 0 &&
        h(document, "ul", { class: "chart-notes" }, ...figure.notes.map((note) => h(document, "li", {}, note))),
      sourceLine(document, cited),
      options.downloads !== undefined && options.downloads.length > 0 && downloadLine(document, options.downloads),
    ),
  );
}
