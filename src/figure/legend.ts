import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from "d3-shape";
import type { LegendItem } from "../charts/index.ts";
import { h } from "./dom.ts";

// The same shapes Plot draws for these names, so the legend matches the marks.
const SHAPES: Record<string, SymbolType> = {
  circle: symbolCircle,
  cross: symbolCross,
  diamond: symbolDiamond,
  square: symbolSquare,
  star: symbolStar,
  triangle: symbolTriangle,
};

function swatch(document: Document, item: LegendItem): Element {
  const shape = SHAPES[item.symbol];
  if (!shape) throw new Error(`invalid legend symbol: ${item.symbol}`);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  for (const [name, value] of Object.entries({
    width: "16",
    height: "16",
    viewBox: "-8 -8 16 16",
    "aria-hidden": "true",
  }))
    svg.setAttribute(name, value);
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", symbol(shape, 110)() ?? "");
  path.setAttribute("fill", item.color);
  svg.append(path);
  return svg;
}

/** A chart's legend: one swatch (colour and shape, as in the chart) and label per kind. */
export function legend(document: Document, items: readonly LegendItem[]): HTMLElement {
  return h(
    document,
    "ul",
    { class: "legend", "aria-label": "범례: 센 대상" },
    ...items.map((item) => h(document, "li", {}, swatch(document, item), item.label)),
  );
}
