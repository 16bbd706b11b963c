import { josa } from "es-hangul";
import { distance } from "fastest-levenshtein";

/**
 * Korean object particle after a quoted word: `"예산"을`, `"budget"을(를)`. es-hangul picks
 * 을/를 from the last Hangul syllable; after Latin letters or digits the choice depends on
 * how the word is read, so both are shown.
 */
export function withObjectParticle(word: string): string {
  const last = word.at(-1) ?? "";
  return /[가-힣]/.test(last) ? `"${word}"${josa.pick(word, "을/를")}` : `"${word}"을(를)`;
}

/**
 * The closest valid choice to what was typed, if it is close enough to be a typo:
 * closest("enroled", ["enrolled", "completed"]) → "enrolled"; closest("xyz", [...]) → undefined.
 */
export function closest(typed: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of valid) {
    const d = distance(typed.toLowerCase(), choice.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [choice, d];
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** "혹시 "enrolled"을(를) 찾으셨나요?", or "" when nothing is close. */
export function didYouMean(typed: string, valid: readonly string[]): string {
  const guess = closest(typed, valid);
  return guess === undefined ? "" : `혹시 ${withObjectParticle(guess)} 찾으셨나요?`;
}

/** The valid choices, closest first, for a message: "job-school, dream-factory, …" (at most 12). */
export function choices(typed: string, valid: readonly string[]): string {
  if (valid.length === 0) return "(없음)";
  const sorted = [...valid].sort((a, b) => distance(typed, a) - distance(typed, b) || a.localeCompare(b));
  return sorted.length > 12 ? `${sorted.slice(0, 12).join(", ")}, … (${sorted.length}개)` : sorted.join(", ");
}

/** A value quoted for a message, cut to a readable length. */
export function quote(value: unknown, max = 40): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const cut = [...text].length > max ? `${[...text].slice(0, max).join("")}…` : text;
  return typeof value === "string" ? `"${cut}"` : cut;
}
