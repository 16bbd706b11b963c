import { describe, expect, it } from "vitest";
import {
  createEngine,
  indexFile,
  loadEngine,
  marked,
  matchRanges,
  search,
  snippet,
  type Part,
  type SearchDoc,
} from "../../src/search/engine.ts";
import { indexTerms } from "../../src/search/korean.ts";

const DOCS: SearchDoc[] = [
  {
    url: "/",
    title: "고양시 2025년 일자리 사업",
    text: "가장 큰 몫은 청년 일자리 미래 패키지로, 예산은 13억 원입니다.\n신중년 경력형 일자리 사업은 금액이 공개되지 않았습니다.",
  },
  {
    url: "/programs/youth-package/",
    title: "청년 일자리 미래 패키지",
    text: "청년의 취업을 돕는 사업입니다.\n예산\n13억 원",
  },
  {
    url: "/programs/new-middle-age/",
    title: "신중년 경력형 일자리",
    text: "경력을 살린 신중년이 공공 분야에서 일합니다. 예산이 공개되지 않았습니다.",
  },
  // Every bigram of the two compounds, scattered: never a match for them.
  {
    url: "/methodology/",
    title: "자료와 방법",
    text: "청년 정책과 미래 세대, 일자리 통계의 패키지를 따로 셉니다. 신중년, 경력 형식은 따로 적습니다.",
  },
  // Every bigram of 신중년경력형 (신중, 중년, 년경, 경력, 력형), never the word itself.
  { url: "/scattered/", title: "흩어진 말", text: "신중년. 중년경영 경력형식을 봅니다." },
];

const engine = createEngine(DOCS);
const urls = (query: string) => search(engine, query).hits.map((hit) => hit.url);
const show = (parts: Part[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

describe("search(engine, query) on four pages", () => {
  it('"예산은" searches the stem 예산 and finds every page with 예산 (예산은, 예산, 예산이), not only 예산은', () => {
    const answer = search(engine, "예산은");
    expect(answer.asked).toEqual(["예산은"]);
    expect(answer.words).toEqual(["예산"]);
    expect(answer.hits.map((h) => h.url).sort()).toEqual([
      "/",
      "/programs/new-middle-age/",
      "/programs/youth-package/",
    ]);
  });

  it('"청년의" searches 청년: the pages with 청년, whatever follows it', () => {
    expect(search(engine, "청년의").words).toEqual(["청년"]);
    expect(urls("청년의").sort()).toEqual(["/", "/methodology/", "/programs/youth-package/"]);
  });

  it('"청년일자리미래패키지" finds the pages that write "청년 일자리 미래 패키지", not the page with its words apart', () => {
    expect(urls("청년일자리미래패키지").sort()).toEqual(["/", "/programs/youth-package/"]);
  });

  it('"청년 일자리 미래 패키지" (typed apart) finds each word anywhere, the pages with them together first', () => {
    const found = urls("청년 일자리 미래 패키지");
    expect(found.slice(0, 2).sort()).toEqual(["/", "/programs/youth-package/"]);
    expect(found[2]).toBe("/methodology/");
  });

  it("the page whose title is the term ranks first (the title counts three times)", () => {
    expect(urls("청년일자리미래패키지")[0]).toBe("/programs/youth-package/");
    expect(urls("신중년경력형")[0]).toBe("/programs/new-middle-age/");
  });

  it('"신중년경력형" finds "신중년 경력형", not "신중년, 경력 형식"', () => {
    expect(urls("신중년경력형").sort()).toEqual(["/", "/programs/new-middle-age/"]);
  });

  it("a page with every bigram of the word but not the word is not a match", () => {
    const terms = new Set(indexTerms(DOCS.at(-1)!.text));
    expect(
      indexTerms("신중년경력형").every((t) => terms.has(t)),
      "the page has every bigram",
    ).toBe(true);
    expect(urls("신중년경력형")).not.toContain("/scattered/");
    expect(urls("중년경영")).toEqual(["/scattered/"]);
  });

  it("every word must be on the page: 청년 신중년 finds the pages with both", () => {
    expect(urls("청년 신중년").sort()).toEqual(["/", "/methodology/"]);
  });

  it("a word on no page finds nothing; so does a particle on a stem on no page, and an empty query", () => {
    expect(urls("박람회")).toEqual([]);
    expect(urls("박람회는")).toEqual([]);
    expect(search(engine, "박람회는").words).toEqual(["박람회는"]);
    expect(urls("xyzzy")).toEqual([]);
    expect(urls("청년 xyzzy")).toEqual([]);
    expect(urls("  ")).toEqual([]);
  });

  it("the compounds' bigrams alone are not enough: 일자리미래 is on two pages, 패키지통계 on none", () => {
    expect(urls("일자리미래").sort()).toEqual(["/", "/programs/youth-package/"]);
    expect(urls("패키지통계")).toEqual([]);
  });

  it("one syllable, digits and a number with its unit are found by substring", () => {
    expect(urls("억").sort()).toEqual(["/", "/programs/youth-package/"]);
    expect(urls("13억").sort()).toEqual(["/", "/programs/youth-package/"]);
    expect(urls("202")).toEqual(["/"]);
  });

  it("marks the match in the title and the snippet", () => {
    const [hit] = search(engine, "신중년경력형").hits;
    expect(show(hit!.title)).toBe("[신중년 경력형] 일자리");
    expect(show(hit!.snippet)).toBe("경력을 살린 신중년이 공공 분야에서 일합니다. 예산이 공개되지 않았습니다.");
    const story = search(engine, "예산은").hits.find((h) => h.url === "/")!;
    expect(show(story.snippet)).toContain("패키지로, [예산]은 13억 원입니다. · 신중년");
  });
});

describe("the index file", () => {
  it("loads back to the same answers (what the browser gets is what the build made)", () => {
    const loaded = loadEngine(JSON.parse(JSON.stringify(indexFile(DOCS))));
    for (const query of ["예산은", "청년의", "청년일자리미래패키지", "신중년경력형", "xyzzy"])
      expect(search(loaded, query)).toEqual(search(engine, query));
  });

  it("is the same bytes for the same pages", () => {
    expect(JSON.stringify(indexFile(DOCS))).toBe(JSON.stringify(indexFile(structuredClone(DOCS))));
  });

  it("refuses an index of another version", () => {
    expect(() => loadEngine({ ...indexFile(DOCS), version: 2 as 1 })).toThrow(/version 2/);
  });
});

describe("snippets", () => {
  it('matchRanges("청년 일자리 미래", ["일자리미래"]) → the range in the text, the space inside it', () => {
    expect(matchRanges("청년 일자리 미래", ["일자리미래"])).toEqual([[3, 9]]);
    expect(matchRanges("청년, 청년", ["청년", "년"])).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });

  it('marked("청년 일자리", ["청년"]) → [청년] 일자리', () => {
    expect(marked("청년 일자리", ["청년"])).toEqual([
      { text: "청년", mark: true },
      { text: " 일자리", mark: false },
    ]);
  });

  it("a long text is cut around the first match at spaces, with … where it was cut", () => {
    const text = `${"앞말 ".repeat(40)}청년 일자리${" 뒷말".repeat(60)}`;
    const shown = show(snippet(text, ["청년"]));
    expect(shown).toMatch(/^…앞말 .*\[청년\] 일자리 뒷말.*…$/);
    expect(shown.length).toBeLessThanOrEqual(125);
    expect(shown).not.toMatch(/…말|앞…/);
  });

  it("the text's opening when the match is only in the title", () => {
    expect(show(snippet("본문입니다.", ["청년"]))).toBe("본문입니다.");
  });
});
