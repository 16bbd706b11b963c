import type { Figure } from "../schemas/figure.ts";

/**
 * Gives a Plot SVG its text alternative and strips Plot's inline <style>.
 * The style element is removed so pages need no per-chart CSP hash; the same rules live
 * in the site stylesheet (.chart svg). Title and desc come first, as SVG expects.
 */
export function finishSvg(svg: SVGSVGElement, figure: Figure, document: Document): SVGSVGElement {
  svg.querySelectorAll("style").forEach((style) => style.remove());
  svg.removeAttribute("aria-label");
  svg.removeAttribute("aria-description");
  const titleId = `${figure.id}-svg-title`;
  const descId = `${figure.id}-svg-desc`;
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", titleId);
  title.textContent = figure.title;
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.setAttribute("id", descId);
  desc.textContent = `${figure.subtitle}. ${figure.description}`;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", titleId);
  svg.setAttribute("aria-describedby", descId);
  svg.setAttribute("class", `chart-svg chart-${figure.type}`);
  // Width and height come from the viewBox; CSS scales the chart to its column.
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  return svg;
}

/** Marks the island can show a tooltip for: each gets its text and a stable key. */
export function tagMarks(marks: ArrayLike<Element>, tips: readonly { key: string; tip: string }[]): void {
  if (marks.length !== tips.length) {
    throw new Error(`chart marks and tooltips disagree: ${marks.length} marks, ${tips.length} tips`);
  }
  Array.from(marks).forEach((mark, i) => {
    const { key, tip } = tips[i]!;
    mark.setAttribute("data-key", key);
    mark.setAttribute("data-tip", tip);
    mark.setAttribute("class", "chart-mark");
  });
}

/** What the page's copy of a chart needs to know of its figure. */
export interface PageSvgOptions {
  /** id of the figure's visible title (the h3 above the chart): the chart's one accessible name. */
  titleId: string;
  /** The figure's description without its subtitle, which the page prints above the chart. */
  description: string;
}

/**
 * The SVG as the page embeds it, so that a screen reader hears the chart's title once and
 * each value once:
 *
 * - Named by the visible title (aria-labelledby to the h3), not by its own <title>: the
 *   figure around it carries no name of its own, so the title is one heading plus one name.
 *   The <title> stays for the SVG read on its own (and is removed by the island when it
 *   hydrates); the <desc> keeps only the description, since the subtitle is printed above.
 * - Plot names its mark groups in English (aria-label="bar", "dot", "rule", "text"); on a
 *   <g> without a role that is prohibited ARIA (axe: aria-prohibited-attr), and inside the
 *   hydrated group a screen reader would read those words out. The page's copy drops them;
 *   the chart functions' own output keeps them, since tagMarks and the chart tests select
 *   marks by them.
 * - Every group without a mark (axes, grid, rules, the printed names and values) is
 *   aria-hidden: once the island makes the SVG a group of named marks, the printed labels
 *   would otherwise repeat each value a second time, in another order. The data table
 *   after the chart has every row, unknown values included.
 */
export function forPage(svg: SVGSVGElement, { titleId, description }: PageSvgOptions): SVGSVGElement {
  svg.querySelectorAll("g[aria-label]").forEach((g) => g.removeAttribute("aria-label"));
  svg.setAttribute("aria-labelledby", titleId);
  const desc = svg.querySelector("desc");
  if (desc) desc.textContent = description;
  for (const child of svg.children) {
    if (child.localName === "g" && !child.querySelector("[data-tip]")) child.setAttribute("aria-hidden", "true");
  }
  return svg;
}
