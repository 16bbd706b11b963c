/**
 * Makes an SVG string stable and diff-friendly: floats rounded to 2 decimals (Plot's
 * layout math can differ in the last digits between engines) and one tag per line.
 */
export function normalizeSvg(svg: string): string {
  return svg
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/>\s*</g, ">\n<")
    .trim()
    .concat("\n");
}
