import { buildScene } from "../charts/scene.ts";
import type { ChartData } from "../charts/types.ts";
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

/**
 * The data table folded under its "표로 보기" toggle (details.chart-table, 0.75rem above it):
 * one summary line at least 1.5rem tall with 0.15rem padding above and below. A reader who
 * opens it makes the page taller, which the embed page reports to its host as it happens.
 */
const FOLDED_TABLE = 12 + Math.max(24, SMALL_LINE) + 5;

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
    table: FOLDED_TABLE,
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
