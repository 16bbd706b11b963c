/**
 * Korean-aware text handling for site search, shared by the build-time indexer and the
 * browser (no Node imports). Korean is written with spaces, but particles stick to words
 * (예산은, 청년의) and readers type compounds without the spaces (청년일자리미래패키지 for
 * "청년 일자리 미래 패키지"). So:
 * - text is "compacted": a space between two Hangul syllables is dropped, so "청년 일자리"
 *   and "청년일자리" become the same string; punctuation and line breaks stay, so a compound
 *   never runs across a comma or from one paragraph into the next;
 * - the index holds Hangul syllable bigrams of the compact text (청년일자 → 청년, 년일, 일자)
 *   and whole words of any other script (2025, nsp);
 * - a query word is found where all its bigrams are, and then checked as a substring of the
 *   page's compact text, so scattered bigrams never count as a match.
 */

const HANGUL = /^[\uac00-\ud7a3]$/;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether `char` is one precomposed Hangul syllable: isHangul("청") → true, isHangul("ㅊ") → false. */
export function isHangul(char: string | undefined): boolean {
  return char !== undefined && HANGUL.test(char);
}

/** NFKC (composes jamo, folds full-width Latin) and lower case: normalize("ＮＳＰ통신") → "nsp통신". */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export interface Compact {
  /** The normalized text without the spaces between Hangul syllables. */
  text: string;
  /** For each UTF-16 unit of `text`, its index in the text given to compact(). */
  at: number[];
}

const isSpace = (cp: number, char: string) => cp === 32 || (cp >= 9 && cp <= 13) || (cp > 127 && /\s/.test(char));

/**
 * The text as search compares it, with a map back to the original for snippets:
 * compact("청년 일자리, 미래") → { text: "청년일자리, 미래", at: [0, 1, 3, 4, 5, 6, 7, 8, 9] }.
 * Lower case; runs of other whitespace become one space, or one line break if they hold
 * one (a line parts phrases); none at the ends. Expects NFKC text, as the index stores it
 * and normalize() makes of a query: run for every page on every search, it stays cheap.
 */
export function compact(original: string): Compact {
  let text = "";
  const at: number[] = [];
  let space = -1; // where the whitespace run waiting to be written began
  let line = false;
  let hangulBefore = false;
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    const char = length === 1 ? original[i]! : original.slice(i, i + 2);
    if (isSpace(cp, char)) {
      if (text.length > 0 && space < 0) space = i;
      if (cp === 10) line = true;
    } else {
      const hangul = cp >= 0xac00 && cp <= 0xd7a3;
      if (space >= 0 && (line || !(hangul && hangulBefore))) {
        text += line ? "\n" : " ";
        at.push(space);
      }
      space = -1;
      line = false;
      const lower = char.toLowerCase();
      text += lower;
      for (let unit = 0; unit < lower.length; unit++) at.push(i);
      hangulBefore = hangul;
    }
    i += length;
  }
  return { text, at };
}

/** Runs of word characters, each split where Hangul meets another script: runs("13억원 2025년") → ["13", "억원", "2025", "년"]. */
export function runs(compactText: string): string[] {
  const out: string[] = [];
  let run = "";
  let hangul = false;
  for (const char of compactText) {
    if (!WORD_CHAR.test(char)) {
      if (run) out.push(run);
      run = "";
      continue;
    }
    const h = isHangul(char);
    if (run && h !== hangul) {
      out.push(run);
      run = "";
    }
    hangul = h;
    run += char;
  }
  if (run) out.push(run);
  return out;
}

/** A run's index terms: bigrams of a Hangul run (one syllable alone is itself), else the run: terms("청년일자") → ["청년", "년일", "일자"]. */
export function runTerms(run: string): string[] {
  const syllables = [...run];
  if (!isHangul(syllables[0])) return [run];
  if (syllables.length === 1) return syllables;
  return syllables.slice(1).map((s, i) => `${syllables[i]}${s}`);
}

/** Every index term of a text, in order, repeats kept (the ranking counts them): indexTerms("청년 일자리") → ["청년", "년일", "일자", "자리"]. */
export function indexTerms(text: string): string[] {
  return runs(compact(text).text).flatMap(runTerms);
}

/**
 * The words of a query, normalized, split at anything that is not a letter or a digit:
 * queryWords(" 청년의, 예산은 ") → ["청년의", "예산은"]. Hangul and digits stay together
 * (13억) because a page writes them together.
 */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      normalize(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}

/**
 * Particles that follow a noun, longest first so 에서는 is tried before 는. Stripped from a
 * query word only (never from the text) and only where the stem is found on some page.
 */
export const PARTICLES = [
  "에서는",
  "으로는",
  "에게서",
  "이라는",
  "에서",
  "에는",
  "으로",
  "에게",
  "까지",
  "부터",
  "처럼",
  "보다",
  "라는",
  "와는",
  "과는",
  "이나",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "나",
] as const;

/**
 * The stems a query word may stand for once a trailing particle is taken off, most likely
 * first. Only a word of 3+ syllables ending in Hangul, leaving a stem of 2+ syllables, so a
 * two-syllable noun (나이, 고가) is never cut: stems("청년일자리의") → ["청년일자리"], stems("예산") → [].
 */
export function stems(word: string): string[] {
  const syllables = [...word];
  if (syllables.length < 3 || !isHangul(syllables.at(-1))) return [];
  return PARTICLES.filter((p) => word.endsWith(p) && syllables.length - [...p].length >= 2).map((p) =>
    word.slice(0, word.length - p.length),
  );
}
