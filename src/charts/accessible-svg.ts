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

/**
 * The SVG as the page embeds it. Plot names its mark groups in English (aria-label="bar",
 * "dot", "rule", "text"); on a <g> without a role that is prohibited ARIA (axe:
 * aria-prohibited-attr), and once the island turns the chart into a group of focusable
 * marks a screen reader would read those words out. The page's copy drops them; the chart
 * functions' own output keeps them, since tagMarks and the chart tests select marks by them.
 */
export function forPage(svg: SVGSVGElement): SVGSVGElement {
  svg.querySelectorAll("g[aria-label]").forEach((g) => g.removeAttribute("aria-label"));
  return svg;
}
