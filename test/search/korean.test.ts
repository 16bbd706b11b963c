import { describe, expect, it } from "vitest";
import {
  compact,
  indexTerms,
  isHangul,
  normalize,
  queryWords,
  runs,
  runTerms,
  stems,
} from "../../src/search/korean.ts";

describe("normalize and compact", () => {
  it('normalize("ＮＳＰ통신") → "nsp통신"; jamo compose to syllables', () => {
    expect(normalize("ＮＳＰ통신")).toBe("nsp통신");
    expect(normalize("\u1109\u1175")).toBe("시");
  });

  it("isHangul tells a syllable from a jamo, Latin or a digit", () => {
    expect(["청", "ㅊ", "a", "1", undefined].map(isHangul)).toEqual([true, false, false, false, false]);
  });

  it('compact("청년 일자리, 미래") drops the space between syllables only, mapping back to the text', () => {
    expect(compact("청년 일자리, 미래")).toEqual({ text: "청년일자리, 미래", at: [0, 1, 3, 4, 5, 6, 7, 8, 9] });
  });

  it("compact keeps spaces around Latin and digits, and line breaks between syllables", () => {
    expect(compact("2025 고양 open  data").text).toBe("2025 고양 open data");
    expect(compact("청년\n일자리").text).toBe("청년\n일자리");
    expect(compact("  청년 \n 일자리  ").text).toBe("청년\n일자리");
  });
});

describe("index terms", () => {
  it('runs("13억원 2025년, nsp통신") splits where Hangul meets another script', () => {
    expect(runs("13억원 2025년, nsp통신")).toEqual(["13", "억원", "2025", "년", "nsp", "통신"]);
  });

  it('runTerms("청년일자") → bigrams; one syllable is itself; other scripts whole', () => {
    expect(runTerms("청년일자")).toEqual(["청년", "년일", "일자"]);
    expect(runTerms("억")).toEqual(["억"]);
    expect(runTerms("2025")).toEqual(["2025"]);
  });

  it('indexTerms("청년 일자리 미래 패키지") → the bigrams of the compound, across the spaces', () => {
    expect(indexTerms("청년 일자리 미래 패키지")).toEqual([
      "청년",
      "년일",
      "일자",
      "자리",
      "리미",
      "미래",
      "래패",
      "패키",
      "키지",
    ]);
  });

  it("indexTerms never makes a bigram across punctuation or a line break", () => {
    expect(indexTerms("청년, 일자리")).toEqual(["청년", "일자", "자리"]);
    expect(indexTerms("청년\n일자리")).toEqual(["청년", "일자", "자리"]);
  });
});

describe("query words and stems", () => {
  it('queryWords(" 청년의, 예산은 ") → ["청년의", "예산은"]; repeats once; empty → []', () => {
    expect(queryWords(" 청년의, 예산은 ")).toEqual(["청년의", "예산은"]);
    expect(queryWords("청년 청년")).toEqual(["청년"]);
    expect(queryWords("  ·, ")).toEqual([]);
  });

  it('stems("예산은") → ["예산"], stems("청년의") → ["청년"]', () => {
    expect(stems("예산은")).toEqual(["예산"]);
    expect(stems("청년의")).toEqual(["청년"]);
  });

  it("stems of a long compound with a particle, longest particle first", () => {
    expect(stems("청년일자리미래패키지의")).toEqual(["청년일자리미래패키지"]);
    expect(stems("고양시에서는")).toEqual(["고양시", "고양시에서"]);
  });

  it("no stem for a compound without a particle, a two-syllable word, or a stem under two syllables", () => {
    expect(stems("청년일자리미래패키지")).toEqual([]);
    expect(stems("신중년경력형")).toEqual([]);
    expect(stems("예산")).toEqual([]);
    expect(stems("나이")).toEqual([]);
    expect(stems("일에서")).toEqual([]);
    expect(stems("2025년의")).toEqual(["2025년"]);
  });
});
