import { DOMParser } from "linkedom";
import { estimateWidth } from "../../src/downloads/text-layout.ts";

/** A <text> of a standalone SVG where it is drawn: its line, font size and horizontal extent in the file. */
export interface DrawnText {
  text: string;
  fontSize: number;
  left: number;
  right: number;
  /** The element's own attributes (fill, font-style…). */
  attributes: Record<string, string>;
}

/** The offset of an element's translate() ancestors (the files use translate only, and scale on the share cards). */
function offset(element: Element): { x: number; scale: number } {
  let x = 0;
  let scale = 1;
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    const transform = node.getAttribute("transform") ?? "";
    const s = /scale\(([\d.]+)\)/.exec(transform);
    const t = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(transform);
    // translate(a b) scale(s): the inner coordinates are scaled, then moved.
    if (s) {
      x *= Number(s[1]);
      scale *= Number(s[1]);
    }
    if (t) x += Number(t[1]);
  }
  return { x, scale };
}

/**
 * Every line of text of an SVG file with its extent by `estimateWidth` (the layout's own,
 * generous estimate): a test can then say no line runs past the drawing's edge.
 */
export function drawnTexts(svg: string): DrawnText[] {
  const document = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\s*/, ""), "image/svg+xml");
  return [...document.querySelectorAll("text")].map((element) => {
    const text = element.textContent ?? "";
    const fontSize = Number(element.getAttribute("font-size"));
    const { x: dx, scale } = offset(element);
    const x = dx + Number(element.getAttribute("x")) * scale;
    const width = estimateWidth(text, fontSize) * scale;
    const anchor = element.getAttribute("text-anchor") ?? "start";
    const left = anchor === "end" ? x - width : anchor === "middle" ? x - width / 2 : x;
    const attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
    return { text, fontSize, left, right: left + width, attributes };
  });
}

/** The file's text as one string, lines joined by a space (as wrapText split them). */
export function allText(svg: string): string {
  return drawnTexts(svg)
    .map((t) => t.text)
    .join(" ");
}
