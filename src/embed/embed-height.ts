import { buildScene } from "../charts/scene.ts";
import type { ChartData, ChartTable } from "../charts/types.ts";
import { DOWNLOAD_LINE_LABEL, FORMAT_LABELS } from "../downloads/links.ts";
import { sceneViewHeight } from "../downloads/scene-svg.ts";
import { estimateWidth, wrapText } from "../downloads/text-layout.ts";
import type { Figure } from "../schemas/figure.ts";
import { ko } from "../text/locale-ko.ts";

/**
 * The embed page's height (/embed/<id>/, its content box) at a given iframe width, before
 * it reports its own: the iframe's initial height in the codes and the gallery, so a host's
 * layout barely moves when the host script applies the real height, and nothing is cut off
 * where no script runs. A model of the embed page's layout (src/layouts/EmbedLayout.astro,
 * the site stylesheet), block by block, erring on the tall side (a little blank space beats
 * a clipped table); test/browser/gallery.test.ts measures the real pages against it.
 *
 * The chart block is the figure's scene as HTML rows (src/figure/chart-html.ts), modelled by
 * the same row layout the downloads draw (src/downloads/scene-svg.ts: label and value lines,
 * track, annotation, axis, panel titles, the legend), at its tallest view: without a host
 * script the iframe keeps this height whichever view the reader picks.
 */
const PADDING = 12; // .embed main: 0.75rem
const BODY = 16; // 1rem, line-height 1.7
const SMALL = 14.4; // 0.9rem
const SMALL_LINE = 24.5; // 0.9rem at the body's line-height 1.7
const CELL_PADDING_X = 16; // th, td: 0.5rem a side
const CELL_PADDING_Y = 10.5; // 0.3rem a side and the 1px rule

/** The view control (.chart-views): a legend and a pill per view, 2rem high, wrapping 0.25rem apart; 0.75rem under it. */
function viewControlHeight(labels: readonly string[], legend: string, content: number): number {
  const pill = (label: string) => 2 * 10.4 + 2 + 13 + 4.32 + estimateWidth(label, SMALL); // padding, border, radio, gap
  let lines = 1;
  let x = estimateWidth(legend, SMALL) + 4 + 8;
  for (const label of labels) {
    const width = Math.min(content, pill(label));
    if (x > 0 && x + width > content) {
      lines += 1;
      x = 0;
    }
    x += width + 8;
  }
  return lines * 36 + (lines - 1) * 4 + 12;
}

const widestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => estimateWidth(word, SMALL)));

/**
 * The data table (.table-wrap, 0.75rem above it): its caption, then a row per datum as tall
 * as its most wrapped cell. Column widths as the browser's automatic table layout gives
 * them: every column at least its longest word (the last one never wraps: td:last-child is
 * nowrap), and the room left over shared out in proportion to how much more each would take
 * on one line. A table wider than the column scrolls sideways and wraps no further.
 */
function tableHeight(table: ChartTable, content: number): number {
  const grid = [table.columns, ...table.rows];
  const last = table.columns.length - 1;
  const columns = table.columns.map((_, c) => {
    const cells = grid.map((row) => row[c] ?? "");
    const max = Math.max(...cells.map((cell) => estimateWidth(cell, SMALL)));
    return { max, min: c === last ? max : Math.max(...cells.map(widestWord)) };
  });
  const sum = (pick: (c: { max: number; min: number }) => number) =>
    columns.reduce((total, c) => total + pick(c) + CELL_PADDING_X, 0);
  const spare = content - sum((c) => c.min);
  const stretch = columns.reduce((total, c) => total + c.max - c.min, 0);
  const widths = columns.map((c) =>
    sum((x) => x.max) <= content || spare <= 0 || stretch === 0
      ? spare <= 0
        ? c.min
        : c.max
      : c.min + ((c.max - c.min) * spare) / stretch,
  );
  const rowHeight = (row: readonly string[]) =>
    Math.max(...row.map((cell, c) => wrapText(cell, SMALL, (widths[c] ?? content) + 1).length)) * SMALL_LINE +
    CELL_PADDING_Y;
  const tableWidth = Math.max(
    content,
    sum((c) => c.min),
  );
  return (
    12 +
    wrapText(table.caption, SMALL, tableWidth).length * SMALL_LINE +
    4 +
    grid.reduce((total, row) => total + rowHeight(row), 0) +
    // A table wider than the column gets a scrollbar under it; a squeezed one wraps a
    // little more than the estimate says (measured: up to 21 px at 320 px), so half a line more.
    (tableWidth > content ? 16 : 0) +
    (sum((c) => c.max) > content ? SMALL_LINE / 2 : 0)
  );
}

/** The embed page's blocks at `width`, top to bottom, in CSS pixels. */
export function embedBlocks(figure: Figure, data: ChartData, width: number): Record<string, number> {
  const content = Math.max(200, width - 2 * PADDING);
  const lines = (text: string, fontSize: number, space = content) => wrapText(text, fontSize, space).length;
  // The sources only word the tooltips, which take no room.
  const scene = buildScene(figure, data, [], ko);
  return {
    padding: 2 * PADDING,
    title: lines(figure.title, 19.2) * 26, // h1.chart-title, 1.2rem, line-height 1.35
    subtitle: lines(figure.subtitle, BODY) * 27 + 16, // .chart-subtitle
    views:
      scene.views.length > 1
        ? viewControlHeight(
            scene.views.map((v) => v.label),
            ko.charts.views,
            content,
          )
        : 0,
    // The legend is in the scene layout's height; the view's name is not (the page has the control instead).
    chart: Math.max(...scene.views.map((_, i) => sceneViewHeight(scene, i, content, { named: false }))),
    table: tableHeight(scene.table, content),
    notes: 8 + figure.notes.reduce((sum, note) => sum + lines(note, SMALL, content - 20) * SMALL_LINE, 0),
    // The source line, then the download line (its links wrap on a phone).
    source: 28 + lines(`${DOWNLOAD_LINE_LABEL}${Object.values(FORMAT_LABELS).join(" · ")}`, SMALL) * 25,
    credit: 12 + 2 * SMALL_LINE, // "전체 기사:" and the story's title
  };
}

export function embedHeight(figure: Figure, data: ChartData, width: number): number {
  const blocks = embedBlocks(figure, data, width);
  return Math.ceil(Object.values(blocks).reduce((sum, h) => sum + h, 0) + 16);
}
