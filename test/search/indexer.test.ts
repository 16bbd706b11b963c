import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { jsonCache, scoped, type JsonCache } from "../../src/cache/json-cache.ts";
import { loadEngine, search } from "../../src/search/engine.ts";
import { pageText, readableText } from "../../src/search/extract.ts";
import { buildSearchIndex, htmlFiles, indexablePath, pageUrl, searchDocs } from "../../src/search/indexer.ts";
import { ROOT } from "../helpers/site-data.ts";

const FIXTURE = join(ROOT, "test/fixtures/search");

describe("which pages are indexed", () => {
  it("htmlFiles lists the folder's .html files, sorted, '/'-separated", () => {
    expect(htmlFiles(FIXTURE)).toEqual([
      "404.html",
      "downloads/card.html",
      "embed/index.html",
      "embed/money-by-program/index.html",
      "index.html",
      "methodology/index.html",
      "no-main.html",
      "programs/new-middle-age/index.html",
      "programs/youth-package/index.html",
      "quiet/index.html",
      "search/index.html",
      "stories/other/index.html",
    ]);
  });

  it("indexablePath leaves out embed pages and the gallery, downloads, the search page and 404", () => {
    expect(htmlFiles(FIXTURE).filter(indexablePath)).toEqual([
      "index.html",
      "methodology/index.html",
      "no-main.html",
      "programs/new-middle-age/index.html",
      "programs/youth-package/index.html",
      "quiet/index.html",
      "stories/other/index.html",
    ]);
    expect(indexablePath("notes.txt")).toBe(false);
  });

  it("searchDocs also leaves out a noindex page and a page without <main>", () => {
    expect(searchDocs(FIXTURE).map((d) => d.url)).toEqual([
      "/",
      "/methodology/",
      "/programs/new-middle-age/",
      "/programs/youth-package/",
      "/stories/other/",
    ]);
  });

  it('pageUrl("programs/x/index.html", "/goyang/") → "/goyang/programs/x/"', () => {
    expect(pageUrl("programs/x/index.html", "/goyang/")).toBe("/goyang/programs/x/");
    expect(pageUrl("index.html", "/goyang")).toBe("/goyang/");
    expect(pageUrl("index.html")).toBe("/");
    expect(searchDocs(FIXTURE, "/news/goyang/")[0]!.url).toBe("/news/goyang/");
  });
});

describe("what is read of a page", () => {
  const story = searchDocs(FIXTURE).find((d) => d.url === "/")!;

  it("the <h1> is the title and is not repeated in the text", () => {
    expect(story.title).toBe("고양시 2025년 일자리 사업");
    expect(story.text).not.toContain("고양시 2025년");
  });

  it("the <main> only, blocks on lines of their own, side-by-side elements a space apart", () => {
    expect(story.text.split("\n")).toEqual([
      "가장 큰 몫은 청년 일자리 미래 패키지로, 예산은 13억 원입니다.",
      "약 18억 원 금액이 알려진 사업",
      "신중년 경력형 일자리 사업은 금액이 공개되지 않았습니다.",
    ]);
  });

  it("never scripts, styles, templates, drawings, buttons, hidden or aria-hidden parts, or data-search-ignore", () => {
    const words = [
      "머리글",
      "5000만",
      "툴팁숨김말",
      "정렬단추말",
      "스크립트말",
      "템플릿말",
      "숨긴문단말",
      "목차무시말",
    ];
    expect(words.filter((word) => story.text.includes(word))).toEqual([]);
  });

  it("a page without an <h1> in <main> takes the document's <h1> or its <title>", () => {
    expect(searchDocs(FIXTURE).find((d) => d.url === "/stories/other/")!.title).toBe("다른 이야기");
  });

  it("a line break in the HTML source is a space; robots noindex or none means not indexed", () => {
    expect(searchDocs(FIXTURE).find((d) => d.url === "/methodology/")!.text).toContain("경력 형식은");
    expect(pageText('<meta name="robots" content="none"><main><h1>a</h1></main>')).toBeNull();
    expect(pageText('<meta name="ROBOTS" content="NOINDEX"><main><h1>a</h1></main>')).toBeNull();
    expect(pageText('<meta name="robots" content="index, follow"><main><h1>a</h1></main>')).toEqual({
      title: "a",
      text: "",
    });
  });

  it("readableText joins inline text without adding spaces inside words", () => {
    const { document } = parseHTML(
      "<!doctype html><html><body><p><strong>청년</strong>의 <em>일</em>자리</p></body></html>",
    );
    expect(readableText(document.querySelector("p") as never)).toBe("청년의 일자리");
  });
});

describe("the index of the fixture folder", () => {
  const engine = loadEngine(JSON.parse(JSON.stringify(buildSearchIndex(FIXTURE))));
  const urls = (query: string) =>
    search(engine, query)
      .hits.map((h) => h.url)
      .sort();

  it("finds the four queries where their terms are, and nothing from pages left out", () => {
    expect(urls("예산은")).toEqual(["/", "/programs/new-middle-age/", "/programs/youth-package/"]);
    expect(urls("청년의")).toEqual(["/", "/methodology/", "/programs/youth-package/"]);
    expect(urls("청년일자리미래패키지")).toEqual(["/", "/programs/youth-package/"]);
    expect(urls("신중년경력형")).toEqual(["/", "/programs/new-middle-age/"]);
  });

  it("finds nothing for words only on left-out pages or outside <main>", () => {
    for (const word of ["숨은말", "퍼가기말", "내려받기말", "검색말", "없는말", "본문없는말", "머리글", "툴팁숨김말"])
      expect(urls(word), word).toEqual([]);
  });

  it("is the same bytes when built twice", () => {
    expect(JSON.stringify(buildSearchIndex(FIXTURE))).toBe(JSON.stringify(buildSearchIndex(FIXTURE)));
  });
});

describe("a build's cache of the pages' text", () => {
  it("gives the same documents, and reads a page whose HTML is unchanged from the cache", () => {
    const dir = mkdtempSync(join(tmpdir(), "search-cache-"));
    const counting = (cache: JsonCache, count: () => void): JsonCache => ({
      ...cache,
      get: (key, compute) => cache.get(key, () => (count(), compute())),
    });
    try {
      const cache = scoped(jsonCache(dir), "code 1\n");
      const expected = searchDocs(FIXTURE);
      expect(searchDocs(FIXTURE, "/", cache)).toEqual(expected);
      // A page's text is taken from the cache, not read again: a planted value shows it.
      const planted: JsonCache = {
        ...cache,
        get: (key, compute) =>
          (key.includes("<main") ? { title: "캐시", text: "캐시에서" } : cache.get(key, compute)) as never,
      };
      expect(searchDocs(FIXTURE, "/", planted).every((d) => d.title === "캐시")).toBe(true);
      // Same HTML, same code: nothing computed again, and the same documents.
      let computed = 0;
      expect(
        searchDocs(
          FIXTURE,
          "/",
          counting(cache, () => computed++),
        ),
      ).toEqual(expected);
      expect(computed).toBe(0);
      // Other code (another scope of the same folder, as buildValues makes): every page read again.
      searchDocs(
        FIXTURE,
        "/",
        counting(scoped(jsonCache(dir), "code 2\n"), () => computed++),
      );
      expect(computed).toBe(htmlFiles(FIXTURE).filter(indexablePath).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
