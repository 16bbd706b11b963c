/**
 * Line breaks for text drawn in an SVG, which has no automatic wrapping. Widths are
 * estimated per character, on the generous side (Pretendard's Hangul is 0.86 em wide,
 * Malgun Gothic's and Apple SD Gothic Neo's a little wider; the estimate is 0.95 em), so a
 * line that fits by the estimate fits in any of the fonts the SVG names. Lines break
 * between words, as Korean is set on the page (word-break: keep-all); a word wider than
 * the line is split between characters.
 */
export function estimateWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(char)) em += 0.95;
    else if (char === " ") em += 0.3;
    else if (/[MW@%&]/.test(char)) em += 1;
    else if (/[A-Z0-9]/.test(char)) em += 0.68;
    else if (/[a-z]/.test(char)) em += 0.58;
    else if (/[.,:;'"!|·()[\]{}\-]/.test(char)) em += 0.4;
    else em += 1;
  }
  return em * fontSize;
}

/**
 * How wide a line is drawn: the files' own generous estimate by default; the embed page's
 * height model (src/embed/embed-height.ts) passes the page's measured advances instead, so
 * it wraps the chart's lines where the page does.
 */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

export const estimate: Measure = (text, fontSize) => estimateWidth(text, fontSize);

export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  maxLines = Infinity,
  measure: Measure = estimate,
  bold = false,
): string[] {
  const fits = (line: string) => measure(line, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  const push = () => {
    if (line !== "") lines.push(line);
    line = "";
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    push();
    for (const char of word) {
      if (line !== "" && !fits(line + char)) push();
      line += char;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && !fits(`${last}…`)) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
