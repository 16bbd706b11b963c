import { COUNTERS, type Counter } from "./counters.ts";

const DIGITS = /^(0|[1-9]\d{0,2}(?:,\d{3})*)$/;

// Reads back exactly the strings formatCount writes.
//   parseCount("2,795명")    → { count: 2795, counter: "person" }
//   parseCount("3개 세부사업") → { count: 3, counter: "subProject" }
// Anything else throws a SyntaxError quoting the text, including numbers without
// their comma separators ("2795명"), leading zeros, signs, fractions and
// counts beyond Number.MAX_SAFE_INTEGER.
export function parseCount(text: string): { count: number; counter: Counter } {
  const invalid = () => new SyntaxError(`invalid count text: ${JSON.stringify(text)}`);
  if (typeof text !== "string") throw invalid();

  for (const [counter, suffix] of Object.entries(COUNTERS) as [Counter, string][]) {
    if (!text.endsWith(suffix)) continue;
    const digits = text.slice(0, -suffix.length);
    // The digit grammar admits no letters or spaces, so "3개 세부사업" can never
    // be misread as a "개 사업" count.
    if (!DIGITS.test(digits)) continue;
    const count = Number(digits.replaceAll(",", ""));
    if (!Number.isSafeInteger(count)) throw invalid();
    return { count, counter };
  }
  throw invalid();
}
