import { CHARTS, type ChartData } from "../charts/index.ts";
import { estimateWidth, wrapText } from "../downloads/text-layout.ts";
import { ANNOTATION_LINE } from "../charts/people-by-program.ts";
import { ROW_LAYOUT } from "../charts/row-layout.ts";
import type { Figure } from "../schemas/figure.ts";

/**
 * The embed page's height (/embed/<id>/, its content box) at a given iframe width, before
 * it reports its own: the iframe's initial height in the codes and the gallery, so a host's
 * layout barely moves when the host script applies the real height, and nothing is cut off
 * where no script runs. A model of the embed page's layout (src/layouts/EmbedLayout.astro,
 * the site stylesheet), line by line, erring on the tall side (a little blank space beats
 * a clipped table); test/browser/gallery.test.ts measures the real pages against it.
 */
const PADDING = 12; // .embed main: 0.75rem
const BODY = 16; // 1rem, line-height 1.7
const SMALL = 14.4; // 0.9rem

export function embedHeight(figure: Figure, data: ChartData, width: number): number {
  const content = Math.max(200, width - 2 * PADDING);
  const lines = (text: string, fontSize: number, space = content) => wrapText(text, fontSize, space).length;
  const chart = CHARTS[figure.type];
  const table = chart.table(figure, data);
  const legend = chart.legend?.(figure, data) ?? [];
  const { width: drawnWidth, rowHeight, marginTop, marginBottom } = ROW_LAYOUT;
  // Each annotation on the chart (the people chart's caveats) is a line under its row.
  const annotations = (figure.annotations?.length ?? 0) * ANNOTATION_LINE;
  const svgHeight =
    ((marginTop + marginBottom + table.rows.length * rowHeight + annotations) * Math.min(440, content)) / drawnWidth;
  // A table row is as tall as its longest cell. The value columns are as wide as their
  // widest cell (the last one never wraps: td:last-child is nowrap), plus 0.5rem padding a
  // side; the row header gets what is left.
  const cellPadding = 16;
  const valueWidths = table.columns
    .slice(1)
    .map((column, i) =>
      Math.max(estimateWidth(column, SMALL), ...table.rows.map((row) => estimateWidth(row[i + 1] ?? "", SMALL))),
    );
  const headerWidth =
    Math.max(content * 0.3, content - valueWidths.reduce((sum, w) => sum + w + cellPadding, 0)) - cellPadding;
  const rowLines = table.rows.map(([header = "", ...values]) =>
    Math.max(lines(header, SMALL, headerWidth), ...values.map((v, i) => lines(v, SMALL, (valueWidths[i] ?? 0) + 1))),
  );

  let height = 2 * PADDING;
  height += lines(figure.title, 19.2) * 26; // h1.chart-title, 1.2rem, line-height 1.35
  height += lines(figure.subtitle, BODY) * 27 + 16; // .chart-subtitle
  if (legend.length > 0) height += lines(legend.map((item) => `● ${item.label}`).join("   "), SMALL) * 24.5 + 12;
  height += svgHeight;
  height +=
    12 +
    lines(table.caption, SMALL) * 25 +
    Math.max(...table.columns.map((c) => lines(c, SMALL, content * 0.3))) * 25 +
    10;
  height += rowLines.reduce((sum, n) => sum + n * 24.5 + 10.5, 0);
  height += 8 + figure.notes.reduce((sum, note) => sum + lines(note, SMALL, content - 20) * 24.5, 0);
  height += 2 * 28; // the source line and the download line
  height += 12 + 2 * 24.5; // "전체 기사:" and the story's title
  return Math.ceil(height + 16);
}
