import type { LegendItem, Scene, SceneMark, ScenePanel, SceneRow, SceneTick, SceneView } from "../charts/types.ts";
import { glyphPath, markColor } from "../figure/chart-html.ts";
import { ko } from "../text/locale-ko.ts";
import { chartColor } from "../theme/palette.ts";
import { estimate, wrapText, type Measure } from "./text-layout.ts";

/**
 * A scene's view as SVG at a given pixel width, for the files (the standalone SVG, the PNG,
 * the share cards). An SVG has no CSS layout, so this lays the chart out as the page's
 * stylesheet does (src/styles/global.css, "Charts"; src/figure/chart-html.ts), row by row
 * from the top: each row's label and value (wrapped between words, never cut), its track
 * with the marks at their percentages of the track converted to pixels, the annotation
 * under it; an axis of tick labels under each panel with a track; a panel's title above
 * it. Colours are `chartColor` tokens, which `serializeStandalone` resolves to the light
 * palette.
 *
 * The same layout gives the height (`sceneViewHeight`), which the embed's height model uses
 * for the chart block, measuring the lines with the page's own advances (`text`) rather than
 * the files' generous estimate, so it wraps a row where the page does.
 */

/** .chart-stage: 0.9rem, line-height 1.45. */
export const CHART_FONT_SIZE = 14.4;
const LINE = CHART_FONT_SIZE * 1.45;
/** .chart-row: padding 0.2rem top and bottom. */
const ROW_PADDING = 3.2;
/** .chart-row-head: a 0.6rem gap between the label and the value on one line. */
const LABEL_GAP = 9.6;
/** .chart-track: 1.1rem high, 0.1rem under the label line. */
const TRACK_HEIGHT = 17.6;
const TRACK_GAP = 1.6;
/** .chart-annotation: 0.85rem, 0.15rem under the track. */
const ANNOTATION_SIZE = 13.6;
const ANNOTATION_LINE = ANNOTATION_SIZE * 1.45;
const ANNOTATION_GAP = 2.4;
/** .chart-axis: 1.4rem high, labels at 0.8rem on a baseline 1em down. */
const AXIS_HEIGHT = 22.4;
const AXIS_SIZE = 11.52;
/** .chart-panel + .chart-panel: 1rem; .chart-panel-title: 0.25rem under it. */
const PANEL_GAP = 16;
const PANEL_TITLE_GAP = 4;
/** .chart-panel-list .chart-row-head: a grid of 1rem (the glyph) and the value, 0.5rem apart, rows 0.1rem apart. */
const GLYPH_BOX = 16;
const GLYPH_GAP = 8;
const GLYPH_ROW_GAP = 1.6;
/**
 * Round marks (dots, events) and spans reach past their x by their radius or stroke, so the
 * page insets such a chart's rows and axis by 0.5rem a side; the file does the same.
 */
const ROUND_INSET = 8;
/** .legend: 0.9rem at the body's line-height 1.7, lines 0.25rem and items 1rem apart, the swatch 16 px and 0.3em from its label; 0.75rem under it. */
const LEGEND_LINE = CHART_FONT_SIZE * 1.7;
const LEGEND_ROW_GAP = 4;
const LEGEND_GAP = 16;
const LEGEND_SWATCH = 16 + CHART_FONT_SIZE * 0.3;
const LEGEND_MARGIN = 12;
/** @container (max-width: 30rem): a narrow chart leaves out the minor ticks (every other year). */
const NARROW = 480;

/** An element to draw: its tag, attributes and text. */
interface Item {
  tag: string;
  attributes: Record<string, string | number>;
  text?: string;
}

export interface SceneSvgOptions {
  /** The view to draw; the first (the page's default) unless told. */
  view?: number;
  /** Where the drawing's top left corner is in the file. */
  x?: number;
  y?: number;
  /** The drawing's width in pixels: the page's chart column at that width. */
  width: number;
  /** Whether a figure with several views says above the chart which one this is (a file does; the page has its control). */
  named?: boolean;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The baseline of line `i` of text whose first line box starts at `top` (half the leading, then about 0.8 em of ascent). */
const baseline = (top: number, i: number, fontSize: number, lineHeight: number) =>
  r1(top + i * lineHeight + (lineHeight - fontSize) / 2 + fontSize * 0.8);

function textLines(
  items: Item[],
  lines: readonly string[],
  at: { x: number; top: number; fontSize: number; lineHeight: number },
  style: Record<string, string | number>,
): number {
  for (const [i, line] of lines.entries()) {
    items.push({
      tag: "text",
      attributes: {
        x: r1(at.x),
        y: baseline(at.top, i, at.fontSize, at.lineHeight),
        "font-size": at.fontSize,
        ...style,
      },
      text: line,
    });
  }
  return at.top + lines.length * at.lineHeight;
}

/** The value's style: the page's .chart-value, and .unknown (muted italic) for the unknown word. */
function valueStyle(row: SceneRow): Record<string, string | number> {
  return row.unknown
    ? { fill: chartColor("muted"), "font-style": "italic", "font-weight": 600 }
    : { fill: chartColor("text"), "font-weight": 600 };
}

const LABEL_STYLE = { fill: chartColor("text"), "font-weight": 400 };

/** The glyph of a series, centred at (cx, cy): the page's 16 px glyph, the legend's swatch. */
function glyphItem(series: number, cx: number, cy: number): Item {
  return {
    tag: "path",
    attributes: {
      d: glyphPath(series),
      transform: `translate(${r1(cx)} ${r1(cy)})`,
      fill: chartColor("series", series),
    },
  };
}

function trackMarks(items: Item[], marks: readonly SceneMark[], left: number, width: number, top: number): void {
  const px = (pct: number) => r1(left + (pct / 100) * width);
  const span = (m: SceneMark) => r1(Math.max(0.005 * width, ((m.x1 - m.x0) / 100) * width));
  const mid = r1(top + TRACK_HEIGHT / 2);
  const barTop = r1(top + TRACK_HEIGHT * 0.15);
  const barHeight = r1(TRACK_HEIGHT * 0.7);
  // Segments of one bar (a stacked bar) are parted by a line of the background, as on the page.
  const segmented = marks.filter((m) => m.shape === "bar").length > 1;
  for (const [i, mark] of marks.entries()) {
    const color = markColor(mark, i);
    switch (mark.shape) {
      case "bar":
        items.push({
          tag: "rect",
          attributes: {
            x: px(mark.x0),
            y: barTop,
            width: span(mark),
            height: barHeight,
            fill: color,
            ...(segmented ? { stroke: chartColor("background"), "stroke-width": 1.5 } : {}),
          },
        });
        break;
      case "span":
        // A span the source does not state is outlined and dashed on the background, not solid.
        items.push({
          tag: "rect",
          attributes: {
            x: px(mark.x0),
            y: barTop,
            width: span(mark),
            height: barHeight,
            rx: 3,
            fill: mark.inferred ? chartColor("background") : color,
            stroke: color,
            "stroke-width": 2,
            ...(mark.inferred ? { "stroke-dasharray": "5 3" } : {}),
          },
        });
        break;
      case "dot":
        items.push(
          {
            tag: "line",
            attributes: {
              x1: px(0),
              x2: px(mark.x0),
              y1: mid,
              y2: mid,
              stroke: chartColor("rule"),
              "stroke-width": 1.5,
            },
          },
          { tag: "circle", attributes: { cx: px(mark.x0), cy: mid, r: 7, fill: color } },
        );
        break;
      case "event":
        items.push({
          tag: "circle",
          attributes: {
            cx: px(mark.x0),
            cy: mid,
            r: 7,
            fill: mark.inferred ? chartColor("background") : color,
            stroke: color,
            "stroke-width": 2,
            ...(mark.inferred ? { "stroke-dasharray": "4 2" } : {}),
          },
        });
        break;
      case "glyph":
        items.push(glyphItem(mark.series ?? 0, px(mark.x0), mid));
        break;
    }
  }
}

function grid(items: Item[], ticks: readonly SceneTick[], left: number, width: number, top: number): void {
  for (const tick of ticks) {
    const x = r1(left + (tick.x / 100) * width);
    items.push({
      tag: "line",
      attributes: {
        x1: x,
        x2: x,
        y1: r1(top),
        y2: r1(top + TRACK_HEIGHT),
        stroke: chartColor("rule"),
        "stroke-opacity": 0.5,
        "stroke-width": 1,
      },
    });
  }
}

/**
 * A row as the page lays it out; returns the top of the next row. In a list panel (no
 * track: glyphs) the label has its own lines and the glyph and value the next; else the
 * label and the value share a line when both fit (the value right-aligned), or the label
 * wraps across the width and the value takes the next line. A row without a glyph has a
 * track, as on the page, even when it is empty.
 */
function row(
  items: Item[],
  r: SceneRow,
  {
    list,
    ticks,
    left,
    width,
    text,
  }: { list: boolean; ticks: readonly SceneTick[]; left: number; width: number; text: TextMetrics },
  top: number,
): number {
  const glyphs = r.marks.filter((m) => m.shape === "glyph");
  const onTrack = r.marks.filter((m) => m.shape !== "glyph");
  const at = { fontSize: CHART_FONT_SIZE, lineHeight: LINE };
  let y = top + ROW_PADDING;
  if (list) {
    y = textLines(
      items,
      wrapText(r.label, CHART_FONT_SIZE, width, Infinity, text.measure),
      { x: left, top: y, ...at },
      LABEL_STYLE,
    );
    y += GLYPH_ROW_GAP;
    // An unknown value has no glyph: its word takes the whole line.
    const indent = glyphs.length * (GLYPH_BOX + GLYPH_GAP);
    glyphs.forEach((m, i) =>
      items.push(glyphItem(m.series ?? 0, left + i * (GLYPH_BOX + GLYPH_GAP) + GLYPH_BOX / 2, y + LINE / 2)),
    );
    y = textLines(
      items,
      wrapText(r.value, CHART_FONT_SIZE, width - indent - text.valuePad, Infinity, text.measure, true),
      { x: left + indent, top: y, ...at },
      valueStyle(r),
    );
  } else {
    const oneLine =
      text.measure(r.label, CHART_FONT_SIZE, false) +
        LABEL_GAP +
        text.measure(r.value, CHART_FONT_SIZE, true) +
        text.valuePad <=
      width;
    const labelLines = oneLine ? [r.label] : wrapText(r.label, CHART_FONT_SIZE, width, Infinity, text.measure);
    const labelEnd = textLines(items, labelLines, { x: left, top: y, ...at }, LABEL_STYLE);
    const valueEnd = textLines(
      items,
      oneLine ? [r.value] : wrapText(r.value, CHART_FONT_SIZE, width - text.valuePad, Infinity, text.measure, true),
      { x: left + width, top: oneLine ? y : labelEnd, ...at },
      { ...valueStyle(r), "text-anchor": "end" },
    );
    y = Math.max(labelEnd, valueEnd);
  }
  if (glyphs.length === 0) {
    y += TRACK_GAP;
    grid(items, ticks, left, width, y);
    trackMarks(items, onTrack, left, width, y);
    y += TRACK_HEIGHT;
  }
  if (r.annotation !== null) {
    y = textLines(
      items,
      wrapText(r.annotation, ANNOTATION_SIZE, width, Infinity, text.measure),
      { x: left, top: y + ANNOTATION_GAP, fontSize: ANNOTATION_SIZE, lineHeight: ANNOTATION_LINE },
      { fill: chartColor("muted") },
    );
  }
  return y + ROW_PADDING;
}

function axis(items: Item[], ticks: readonly SceneTick[], left: number, width: number, top: number): number {
  for (const tick of ticks) {
    const anchor = tick.x <= 0 ? "start" : tick.x >= 100 ? "end" : "middle";
    items.push({
      tag: "text",
      attributes: {
        x: r1(left + (tick.x / 100) * width),
        y: r1(top + AXIS_SIZE),
        "font-size": AXIS_SIZE,
        "text-anchor": anchor,
        fill: chartColor("muted"),
      },
      text: tick.label,
    });
  }
  return top + AXIS_HEIGHT;
}

function panel(items: Item[], p: ScenePanel, width: number, top: number, narrow: boolean, text: TextMetrics): number {
  const hasTrack = p.rows.some((r) => r.marks.some((m) => m.shape !== "glyph")) || p.ticks.length > 0;
  const ticks = narrow ? p.ticks.filter((t) => !t.minor) : p.ticks;
  const round = p.rows.some((r) => r.marks.some((m) => m.shape === "dot" || m.shape === "event" || m.shape === "span"));
  const inset = round ? ROUND_INSET : 0;
  let y = top;
  if (p.title !== null) {
    y = textLines(
      items,
      wrapText(p.title, CHART_FONT_SIZE, width, Infinity, text.measure, true),
      { x: 0, top: y, fontSize: CHART_FONT_SIZE, lineHeight: LINE },
      { fill: chartColor("text"), "font-weight": 600 },
    );
    y += PANEL_TITLE_GAP;
  }
  const place = { list: !hasTrack, ticks, left: inset, width: width - 2 * inset, text };
  for (const r of p.rows) y = row(items, r, place, y);
  if (hasTrack && ticks.length > 0) y = axis(items, ticks, inset, width - 2 * inset, y);
  return y;
}

/** The legend, as the page's .legend: swatch and label per series, items flowing onto lines. */
function legendItems(
  items: Item[],
  legend: readonly LegendItem[],
  width: number,
  top: number,
  text: TextMetrics,
): number {
  if (legend.length === 0) return top;
  let x = 0;
  let line = 0;
  for (const item of legend) {
    const labelLines = wrapText(item.label, CHART_FONT_SIZE, width - LEGEND_SWATCH, Infinity, text.measure);
    const itemWidth = LEGEND_SWATCH + Math.max(...labelLines.map((l) => text.measure(l, CHART_FONT_SIZE, false)));
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      line += 1;
    }
    const lineTop = top + line * (LEGEND_LINE + LEGEND_ROW_GAP);
    items.push(glyphItem(item.series, x + 8, lineTop + LEGEND_LINE / 2));
    textLines(
      items,
      labelLines,
      { x: x + LEGEND_SWATCH, top: lineTop, fontSize: CHART_FONT_SIZE, lineHeight: LEGEND_LINE },
      { fill: chartColor("text") },
    );
    line += labelLines.length - 1;
    x += itemWidth + LEGEND_GAP;
  }
  return top + (line + 1) * LEGEND_LINE + line * LEGEND_ROW_GAP + LEGEND_MARGIN;
}

/** The whole drawing of one view at `width`: its elements (at 0, 0) and its height. */
function layout(
  scene: Scene,
  view: SceneView,
  width: number,
  named: boolean,
  text: TextMetrics = FILE_TEXT,
): { items: Item[]; height: number } {
  const items: Item[] = [];
  let y = 0;
  // A file shows one view: with several, it says which (the page's control does on the page).
  if (named && scene.views.length > 1 && view.label !== "") {
    y = textLines(
      items,
      wrapText(ko.tables.tip(ko.charts.views, view.label), CHART_FONT_SIZE, width, Infinity, text.measure, true),
      { x: 0, top: y, fontSize: CHART_FONT_SIZE, lineHeight: LINE },
      { fill: chartColor("muted"), "font-weight": 600 },
    );
    y += LEGEND_MARGIN;
  }
  y = legendItems(items, scene.legend, width, y, text);
  const narrow = width <= NARROW;
  for (const [i, p] of view.panels.entries()) y = panel(items, p, width, i === 0 ? y : y + PANEL_GAP, narrow, text);
  return { items, height: Math.ceil(y) };
}

function viewOf(scene: Scene, index: number): SceneView {
  const view = scene.views[index];
  if (!view) throw new Error(`figure ${scene.figureId}: no view ${index} (it has ${scene.views.length})`);
  return view;
}

/**
 * How lines are measured: `measure` for every text; `valuePad` the room a row's value keeps
 * at its end (the page's .chart-value has 0.1em of padding there; the files' estimate is
 * generous enough without).
 */
export interface TextMetrics {
  measure: Measure;
  valuePad: number;
}

const FILE_TEXT: TextMetrics = { measure: estimate, valuePad: 0 };

/**
 * How tall a view is drawn at `width` (the chart block of the page, by the file's layout);
 * with `text`, its lines measured as given (the page's own advances) instead of the files'.
 */
export function sceneViewHeight(
  scene: Scene,
  view: number,
  width: number,
  { named = true, text = FILE_TEXT }: { named?: boolean; text?: TextMetrics } = {},
): number {
  return layout(scene, viewOf(scene, view), width, named, text).height;
}

/**
 * One view of the scene as an SVG group, its top left at (x, y), `width` wide, with the
 * view's name (when the figure has several) and the legend above the panels.
 */
export function sceneSvg(
  document: Document,
  scene: Scene,
  { view = 0, x = 0, y = 0, width, named = true }: SceneSvgOptions,
): { element: SVGElement; width: number; height: number } {
  const { items, height } = layout(scene, viewOf(scene, view), width, named);
  const group = document.createElementNS("http://www.w3.org/2000/svg", "g") as SVGElement;
  if (x !== 0 || y !== 0) group.setAttribute("transform", `translate(${r1(x)} ${r1(y)})`);
  for (const item of items) {
    const element = document.createElementNS("http://www.w3.org/2000/svg", item.tag);
    for (const [name, value] of Object.entries(item.attributes)) element.setAttribute(name, String(value));
    if (item.text !== undefined) element.textContent = item.text;
    group.append(element);
  }
  return { element: group, width, height };
}
