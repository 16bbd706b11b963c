import { buildScene } from "../charts/scene.ts";
import type { ChartData } from "../charts/types.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { ko } from "../text/locale-ko.ts";
import { sourcesCredit } from "../text/source-credit.ts";
import { LIGHT } from "../theme/palette.ts";
import { sceneSvg } from "./scene-svg.ts";
import { wrapText } from "./text-layout.ts";
import { toXml } from "./xml.ts";

/**
 * A chart as a file of its own (the SVG downloads, and through resvg the PNG): the chart the
 * page draws (its scene's first view, laid out as the page lays it out at that width:
 * src/downloads/scene-svg.ts), with its title and subtitle above it and its notes and
 * source below, on white. It must
 * stand alone: xmlns, width and height, no CSS variable (each `var(--x, #hex)` becomes its
 * light fallback), no page stylesheet, a Korean font stack; its <title> and <desc> are
 * the page's (figure title; subtitle and description).
 */
const SVG_NS = "http://www.w3.org/2000/svg";

/** Pretendard first: the PNG is rendered with it; the rest are the systems' Korean fonts. */
export const KOREAN_FONT_STACK =
  "Pretendard, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', 'Nanum Gothic', sans-serif";

/**
 * The files' total widths: a phone's (375 px, the common CSS width of a phone screen) and
 * a desktop column's (720 px). The chart is laid out at the width left inside the margin,
 * so each file shows the chart as a reader at that width sees it, text at its page size.
 */
export const CARD_WIDTHS = { phone: 375, desktop: 720 } as const;
export type CardWidth = (typeof CARD_WIDTHS)[keyof typeof CARD_WIDTHS];

/** The margin: a phone's screen has room for less of it. */
const padOf = (width: number) => (width < 480 ? 16 : 24);

export interface SvgImage {
  /** The complete file: XML declaration and the svg element. */
  svg: string;
  width: number;
  height: number;
}

type Attributes = Record<string, string | number>;

export function svgElement(document: Document, name: string, attributes: Attributes = {}, text?: string): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Lines of text, one <text> each, starting with the first line's box top at `top`; returns the new top. */
export function textBlock(
  parent: Element,
  document: Document,
  lines: readonly string[],
  {
    x,
    top,
    fontSize,
    lineHeight,
    fill,
    fontWeight = 400,
  }: { x: number; top: number; fontSize: number; lineHeight: number; fill: string; fontWeight?: number },
): number {
  for (const [i, line] of lines.entries()) {
    // Baseline: half the leading, then the ascent (about 0.8 em for Hangul fonts).
    const baseline = top + i * lineHeight + (lineHeight - fontSize) / 2 + fontSize * 0.8;
    parent.append(
      svgElement(
        document,
        "text",
        { x, y: Math.round(baseline * 10) / 10, "font-size": fontSize, "font-weight": fontWeight, fill },
        line,
      ),
    );
  }
  return top + lines.length * lineHeight;
}

/** The outer <svg> of a standalone file, with its title and desc and a white background. */
export function standaloneRoot(
  document: Document,
  {
    id,
    title,
    description,
    width,
    height,
  }: { id: string; title: string; description: string; width: number; height: number },
): SVGElement {
  const root = svgElement(document, "svg", {
    xmlns: SVG_NS,
    "xml:lang": "ko",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": `${id}-title`,
    "aria-describedby": `${id}-desc`,
    "font-family": KOREAN_FONT_STACK,
    color: LIGHT.text,
  });
  root.append(
    svgElement(document, "title", { id: `${id}-title` }, title),
    svgElement(document, "desc", { id: `${id}-desc` }, description),
  );
  root.append(svgElement(document, "rect", { width, height, fill: LIGHT.background }));
  return root;
}

/**
 * The file text: each `var(--token, #hex)` the charts use in an attribute replaced by its
 * fallback (the light colour), so no viewer needs the page's stylesheet. Only attributes
 * are rewritten: a title that happens to contain "var(--x, y)" is text and stays as
 * written. A var() without a fallback would leave a colour undefined, so it is an error.
 */
export function serializeStandalone(root: Element): string {
  const fallback = (value: string) => value.replace(/var\(--[a-z0-9-]+,\s*([^()]+?)\s*\)/g, "$1");
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...element.attributes]) {
      if (!attribute.value.includes("var(")) continue;
      const value = fallback(attribute.value);
      if (value.includes("var("))
        throw new Error(
          `a standalone SVG still refers to a CSS variable without a fallback: ${attribute.name}="${attribute.value}"`,
        );
      element.setAttribute(attribute.name, value);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(root)}\n`;
}

/**
 * One figure as a standalone SVG `width` px wide: title, subtitle, the chart (its first
 * view), every note, the source and the credit.
 */
export function chartCard(
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  credit: string,
  width: number = CARD_WIDTHS.desktop,
): SvgImage {
  const pad = padOf(width);
  const textWidth = width - 2 * pad;
  const cited = figure.sourceIds.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);

  const parts = svgElement(document, "g");
  let top = pad;
  top = textBlock(parts, document, wrapText(figure.title, 22, textWidth), {
    x: pad,
    top,
    fontSize: 22,
    lineHeight: 30,
    fill: LIGHT.text,
    fontWeight: 700,
  });
  top = textBlock(parts, document, wrapText(figure.subtitle, 15, textWidth), {
    x: pad,
    top: top + 4,
    fontSize: 15,
    lineHeight: 22,
    fill: LIGHT.muted,
  });
  const scene = buildScene(figure, data, sources, ko);
  const chart = sceneSvg(document, scene, { x: pad, y: top + 16, width: textWidth });
  parts.append(chart.element);
  top += 16 + chart.height + 12;
  // Every note travels with the chart: the double-counting caveat, "a target, not hires".
  const notes = figure.notes.flatMap((note) => wrapText(`· ${note}`, 13, textWidth));
  if (notes.length > 0) {
    top = textBlock(parts, document, notes, { x: pad, top, fontSize: 13, lineHeight: 19, fill: LIGHT.text });
    top += 8;
  }
  top = textBlock(
    parts,
    document,
    [...wrapText(sourcesCredit(cited, ko), 13, textWidth), ...wrapText(credit, 13, textWidth)],
    {
      x: pad,
      top,
      fontSize: 13,
      lineHeight: 19,
      fill: LIGHT.muted,
    },
  );
  const height = Math.ceil(top + pad);

  const root = standaloneRoot(document, {
    id: figure.id,
    title: figure.title,
    description: `${figure.subtitle}. ${figure.description}`,
    width,
    height,
  });
  root.append(parts);
  return { svg: serializeStandalone(root), width, height };
}
