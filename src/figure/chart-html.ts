import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from "d3-shape";
import type { SymbolType } from "d3-shape";
import type { Scene, SceneMark, ScenePanel, SceneRow, SceneTick, SceneView } from "../charts/types.ts";
import { SERIES_SYMBOLS } from "../charts/scene.ts";
import { chartColor } from "../theme/palette.ts";
import { h } from "./dom.ts";

/**
 * A scene as the page draws it, before any script: HTML rows whose text is laid out by CSS
 * (it wraps between words, keeps Hangul words whole and follows the reader's font size),
 * and per row a track: an SVG without a viewBox that stretches to the column, its marks
 * placed in percentages (x="54%"), so the chart fills any width from 280 px up with nothing
 * scaled. No style attribute anywhere: the pages' CSP allows none.
 *
 * Each view is its own block; a radio group switches them by CSS alone (:has(:checked)),
 * so every view works without JavaScript, and the island only animates the switch.
 */
const SVG = "http://www.w3.org/2000/svg";

const SHAPES: Record<string, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
};

/** A glyph's path: the series' shape, area 110 (about a 12 px disc). */
export function glyphPath(series: number): string {
  return symbol(SHAPES[SERIES_SYMBOLS[series % SERIES_SYMBOLS.length] ?? "circle"] ?? symbolCircle, 110)() ?? "";
}

function s(document: Document, tag: string, attributes: Record<string, string | number | undefined> = {}): Element {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, String(value));
  return element;
}

const pct = (n: number) => `${n}%`;

/** A mark's colour: its series', else the bar colour, the later segments of a stacked bar the series colours. */
export function markColor(mark: SceneMark, index: number): string {
  if (mark.series !== null) return chartColor("series", mark.series);
  return mark.shape === "bar" && index > 0 ? chartColor("series", index) : chartColor("bar");
}

/** The attributes that carry a mark's tooltip and key for the island. */
function markData(mark: SceneMark): Record<string, string | undefined> {
  return {
    class: `chart-mark chart-${mark.shape}${mark.inferred ? " chart-inferred" : ""}`,
    "data-key": mark.key,
    "data-tip": mark.tip,
    "data-tip-details": mark.details.length > 0 ? JSON.stringify(mark.details) : undefined,
  };
}

function markElement(document: Document, mark: SceneMark, index: number): Element[] {
  const color = markColor(mark, index);
  const data = markData(mark);
  switch (mark.shape) {
    case "bar":
      return [
        s(document, "rect", {
          ...data,
          x: pct(mark.x0),
          width: pct(Math.max(0.5, mark.x1 - mark.x0)),
          y: "15%",
          height: "70%",
          fill: color,
        }),
      ];
    case "span":
      return [
        s(document, "rect", {
          ...data,
          x: pct(mark.x0),
          width: pct(Math.max(0.5, mark.x1 - mark.x0)),
          y: "15%",
          height: "70%",
          rx: 3,
          fill: mark.inferred ? chartColor("background") : color,
          stroke: color,
          "stroke-width": 2,
          "stroke-dasharray": mark.inferred ? "5 3" : undefined,
        }),
      ];
    case "dot":
      return [
        s(document, "line", {
          class: "chart-stem",
          x1: "0%",
          x2: pct(mark.x0),
          y1: "50%",
          y2: "50%",
          stroke: chartColor("rule"),
          "data-key": mark.key,
        }),
        s(document, "circle", { ...data, cx: pct(mark.x0), cy: "50%", r: 7, fill: color }),
      ];
    case "event":
      return [
        s(document, "circle", {
          ...data,
          cx: pct(mark.x0),
          cy: "50%",
          r: 7,
          fill: mark.inferred ? chartColor("background") : color,
          stroke: color,
          "stroke-width": 2,
          "stroke-dasharray": mark.inferred ? "4 2" : undefined,
        }),
      ];
    case "glyph":
      return [s(document, "path", { ...data, d: glyphPath(mark.series ?? 0), fill: color })];
  }
}

function grid(document: Document, ticks: readonly SceneTick[]): Element[] {
  return ticks.map((t) =>
    s(document, "line", {
      class: `chart-grid${t.minor ? " chart-minor" : ""}`,
      x1: pct(t.x),
      x2: pct(t.x),
      y1: 0,
      y2: "100%",
    }),
  );
}

function row(document: Document, r: SceneRow, ticks: readonly SceneTick[]): HTMLElement {
  const glyphs = r.marks.filter((m) => m.shape === "glyph");
  const onTrack = r.marks.filter((m) => m.shape !== "glyph");
  const head = h(
    document,
    "div",
    { class: "chart-row-head" },
    h(document, "span", { class: "chart-label", "aria-hidden": "true" }, r.label),
    ...glyphs.map((m) => {
      const svg = s(document, "svg", { class: "chart-glyph", viewBox: "-10 -10 20 20", width: 20, height: 20 });
      svg.append(...markElement(document, m, 0));
      return svg as unknown as HTMLElement;
    }),
    h(document, "span", { class: `chart-value${r.unknown ? " unknown" : ""}`, "aria-hidden": "true" }, r.value),
  );
  let track: Element | null = null;
  if (glyphs.length === 0) {
    track = s(document, "svg", { class: "chart-track", "aria-hidden": onTrack.length === 0 ? "true" : undefined });
    track.append(...grid(document, ticks), ...onTrack.flatMap((m, i) => markElement(document, m, i)));
  }
  return h(
    document,
    "li",
    { class: "chart-row", "data-key": r.key },
    head,
    track as unknown as HTMLElement | null,
    r.annotation !== null && h(document, "p", { class: "chart-annotation", "aria-hidden": "true" }, r.annotation),
  );
}

function axis(document: Document, ticks: readonly SceneTick[]): Element | null {
  if (ticks.length === 0) return null;
  const svg = s(document, "svg", { class: "chart-axis", "aria-hidden": "true" });
  for (const t of ticks) {
    const anchor = t.x <= 0 ? "start" : t.x >= 100 ? "end" : "middle";
    const text = s(document, "text", {
      x: pct(t.x),
      y: "1em",
      "text-anchor": anchor,
      class: t.minor ? "chart-minor" : undefined,
    });
    text.textContent = t.label;
    svg.append(text);
  }
  return svg;
}

function panel(document: Document, p: ScenePanel): HTMLElement {
  const hasTrack = p.rows.some((r) => r.marks.some((m) => m.shape !== "glyph")) || p.ticks.length > 0;
  return h(
    document,
    "div",
    { class: `chart-panel${hasTrack ? "" : " chart-panel-list"}` },
    p.title !== null && h(document, "p", { class: "chart-panel-title", "aria-hidden": "true" }, p.title),
    h(document, "ol", { class: "chart-rows", role: "presentation" }, ...p.rows.map((r) => row(document, r, p.ticks))),
    hasTrack && (axis(document, p.ticks) as unknown as HTMLElement | null),
  );
}

/** Round marks (dots, events) keep their radius inside the chart: their view is inset a little. */
export function hasRoundMarks(v: SceneView): boolean {
  return v.panels.some((p) => p.rows.some((r) => r.marks.some((m) => m.shape === "dot" || m.shape === "event")));
}

function view(document: Document, scene: Scene, v: SceneView, titleId: string, descId: string): HTMLElement {
  return h(
    document,
    "div",
    {
      class: `chart-view chart-mark-${scene.mark}${hasRoundMarks(v) ? " chart-inset" : ""}`,
      "data-view": v.id,
      role: "img",
      "aria-labelledby": titleId,
      "aria-describedby": descId,
    },
    ...v.panels.map((p) => panel(document, p)),
  );
}

/** The view control: a radio group that works without a script (the CSS shows the checked view). */
export function viewControl(document: Document, scene: Scene, label: string): HTMLElement | null {
  if (scene.views.length < 2) return null;
  return h(
    document,
    "fieldset",
    { class: "chart-views" },
    h(document, "legend", {}, label),
    ...scene.views.map((v, i) =>
      h(
        document,
        "label",
        {},
        h(document, "input", {
          type: "radio",
          name: `${scene.figureId}-view`,
          value: v.id,
          checked: i === 0 ? "" : undefined,
        }),
        v.label,
      ),
    ),
  );
}

/** Every view of the scene, the first shown; `titleId` names each view, `descId` describes it. */
export function chartViews(document: Document, scene: Scene, titleId: string, descId: string): HTMLElement {
  return h(
    document,
    "div",
    { class: "chart-stage" },
    ...scene.views.map((v) => view(document, scene, v, titleId, descId)),
  );
}
