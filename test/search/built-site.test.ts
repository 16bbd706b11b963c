/**
 * Search in the real build: the index the integration wrote holds every page a reader may
 * land on and no other (decided here from the built HTML itself, not by the indexer's own
 * rules), the search page is a GET form, and the search page's JavaScript (with its lazily
 * loaded engine) and the index stay within test/budgets.json's searchGzipBytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { INDEX_PATH, loadEngine, search, type SearchIndexFile } from "../../src/search/engine.ts";
import { useBuiltSite } from "../helpers/built-site.ts";
import { gzipBytes } from "../helpers/page-weight.ts";
import { ROOT } from "../helpers/site-data.ts";

const site = useBuiltSite();
const budgets = JSON.parse(readFileSync(join(ROOT, "test/budgets.json"), "utf8")) as {
  searchGzipBytes: { js: number; index: number };
};

const read = (file: string) => readFileSync(join(site().dist, file), "utf8");
const indexText = () => read(INDEX_PATH);
const index = () => JSON.parse(indexText()) as SearchIndexFile;
const indexedUrls = () => Object.values(index().engine.documentIds).map(String).sort();

/** The pages a reader may find: HTML with a <main>, not an embed, download or the search page, not noindex. */
function expectedUrls(): string[] {
  const { pages, links } = site();
  return pages
    .filter((page) => !/^(embed|downloads|search)\//.test(page) && !/(^|\/)404\.html$/.test(page))
    .filter((page) => {
      const { document } = parseHTML(read(page));
      const robots = document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "";
      return document.querySelector("main") !== null && !/noindex/i.test(robots);
    })
    .map((page) => `${links.base}${page.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
}

/** The page's JS files: its scripts and everything they import, statically or later (any quotes). */
function scriptFiles(page: string): string[] {
  const { document } = parseHTML(read(page));
  const base = site().links.base;
  const queue = [...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!.slice(base.length));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const dir = file.slice(0, file.lastIndexOf("/") + 1);
    for (const m of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\/[^"'`]+\.js)["'`]/g))
      queue.push(`${dir}${m[1]!.slice(2)}`);
  }
  return [...seen].sort();
}

describe("the built search index", () => {
  it("indexes every page a reader may find, and none of the embed, download, search or noindex pages", () => {
    const expected = expectedUrls();
    expect(expected, "the build has pages to find").toContain(site().links.base);
    expect(indexedUrls()).toEqual(expected);
    expect(indexedUrls().some((url) => /\/(embed|downloads|search)\//.test(url))).toBe(false);
  });

  it("finds the main story's own words (its title, from the built page)", () => {
    const { document } = parseHTML(read("index.html"));
    const title = document.querySelector("main h1")?.textContent?.trim() ?? "";
    expect(title).not.toBe("");
    const hits = search(loadEngine(index()), title).hits.map((h) => h.url);
    expect(hits[0]).toBe(site().links.base);
  });
});

describe("the search page", () => {
  it("is a GET form to itself with a search role, a labelled q field and a status region", () => {
    const { document } = parseHTML(read("search/index.html"));
    const form = document.querySelector('form[role="search"]');
    expect(form?.getAttribute("action")).toBe(`${site().links.base}search/`);
    expect(form?.getAttribute("method")).toBe("get");
    const input = form?.querySelector('input[name="q"]');
    expect(document.querySelector(`label[for="${input?.getAttribute("id")}"]`)).not.toBeNull();
    expect(document.querySelector('[role="status"]')).not.toBeNull();
    expect(document.querySelector("main")?.getAttribute("data-search-index")).toBe(`${site().links.base}${INDEX_PATH}`);
    expect(document.querySelector("noscript")?.textContent).toMatch(/자바스크립트/);
  });
});

describe("search budgets (test/budgets.json searchGzipBytes)", () => {
  it("the search page's JavaScript, its lazily loaded engine included, within budget", () => {
    const files = scriptFiles("search/index.html");
    expect(
      files.some((f) => /engine\./.test(f)),
      `the engine chunk is among ${files.join(", ")}`,
    ).toBe(true);
    const bytes = files.reduce((sum, f) => sum + gzipBytes(read(f)), 0);
    console.info(`search page JS: ${bytes} B gzip (${files.join(", ")})`);
    expect(bytes).toBeLessThanOrEqual(budgets.searchGzipBytes.js);
  });

  it("the index within budget", () => {
    const bytes = gzipBytes(indexText());
    console.info(`search index: ${bytes} B gzip, ${indexedUrls().length} pages`);
    expect(bytes).toBeLessThanOrEqual(budgets.searchGzipBytes.index);
  });
});
