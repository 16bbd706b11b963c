import { CHARTS, type ChartData } from "../charts/index.ts";
import { forPage } from "../charts/accessible-svg.ts";
import { downloadLine, type DownloadLink } from "../downloads/links.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { dataTable } from "./data-table.ts";
import { h } from "./dom.ts";
import { legend } from "./legend.ts";
import { sourceLine } from "./source-line.ts";
import { kindText } from "../text/count-text.ts";
import { ko } from "../text/locale-ko.ts";

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
  const svg = forPage(chart.render(figure, data, { document }), { titleId, description: figure.description });
  tipDetails(svg, figure, data, sources, document);
  const island = h(document, "chart-tooltip", { "data-figure": figure.id }, svg);
  // The figure has no accessible name of its own: the chart inside is named by the title
  // (forPage), and a second name would make a screen reader read the title twice on entry.
  return h(
    document,
    "figure",
    { class: "chart", id: `figure-${figure.id}` },
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

/**
 * What a mark's tooltip says beyond the printed label (which already names the program and
 * its value), written at build time so the island carries no Korean text:
 * - `data-tip-what`: what a people count counts, the table's column and the program's kind
 *   ("센 대상: 참여 연인원");
 * - `data-tip-note`: the figure's notes that apply to the mark, those naming the program or,
 *   for a people count, its kind (the participations caveat at 2,795, the hiring-target
 *   note at 149);
 * - `data-tip-source`: the program's source line as the figcaption prints it.
 * An attribute is left out when it has no text.
 */
function tipDetails(
  svg: SVGSVGElement,
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
): void {
  for (const mark of svg.querySelectorAll("[data-tip]")) {
    const program = data.programs.find((p) => p.id === mark.getAttribute("data-key"));
    if (!program) continue;
    const counts = program.people.counts;
    const kind = figure.type === "people-by-program" && counts !== null ? kindText(counts, ko) : undefined;
    const notes = figure.notes.filter((note) => note.includes(program.name) || (kind && note.includes(kind)));
    const cited = program.sourceIds.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    const details: Record<string, string | undefined> = {
      "data-tip-what": kind && ko.tables.tip(ko.tables.peopleColumns[1], kind),
      "data-tip-note": notes.join(" ") || undefined,
      "data-tip-source": cited.length > 0 ? (sourceLine(document, cited).textContent ?? undefined) : undefined,
    };
    for (const [name, value] of Object.entries(details)) if (value) mark.setAttribute(name, value);
  }
}
