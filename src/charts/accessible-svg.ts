import type { Figure } from "../schemas/figure";

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
