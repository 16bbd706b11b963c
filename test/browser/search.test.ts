/**
 * Site search (/search/) in Chromium on the built site: each of the four Korean
 * queries (particles: 예산은, 청년의; compounds typed without spaces: 청년일자리미래패키지,
 * 신중년경력형) lists exactly the pages whose built HTML contains the term (worked out here
 * from dist/ with a regular expression, not by the search code), with the match marked;
 * results are links that open; a nonsense query says so; the GET form works from the
 * keyboard; no request leaves the origin and nothing reaches the console or the CSP report.
 * axe audits the page with results in both schemes (axe.test.ts audits it as loaded); HTML
 * validity, links, no JS and sideways scroll cover it in the page-wide gates.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import { parseHTML } from "linkedom";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { baseUrl, distDir, openPage, PAGES, SCHEMES } from "./support.ts";

const searchPage = PAGES.find((p) => p.path === "/search/");
if (!searchPage) throw new Error("the build has no /search/ page");

/** Each page a reader may find (not embed, downloads, search, noindex) with the text of its <main>. */
const pages = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === "index.html")
  .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
  .filter((file) => !/^(embed|downloads|search)\//.test(file))
  .flatMap((file) => {
    const { document } = parseHTML(readFileSync(join(distDir, file), "utf8"));
    const main = document.querySelector("main");
    if (!main || /noindex/i.test(document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? ""))
      return [];
    // What a reader does not read as text: code, chart drawings, buttons, hidden parts.
    const skip = "script, style, template, noscript, svg, button, [hidden], [aria-hidden='true'], [data-search-ignore]";
    for (const element of [...main.querySelectorAll(skip)]) element.remove();
    return [{ path: `/${file.replace(/index\.html$/, "")}`, text: main.textContent ?? "" }];
  });

/** The queries, and the term a page must contain to be found by each. */
const QUERIES = [
  { query: "예산은", term: /예산/, stem: "예산" },
  { query: "청년의", term: /청년/, stem: "청년" },
  { query: "청년일자리미래패키지", term: /청년\s*일자리\s*미래\s*패키지/ },
  { query: "신중년경력형", term: /신중년\s*경력형/ },
] as const;

const expectedPaths = (term: RegExp) =>
  pages
    .filter((p) => term.test(p.text))
    .map((p) => p.path)
    .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: () => Promise<string[]>;
  requests: string[];
}

/** The search page for `query`, once its status says it is done; every request it made recorded. */
async function searchFor(query: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const { page, problems } = await openPage(context, searchPage!);
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return { context, page, problems, requests };
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector(".search-status")?.textContent ?? "";
    return text !== "" && !text.includes("찾는 중");
  });
}

const hitPaths = (page: Page) =>
  page
    .locator(".search-hit h2 a")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe("/search/ in Chromium", () => {
  it("the built site has pages to search, and the search page itself is not one of them", () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.path)).toContain("/");
    for (const { term } of QUERIES) expect(expectedPaths(term).length, String(term)).toBeGreaterThan(0);
  });

  describe.each(QUERIES)("q=$query", ({ query, term, ...rest }) => {
    it("lists exactly the pages that contain the term, each with the match marked, and says how many", async () => {
      const { context, page, problems, requests } = await searchFor(query);
      const expected = expectedPaths(term);
      expect((await hitPaths(page)).sort()).toEqual(expected);
      expect(await page.locator(".search-status").textContent()).toBe(`‘${query}’ 검색 결과 ${expected.length}건`);
      expect(await page.locator('[role="status"]').count()).toBe(1);
      const hits = page.locator(".search-hit");
      for (let i = 0; i < expected.length; i++) {
        const marks = await hits.nth(i).locator("mark").allTextContents();
        expect(marks.length, `hit ${i} has a <mark>`).toBeGreaterThan(0);
        for (const mark of marks) expect(mark).toMatch(term);
      }
      if ("stem" in rest) expect(await page.locator(".search-note").textContent()).toContain(rest.stem);
      expect(await page.locator("#search-q").inputValue()).toBe(query);
      expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
      expect(requests).toContain(`${baseUrl}/search/index.json`);
      expect(await problems()).toEqual([]);
      await context.close();
    });
  });

  it("a result is a link that opens its page", async () => {
    const { context, page, problems } = await searchFor("신중년경력형");
    const first = page.locator(".search-hit h2 a").first();
    const title = (await first.textContent())?.trim();
    const href = await first.getAttribute("href");
    await Promise.all([page.waitForURL(`${baseUrl}${href}`), first.click()]);
    expect(await page.locator("h1").first().textContent()).toContain(title);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("a nonsense query says in Korean that nothing matched, and lists nothing", async () => {
    const { context, page, problems, requests } = await searchFor("쀍뛟xyzzy");
    expect(await page.locator(".search-status").textContent()).toBe(
      "‘쀍뛟xyzzy’에 맞는 결과가 없습니다. 다른 낱말로 찾아 보세요.",
    );
    expect(await page.locator(".search-hit").count()).toBe(0);
    expect(await page.locator(".search-results").isVisible()).toBe(false);
    expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("the form is a GET form: typing a query and pressing Enter lists the results at ?q=", async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    const { page, problems } = await openPage(context, searchPage!);
    expect(await page.locator(".search-status").isVisible()).toBe(false);
    expect(await page.locator(".search-hit").count()).toBe(0);
    expect(requests, "no index is fetched before a search").not.toContain(`${baseUrl}/search/index.json`);
    await page.getByLabel("찾을 말").fill("청년일자리미래패키지");
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("청년일자리미래패키지");
    await settled(page);
    expect((await hitPaths(page)).sort()).toEqual(expectedPaths(QUERIES[2].term));
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it.each(SCHEMES)("axe finds no WCAG 2.2 AA violation with results shown, in the %s scheme", async (scheme) => {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const options: RunOptions = {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    };
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 320, height: 800 } });
    const { page, problems } = await openPage(context, searchPage!);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent("예산은")}`);
    await settled(page);
    expect(await page.locator(".search-hit mark").count()).toBeGreaterThan(0);
    // As in axe.test.ts: evaluated through DevTools, so the page's CSP stays on.
    await page.evaluate(axe);
    const results = await page.evaluate(
      (o) =>
        (window as unknown as { axe: { run(d: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, o),
      options,
    );
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("without JavaScript says that search needs it", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, problems } = await openPage(context, searchPage!);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent("청년")}`);
    const message = page.locator(".search-needs-js");
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain("검색은 자바스크립트가 켜져 있어야 작동합니다");
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
