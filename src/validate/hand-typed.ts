/**
 * Money amounts and counts typed by hand into a story's prose, in digits or in Korean numerals.
 * Stories take every such figure from the data (`:num[job-school.budget]`); this finds the ones
 * that were typed instead, each with the directive to use.
 *
 * The contract, by example:
 *
 *   findHandTypedFigures("청년 186명을 지원했다")  → [{ text: "186명", kind: "count", directive: ":num[<사업 id>.people]", index: 3, length: 4 }]
 *   findHandTypedFigures("예산은 13억 원이다")     → [{ text: "13억 원", kind: "money", directive: ":num[<사업 id>.budget]", … }]
 *   "약 2억", "1.35억", "135백만 원", "1억 3500만 원", "1천만 원", "3,000원"          → money
 *   "삼억 원", "백만 원", "오천원", "삼억이"                                          → money (in words)
 *   "2,795명", "26개 사업", "20여 곳", "3~5명", "12개소"                              → count
 *   "일흔 명", "스무 명", "열두 곳", "스물네 건", "칠십 명", "이천칠백 명", "네 개뿐"  → number-words
 *   "넷뿐이다", "다섯이다" (a native number standing for a count)                      → number-words
 *   "3년 연속", "세 해 연속", "삼 년 연속"                                            → streak
 *
 * Not figures, and never reported:
 *   dates and durations   "2025년 11월 5일", "2019~2024년", "6개월", "3일간"
 *   ages                  "50세 이상 65세 미만", "만 65세"
 *   editions and ordinals "제5회", "21회", "첫째", "세 번째", "2차"
 *   ranks, rates, labels  "1위", "10%", "3관왕", "2번 출구", "코로나19"
 *   vague quantities      "수십 명", "수백억 원", "한두 곳", "두세 명", "여러 기업"
 *   words that merely contain numeral syllables: 일자리, 사업, 십분, 백화점, 천천히, 만나다,
 *   구청, 이상, 삼성, 오늘, 육아, 칠판, 팔다, 공구, 만큼, 구조, 사원, 일원, 천명하다, 조명.
 *
 * The rules that keep those apart:
 * - A number counts only with what it counts: a counter (명, 개, 곳, 건, 가지, 과정, 사업, 기업,
 *   프로그램, 차례, 번, 배 …) or 원. Digits with a unit of 천/만/억/조 are money on their own
 *   ("13억"), and so is a Sino-Korean word with 억 ("삼억"); nothing else is.
 * - A counter may carry a particle (명이, 곳을, 개뿐, 원대) but not start another word: "두 건물",
 *   "세 개월", "세 명절", "세 사업장" are not counts. Particles follow the counter's last sound
 *   (사업이, never 사업가).
 * - A number starts a word: the 이 of 사이 or the 구 of 연구원 is no number.
 * - Sino-Korean words must be well formed numbers (이천칠백, not 사이 or 오일) of two syllables
 *   or more: a lone 일 이 삼 사 오 육 칠 팔 구 is never a number ("이 사업" is "this project"),
 *   and a lone unit (십 백 천 만 억 조) needs a space before its counter ("천 명", but 천명하다).
 * - 회 is an edition ("21회 대회"), not a count; count times with 번 or 차례. 번 after digits is a
 *   label ("2번 출구"); 분 and 사람 count people only after native numerals ("두 분").
 * - 한 is also "a" and "did": "한 기업 관계자", "한 사람이 여러 번" and "일을 한 곳" are not
 *   counts; 한 counts with 명, 개, 곳, 건, 가지, 차례, 군데 or, before a noun-like counter,
 *   with 뿐/밖에/만 ("한 기업뿐"). 열 and 쉰 after an object ("문을 열 곳") are verbs.
 */

export type HandTypedKind = "money" | "count" | "streak" | "number-words";

export interface HandTypedFigure {
  /** Where the figure starts in the text (UTF-16 code units) and how long it is. */
  index: number;
  length: number;
  text: string;
  /** money, a count in digits, an award streak, or a count in Korean numeral words. */
  kind: HandTypedKind;
  /** The directive an editor should write instead, e.g. ":num[<사업 id>.budget]". */
  directive: string;
}

const DIRECTIVES = {
  money: ":num[<사업 id>.budget]",
  people: ":num[<사업 id>.people]",
  units: ":num[<사업 id>.units]",
  cases: ":num[<대회 id>.caseCount]",
  other: ":num[<id>.<숫자 필드>]",
  streak: ":num[<상 id>.streak]",
} as const;
type Directive = keyof typeof DIRECTIVES;

/** Which numerals a counter follows, and what it counts. */
interface Counter {
  word: string;
  counts: Directive;
  /** A noun rather than a bound counter: digits must touch it ("3과정"); 한 must be followed by 뿐/밖에/만. */
  noun?: boolean;
  /** After native numerals only ("두 분", "세 사람"). */
  nativeOnly?: boolean;
  /** Never after digits ("2번 출구" is a label). */
  notAfterDigits?: boolean;
  /** Never after 한 ("한 배를 탄"). */
  notAfterHan?: boolean;
  /** A native numeral may touch it ("세명", "두개"); others need a space ("세배" is a bow). */
  touchesNative?: boolean;
}

const COUNTERS: Counter[] = [
  { word: "명", counts: "people", touchesNative: true },
  { word: "사람", counts: "people", noun: true, nativeOnly: true },
  { word: "분", counts: "people", noun: true, nativeOnly: true },
  { word: "개소", counts: "units" },
  { word: "개사", counts: "units" },
  { word: "개국", counts: "units" },
  { word: "개교", counts: "units" },
  { word: "개", counts: "units", touchesNative: true },
  { word: "곳", counts: "units", touchesNative: true },
  { word: "군데", counts: "units" },
  { word: "건", counts: "cases" },
  { word: "가지", counts: "units" },
  { word: "과정", counts: "units", noun: true },
  { word: "세부사업", counts: "units", noun: true },
  { word: "사업", counts: "units", noun: true },
  { word: "기업", counts: "units", noun: true },
  { word: "업체", counts: "units", noun: true },
  { word: "기관", counts: "units", noun: true },
  { word: "분야", counts: "units", noun: true },
  { word: "프로그램", counts: "units", noun: true },
  { word: "팀", counts: "units", noun: true },
  { word: "가구", counts: "other", noun: true },
  { word: "차례", counts: "other" },
  { word: "번", counts: "other", noun: true, notAfterDigits: true },
  { word: "배", counts: "other", notAfterHan: true },
];

/** The nouns that `:num[…units]` prints after 개 ("26개 사업"), kept in the reported figure. */
const NOUNS_AFTER_GAE = ["세부사업", "사업", "기업", "과정", "프로그램", "상"];

// ── what may follow a counter or 원: the end of the word, or a particle ──────────────────────
const COMMON_PARTICLES = [
  "의",
  "에",
  "도",
  "만",
  "뿐",
  "씩",
  "쯤",
  "께",
  "꼴",
  "까지",
  "마저",
  "조차",
  "부터",
  "밖에",
  "처럼",
  "보다",
  "마다",
  "만큼",
  "가량",
  "남짓",
  "인데",
  "인지",
  "인가",
  "입니",
];
const AFTER_CONSONANT = ["이", "은", "을", "과", "으", "임"];
const AFTER_VOWEL = ["가", "는", "를", "와", "로", "라", "나", "야", "였", "예", "다", "랑", "든"];
const NOT_HANGUL = "$|[^가-힣]";

/** Does the word end with a consonant (받침)? "사업" → true, "개" → false. */
function endsInConsonant(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

const wordEnd = (word: string, extra: string[] = []) =>
  `(?=${NOT_HANGUL}|${[...COMMON_PARTICLES, ...(endsInConsonant(word) ? AFTER_CONSONANT : AFTER_VOWEL), ...extra].join("|")})`;

/** "명(?=…particles…)|개(?=…)": each counter with the particles its last sound takes. */
const counterAlternatives = (counters: Counter[]) =>
  [...counters]
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word }) =>
      word === "개"
        ? `개(?:\\s+(?:${NOUNS_AFTER_GAE.map((n) => `${n}${wordEnd(n)}`).join("|")})|${wordEnd("개")})`
        : `${word}${wordEnd(word)}`,
    )
    .join("|");

// ── numbers ────────────────────────────────────────────────────────────────────────────────
const SINO_DIGIT = "[일이삼사오육칠팔구]";
const SINO_CHAR = "[일이삼사오육칠팔구십백천만억조]";
/** 1 to 9999 in Sino-Korean words: [digit]천 [digit]백 [digit]십 [digit], each place optional. */
const SINO_SMALL = `(?:${SINO_DIGIT}?천)?(?:${SINO_DIGIT}?백)?(?:${SINO_DIGIT}?십)?${SINO_DIGIT}?`;
/**
 * A well formed Sino-Korean number (이천칠백, 삼억오천만, 백만), not empty and not a lone
 * digit syllable: the lookbehinds check the last syllable read is a numeral, and that it is not
 * a single 일~구 standing alone. A last 이 after 억, 만, 천 or 백 is the particle ("삼억이 들었다").
 */
const SINO_NUMBER = `(?:${SINO_SMALL}조)?(?:${SINO_SMALL}억)?(?:${SINO_SMALL}만)?${SINO_SMALL}(?<=${SINO_CHAR})(?<!(?<![가-힣])${SINO_DIGIT})(?<![억만천백]이)`;
const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const DIGITS_WITH_UNIT = `${DIGITS}[십백천만억조]+`;
/** 186, 2,795, 1.35억, 135백만, 1억 3500만, 1억 2000, 3억 오천만, 1억오천만, 이천칠백. */
const NUMBER = `(?:(?:${DIGITS_WITH_UNIT}|${SINO_NUMBER})(?:\\s*${DIGITS_WITH_UNIT}|\\s+${SINO_NUMBER}|(?<=\\d[십백천만억조]*)(?=${SINO_CHAR}{2})${SINO_NUMBER})*(?:\\s*${DIGITS}(?![\\d.,]))?|${DIGITS}(?![\\d.,]))`;
/** A number begins a word: not inside one, and not in the middle of 1,350 or 1.35. */
const NUMBER_START = "(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])";

const NUMERIC_COUNTERS = COUNTERS.filter((c) => !c.nativeOnly);
const NUMERIC = new RegExp(
  `${NUMBER_START}(?<about>약\\s*)?(?<number>(?:${NUMBER}\\s*[~∼〜-]\\s*)?${NUMBER})(?<approx>여)?` +
    `(?:(?<streak>\\s*(?:(?:년|회|번)\\s*)?연속)` +
    `|(?<won>\\s*원)${wordEnd("원", ["대", "짜리", "어치", "인"])}` +
    `|(?<space>\\s*)(?<counter>${counterAlternatives(NUMERIC_COUNTERS)})` +
    `|${wordEnd("억", ["대", ...AFTER_VOWEL])})`,
  "yu",
);

const NATIVE_UNITS = "한|두|세|네|다섯|여섯|일곱|여덟|아홉";
const NATIVE_TENS = "열|스물|서른|마흔|쉰|예순|일흔|여든|아흔";
/** Native numerals before a counter: 한 … 아홉, 열 … 아흔, 스무, and 열두, 스물네, 서른다섯. */
const NATIVE = `(?:${NATIVE_TENS})\\s?(?:${NATIVE_UNITS})|${NATIVE_UNITS}|스무|${NATIVE_TENS}`;
const NATIVE_COUNT = new RegExp(
  `(?<![가-힣\\d])(?<number>${NATIVE})(?:(?<streak>\\s*(?:해|번|차례)\\s*연속)|(?<space>\\s*)(?<counter>${counterAlternatives(COUNTERS)}))`,
  "yu",
);
/** A native number standing alone for a count: "공개된 사업은 넷뿐이다", "모두 다섯이다". */
const NATIVE_ALONE = new RegExp(
  "(?<![가-힣\\d])(?<number>둘|셋|넷|다섯|여섯|일곱|여덟|아홉)(?=뿐|밖에|이다|입니다|이었|이며|이고|이라)",
  "yu",
);
/** "삼 년 연속": a lone Sino-Korean digit is a number here only. */
const SINO_STREAK = new RegExp(`(?<![가-힣\\d])(?<number>${SINO_CHAR}{1,3})(?<streak>\\s*년\\s*연속)`, "yu");

/** Could a figure start here? A digit, 약, or the first syllable of a Korean numeral. */
const MAY_START = /[\d약한두세네다여일아열스서마쉰예둘셋넷이삼사오육칠팔구십백천만억조]/u;

type Read = { length: number; kind: HandTypedKind; directive: string } | null;

const hasDigit = (text: string) => /\d/.test(text);
const counterOf = (text: string) =>
  COUNTERS.find((c) => text === c.word || text.startsWith(`${c.word} `)) ?? COUNTERS[7]!;

function readNumeric(text: string, at: number): Read {
  NUMERIC.lastIndex = at;
  const match = NUMERIC.exec(text);
  if (!match?.groups) return null;
  const { number = "", approx, streak, won, space = "", counter } = match.groups;
  const inWords = !hasDigit(number);
  const figure = (kind: HandTypedKind, directive: Directive): Read => ({
    length: match[0].length,
    kind,
    directive: DIRECTIVES[directive],
  });
  // Sino-Korean words: groups are separated by spaces, so a lone unit is a one-syllable word.
  const loneSyllable = inWords && /^[십백천만억조]$/.test(number);
  if (streak !== undefined) return figure("streak", "streak");
  if (won !== undefined) {
    if (loneSyllable && !/^\s/.test(won) && !approx) return null; // 만원 (full), 사원, 조원
    return figure("money", "money");
  }
  if (counter !== undefined) {
    const { counts, noun, notAfterDigits } = counterOf(counter);
    if (!inWords && notAfterDigits) return null;
    if (!inWords && noun && space !== "") return null; // "2025 사업": a year before a noun
    if (inWords) {
      if (/[억조]/.test(number)) return null; // 구조 사업: nobody counts in 억 or 조
      if (loneSyllable && space === "" && !approx) return null; // 천명, 조명, 만개
      return figure("number-words", counts);
    }
    return figure("count", counts);
  }
  // No counter and no 원: money only if the number has a big unit ("13억", "5천만", "삼억이").
  const bare = inWords ? /[일이삼사오육칠팔구십백천]억/.test(number) : /\d[십백천만억조]*[천만억조]/.test(number);
  // "1천 년 역사", "10만 세대": a time, an age or a size, not an amount of money.
  const measure = /^\s*(?:년|개월|세|살|시간|일|주|분의)/.test(text.slice(at + match[0].length));
  return bare && !approx && !measure ? figure("money", "money") : null;
}

function readNativeCount(text: string, at: number): Read {
  NATIVE_COUNT.lastIndex = at;
  const match = NATIVE_COUNT.exec(text);
  if (!match?.groups) return null;
  const { number = "", streak, space = "", counter } = match.groups;
  const first = /^[가-힣]+/.exec(number)?.[0] ?? "";
  // "문을 열 곳", "일을 한 곳", "하루를 쉰 기업": after an object these are verbs.
  if (/^(?:한|열|쉰)$/.test(first) && /[을를]\s+$/.test(text.slice(0, at))) return null;
  if (streak !== undefined) return { length: match[0].length, kind: "streak", directive: DIRECTIVES.streak };
  if (counter === undefined) return null;
  const rule = counterOf(counter);
  if (space === "" && (!rule.touchesNative || number === "한")) return null; // 한가지로, 세배, 두건
  if (number === "한") {
    if (rule.notAfterHan) return null;
    // "한 기업 관계자", "한 사람이": 한 is "a"; "한 기업뿐", "한 번밖에" count.
    if (rule.noun && !/^(?:뿐|밖에|만(?!\s*더))/.test(text.slice(at + match[0].length))) return null;
  }
  return { length: match[0].length, kind: "number-words", directive: DIRECTIVES[rule.counts] };
}

function readAlone(pattern: RegExp, kind: HandTypedKind, directive: Directive) {
  return (text: string, at: number): Read => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    return match ? { length: match[0].length, kind, directive: DIRECTIVES[directive] } : null;
  };
}

const READERS = [
  readNumeric,
  readNativeCount,
  readAlone(NATIVE_ALONE, "number-words", "other"),
  readAlone(SINO_STREAK, "streak", "streak"),
];

/**
 * Every hand-typed money amount or count in `text`, left to right, never overlapping: where two
 * readings start at the same place the longer wins ("세 번 연속" is a streak, not "세 번").
 */
export function findHandTypedFigures(text: string): HandTypedFigure[] {
  const found: HandTypedFigure[] = [];
  let at = 0;
  while (at < text.length) {
    if (!MAY_START.test(text[at]!)) {
      at += 1;
      continue;
    }
    let best: Read = null;
    for (const read of READERS) {
      const result = read(text, at);
      if (result && result.length > (best?.length ?? 0)) best = result;
    }
    if (!best) {
      at += 1;
      continue;
    }
    const figureText = text.slice(at, at + best.length);
    const trimmed = figureText.trimEnd();
    found.push({ index: at, length: trimmed.length, text: trimmed, kind: best.kind, directive: best.directive });
    at += best.length;
  }
  return found;
}
