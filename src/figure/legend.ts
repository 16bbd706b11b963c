import type { LegendItem } from "../charts/types.ts";
import { chartColor } from "../theme/palette.ts";
import { glyphPath } from "./chart-html.ts";
import { h } from "./dom.ts";

function swatch(document: Document, item: LegendItem): Element {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  for (const [name, value] of Object.entries({
    width: "20",
    height: "20",
    viewBox: "-10 -10 20 20",
    "aria-hidden": "true",
  }))
    svg.setAttribute(name, value);
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", glyphPath(item.series));
  path.setAttribute("fill", chartColor("series", item.series));
  svg.append(path);
  return svg;
}

/** A chart's legend: one swatch (colour and shape, as in the chart) and label per series value. */
export function legend(document: Document, items: readonly LegendItem[], name: string): HTMLElement {
  return h(
    document,
    "ul",
    { class: "legend", "aria-label": name },
    ...items.map((item) => h(document, "li", {}, swatch(document, item), item.label)),
  );
}
