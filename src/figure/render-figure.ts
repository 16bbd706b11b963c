import { buildScene, fieldHeader } from "../charts/scene.ts";
import type { ChartData, Scene } from "../charts/types.ts";
import { downloadLine, type DownloadLink } from "../downloads/links.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { ko } from "../text/locale-ko.ts";
import { chartViews, viewControl } from "./chart-html.ts";
import { dataTable } from "./data-table.ts";
import { h } from "./dom.ts";
import { legend } from "./legend.ts";
import { sourceLine } from "./source-line.ts";

export interface RenderFigureOptions {
  /** The figure's CSV/SVG/PNG links (src/downloads/links.ts), as a last line of the figcaption. */
  downloads?: readonly DownloadLink[];
  /** The scene, when the caller has built it already. */
  scene?: Scene;
}

/**
 * A chart as the page shows it: title, subtitle, the view control, legend, the chart inside
 * its island, the data table, then notes and source in the figcaption (a figcaption must
 * come first or last). One function for the figure component and the ::chart directive, so
 * a chart placed in Markdown is exactly the chart a layout places. Build-time only: the
 * scene is computed here, so the chart is in the HTML before any script.
 */
export function renderFigure(
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  options: RenderFigureOptions = {},
): HTMLElement {
  const scene = options.scene ?? buildScene(figure, data, sources, ko);
  const titleId = `${figure.id}-title`;
  const descId = `${figure.id}-desc`;
  const cited = figure.sourceIds.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const seriesHeader = figure.series ? fieldHeader(figure, data, figure.series, ko) : "";
  const island = h(
    document,
    "chart-island",
    { "data-figure": figure.id },
    chartViews(document, scene, titleId, descId),
  );
  // The figure has no accessible name of its own: each view is named by the title, and a
  // second name would make a screen reader read the title twice on entry.
  return h(
    document,
    "figure",
    { class: "chart", id: `figure-${figure.id}` },
    // A renamed figure keeps its old anchors (#figure-<former id>), so old links into the
    // story still land on the chart: empty, so they take no space and say nothing.
    ...(figure.formerIds ?? []).map((old) => h(document, "span", { class: "chart-former-id", id: `figure-${old}` })),
    h(document, "h3", { class: "chart-title", id: titleId }, figure.title),
    h(document, "p", { class: "chart-subtitle" }, figure.subtitle),
    h(document, "p", { id: descId, hidden: "" }, figure.description),
    viewControl(document, scene, ko.charts.views),
    scene.legend.length > 0 && legend(document, scene.legend, ko.charts.legend(seriesHeader)),
    island,
    dataTable(document, scene.table, `${figure.id}-table`, ko.charts.tableToggle, figure.title),
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
