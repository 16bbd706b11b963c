import { buildScene } from "../charts/scene.ts";
import type { ChartData } from "../charts/types.ts";
import { DOWNLOAD_LINE_LABEL, FORMAT_LABELS } from "../downloads/links.ts";
import { sceneViewHeight } from "../downloads/scene-svg.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { sourceCredit } from "../text/source-credit.ts";
import { ko } from "../text/locale-ko.ts";
import type { HeightTable } from "./heights.ts";

/**
 * The embed page's height (/embed/<id>/, its content box main[data-embed-content]) at a
 * given iframe width, before it reports its own: the heights the codes carry (the iframe's
 * height attribute, data-heights), so the host script reserves the right height for its
 * column before the frame loads (no layout shift), and an iframe with no script at all is
 * never too short to show the whole chart.
 *
 * A model of the embed page's layout (src/layouts/EmbedLayout.astro, the site stylesheet),
 * block by block, with the constants measured in CI's Chromium (Debian chromium with
 * fonts-noto-cjk: Latin in DejaVu Sans, Hangul in Noto Sans CJK KR at 0.92 em) and text
 * widths rounded up a little, so a line the model thinks fits does fit; it errs tall by a
 * line now and then, never short. test/browser/gallery.test.ts measures every figure's
 * real page against it (docs/embeds.md has the figures).
 *
 * The chart block is the figure's scene as HTML rows (src/figure/chart-html.ts), modelled by
 * the same row layout the downloads draw (src/downloads/scene-svg.ts: label and value lines,
 * track, annotation, axis, panel titles, the legend), at its tallest view: without a host
 * script the iframe keeps this height whichever view the reader picks.
 */

/**
 * The widths the codes' tables list: from 280 px (the narrowest column a chart fills), the
 * columns of common phones with 16 px margins (288 = 320 − 32, 343, 358, 382) and the
 * screens themselves, then tablet and desktop columns. The first is the no-script height's.
 */
export const EMBED_WIDTHS = [
  280, 288, 300, 320, 336, 343, 358, 360, 375, 382, 390, 414, 480, 540, 600, 640, 720, 768, 1024, 1280,
] as const;

export interface EmbedLayoutOptions {
  /** The sources the figure cites, for its source line; without them it is counted as two lines. */
  sources?: readonly Source[];
  /** The title of the story the credit line links to; without it the credit is counted as two lines. */
  credit?: string;
  /** The `plain` flag: the chart only (no title, subtitle, figcaption or credit). */
  plain?: boolean;
}

const PADDING = 12; // .embed main: 0.75rem
const BODY = 16; // 1rem
const BODY_LINE = 16 * 1.7; // html line-height 1.7
const SMALL = 14.4; // 0.9rem
const SMALL_LINE = SMALL * 1.7;
const TITLE = 19.2; // .embed .chart-title: 1.2rem
const TITLE_LINE = TITLE * 1.35; // h1 line-height 1.35

/**
 * Advances of the printable ASCII characters (space to ~) in thousandths of an em, as
 * Chromium sets them on the embed page in CI (DejaVu Sans, the machine's system-ui, regular
 * and at weights 600/700), measured by test/bench/embed-heights.ts's companion script
 * (docs/embeds.md "Embed codes").
 */
// prettier-ignore
const ASCII_REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,709,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,595,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,344,635,634,278,278,579,278,974,634,612,635,635,395,521,392,634,592,818,592,592,525,636,337,636,838];
// prettier-ignore
const ASCII_BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,680,703,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,405,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838];
/** Noto Sans CJK KR's Hangul and CJK are 0.92 em in both weights; anything else is counted as 1 em. */
const CJK = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const CJK_EM = 0.92;
/** Every width counted 0.3% wider (about 1 px a line): kerning only narrows a line, and a line that fits by the advances fits. */
const MARGIN = 1.003;

/**
 * A line's width on the embed page, in px, from the measured advances: wider than the truth
 * errs tall (a line counted as wrapping that does not leaves one line of blank space; the
 * opposite would cut the chart off where no script runs).
 */
export function pageTextWidth(text: string, fontSize: number, bold = false): number {
  const ascii = bold ? ASCII_BOLD : ASCII_REGULAR;
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 32 && code < 127) em += ascii[code - 32]! / 1000;
    else if (char === "·") em += bold ? 0.38 : 0.318;
    else em += CJK.test(char) ? CJK_EM : 1;
  }
  return em * fontSize * MARGIN;
}

/** The chart's rows measured as the page sets them (its value keeps 0.1em of padding at its end). */
const PAGE_TEXT = { measure: pageTextWidth, valuePad: 0.1 * SMALL };

/**
 * How many lines `text` takes in a box `width` px wide, as the page breaks it: between
 * words only (word-break: keep-all), a word wider than the box split anywhere
 * (overflow-wrap: anywhere).
 */
export function pageLines(text: string, fontSize: number, width: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  let lines = 1;
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (pageTextWidth(candidate, fontSize, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") lines += 1;
    line = "";
    for (const char of word) {
      if (line !== "" && pageTextWidth(line + char, fontSize, bold) > width) {
        lines += 1;
        line = "";
      }
      line += char;
    }
  }
  return lines;
}

/**
 * The view control (.chart-views): a floated bold legend, then a pill per view (the checked
 * one bold), wrapping 0.25rem apart, 0.5rem between pills; 0.75rem under it. One row is
 * 34.1 px in Chromium (the 2rem pill with its border and the radio).
 */
function viewControlHeight(labels: readonly string[], legend: string, content: number): number {
  const pill = (label: string) => 2 * 10.4 + 2 + 13 + 4.32 + pageTextWidth(label, SMALL, true) + 1; // padding, border, radio, gap
  let rows = 1;
  let x = pageTextWidth(legend, SMALL, true) + 4 + 8;
  for (const label of labels) {
    const width = Math.min(content, pill(label));
    if (x > 0 && x + width > content) {
      rows += 1;
      x = 0;
    }
    x += width + 8;
  }
  return rows * 34.2 + (rows - 1) * 4 + 12;
}

/** The data table folded under its "표로 보기" toggle (details.chart-table): 0.75rem above, a 29.3 px summary. */
const FOLDED_TABLE = 12 + 29.4;

/** The embed page's blocks at `width`, top to bottom, in CSS pixels. */
export function embedBlocks(
  figure: Figure,
  data: ChartData,
  width: number,
  options: EmbedLayoutOptions = {},
): Record<string, number> {
  const content = Math.max(200, width - 2 * PADDING);
  const small = (text: string, space = content) => pageLines(text, SMALL, space) * SMALL_LINE;
  // The sources only word the tooltips, which take no room.
  const scene = buildScene(figure, data, [], ko);
  const views =
    scene.views.length > 1
      ? viewControlHeight(
          scene.views.map((v) => v.label),
          ko.charts.views,
          content,
        )
      : 0;
  // The legend is in the scene layout's height; the view's name is not (the page has the control instead).
  const chart = Math.max(
    ...scene.views.map((_, i) => sceneViewHeight(scene, i, content, { named: false, text: PAGE_TEXT })),
  );
  if (options.plain) return { padding: 2 * PADDING, views, chart, table: FOLDED_TABLE };

  const cited = options.sources
    ?.filter((s) => figure.sourceIds.includes(s.id))
    .sort((a, b) => figure.sourceIds.indexOf(a.id) - figure.sourceIds.indexOf(b.id));
  const sourceText =
    cited === undefined
      ? null
      : `${ko.source.label}${cited.map((s) => sourceCredit(s, ko)).join(ko.patterns.listSeparator)}`;
  return {
    padding: 2 * PADDING,
    title: pageLines(figure.title, TITLE, content, true) * TITLE_LINE + 4, // h1.chart-title, then 0.25rem
    subtitle: pageLines(figure.subtitle, BODY, content) * BODY_LINE + 12, // .chart-subtitle, 0.75rem under it
    views,
    chart,
    table: FOLDED_TABLE,
    // figcaption: the notes (ul, 0.5rem above, 1.2rem indent), the source line and the download line (0.25rem above each).
    notes: figure.notes.length === 0 ? 0 : 8 + figure.notes.reduce((sum, note) => sum + small(note, content - 19.2), 0),
    source: 3.6 + (sourceText === null ? 2 * SMALL_LINE : small(sourceText)),
    downloads: 3.6 + small(`${DOWNLOAD_LINE_LABEL}${Object.values(FORMAT_LABELS).join(" · ")}`),
    // "전체 기사: <the story's title>", 0.75rem above it.
    credit: 12 + (options.credit === undefined ? 2 * SMALL_LINE : small(`전체 기사: ${options.credit}`)),
  };
}

/**
 * Over the blocks' sum: the page reports its height rounded up, and the page's legend (in
 * the head) measures about a pixel more than the scene layout's (in the chart block).
 */
const SLACK = 3;

export function embedHeight(figure: Figure, data: ChartData, width: number, options: EmbedLayoutOptions = {}): number {
  const blocks = embedBlocks(figure, data, width, options);
  return Math.ceil(Object.values(blocks).reduce((sum, h) => sum + h, 0) + SLACK);
}

/** The model's heights at EMBED_WIDTHS: what the codes' data-heights carries (formatHeights drops repeats). */
export function embedHeightTable(figure: Figure, data: ChartData, options: EmbedLayoutOptions = {}): HeightTable {
  return EMBED_WIDTHS.map((width) => ({ width, height: embedHeight(figure, data, width, options) }));
}
