/**
 * The embed pages of the suite's build (/embed/<figure-id>/) on their own: their metadata,
 * and the render flags of the query string (dark, plain, transparent, static), applied by
 * the page's script under the strict CSP, with JavaScript off leaving the defaults. The
 * gates every page gets (axe, widths, islands, no-JS) run over these pages from
 * pages.test.ts, axe.test.ts and island.test.ts; axe runs here again with flags on.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import { formatRgb } from "culori";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUrls } from "../../src/embed/urls.ts";
import { DARK, LIGHT } from "../../src/theme/palette.ts";
import { TEST_SITE_URL } from "../helpers/build-project.ts";
import { figureHomeRoute } from "../helpers/figure-homes.ts";
import { launchChromium } from "../helpers/browser.ts";
import { distDir, openPage, PAGES, type SitePage } from "./support.ts";

const EMBEDS = PAGES.filter((p) => /^\/embed\/[^/]+\/$/.test(p.path));
// The suite's build (test/browser/global-setup.ts) is a ProjectCopy build at the site root.
// A figure's canonical home is the first story placing it, read from the built copy's stories.
const projectDir = join(distDir, "..");
const urls = createUrls({ site: TEST_SITE_URL, base: "/", figureHome: (id) => figureHomeRoute(projectDir, id) });
const BACKGROUND = { light: formatRgb(LIGHT.background), dark: formatRgb(DARK.background) };
const TRANSPARENT = "rgba(0, 0, 0, 0)";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  resultTypes: ["violations"],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const withQuery = (page: SitePage, query: string): SitePage => ({ ...page, path: `${page.path}${query}` });
const background = (page: Page, selector = "html") =>
  page.evaluate((s) => getComputedStyle(document.querySelector(s)!).backgroundColor, selector);

it("finds an embed page for every figure the stories place", () => {
  const stories = PAGES.filter((p) => p.path === "/" || p.path.startsWith("/stories/"));
  const placed = [...new Set(stories.flatMap((story) => story.figures))];
  expect(placed.length).toBeGreaterThan(0);
  for (const id of placed) expect(EMBEDS.map((p) => p.path)).toContain(`/embed/${id.replace(/^figure-/, "")}/`);
});

describe.each(EMBEDS)("$path", (target) => {
  const figureId = target.path.split("/")[2]!;

  it("is marked noindex, canonical to the chart in the story, with og:image and oEmbed discovery", () => {
    const { document } = parseHTML(readFileSync(join(distDir, target.path, "index.html"), "utf8"));
    const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name);
    expect(attr('meta[name="robots"]', "content")).toBe("noindex");
    expect(attr('link[rel="canonical"]', "href")).toBe(urls.storyChart(figureId));
    expect(attr('meta[property="og:image"]', "content")).toBe(urls.card(figureId));
    expect([
      attr('meta[property="og:image:width"]', "content"),
      attr('meta[property="og:image:height"]', "content"),
    ]).toEqual(["1200", "630"]);
    const oembed = document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(oembed?.getAttribute("href")).toBe(urls.oembed(figureId));
    expect(oembed?.getAttribute("title")).toBeTruthy();
    expect(attr(".embed-credit a", "href")).toBe(urls.storyChart(figureId));
    expect(document.querySelectorAll("h1").length).toBe(1);
    expect(document.querySelector("[data-embed-content]")?.getAttribute("data-figure-id")).toBe(figureId);
  });

  it.each([
    ["?dark=true", "light", BACKGROUND.dark],
    ["?dark=false", "dark", BACKGROUND.light],
    ["?dark=auto", "dark", BACKGROUND.dark],
    ["?dark=auto", "light", BACKGROUND.light],
    ["", "dark", BACKGROUND.dark],
  ] as const)("%s in a %s-scheme browser gives the %s background", async (query, scheme, expected) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 600, height: 800 } });
    const { page, problems } = await openPage(context, withQuery(target, query));
    await expect.poll(() => background(page)).toBe(expected);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("?plain shows the chart only: no title, subtitle, notes, source or link back", async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
    const { page, problems } = await openPage(context, withQuery(target, "?plain"));
    await page.locator("html[data-plain]").waitFor({ state: "attached" });
    for (const hidden of [".chart-title", ".chart-subtitle", "figure.chart figcaption", ".embed-credit"])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await page.locator("chart-island > .chart-stage").first().isVisible()).toBe(true);
    expect(await page.locator("figure.chart details.chart-table > summary").isVisible()).toBe(true);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("?transparent lets the host's background show through", async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
    const { page, problems } = await openPage(context, withQuery(target, "?transparent"));
    await expect.poll(() => background(page)).toBe(TRANSPARENT);
    expect(await background(page, "body")).toBe(TRANSPARENT);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("?static never hydrates the island; without it the island hydrates", async () => {
    for (const [query, hydrated] of [
      ["?static", false],
      ["", true],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 600, height: 800 } });
      const { page, problems } = await openPage(context, withQuery(target, query));
      await page.waitForLoadState("load");
      for (const island of await page.locator("chart-island").all()) await island.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      expect(await page.locator("chart-island[data-hydrated]").count(), query || "no flags").toBe(
        hydrated ? target.charts.length : 0,
      );
      if (!hydrated) {
        // Each view stays one image (the shown one on screen), with no Tab stop in it.
        expect(await page.locator('chart-island .chart-view[role="img"]').count()).toBe(
          target.charts.reduce((n, chart) => n + chart.views.length, 0),
        );
        expect(await page.locator("chart-island [tabindex]").count()).toBe(0);
      }
      expect(await problems()).toEqual([]);
      await context.close();
    }
  });

  it("without JavaScript every flag is ignored and the defaults apply", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      colorScheme: "light",
      viewport: { width: 320, height: 640 },
    });
    const { page, problems } = await openPage(context, withQuery(target, "?dark=true&plain&transparent&static"));
    expect(await background(page)).toBe(BACKGROUND.light);
    expect(await page.locator(".chart-title").isVisible()).toBe(true);
    expect(await page.locator(".embed-credit").isVisible()).toBe(true);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  // (axe judges a transparent page against white, so ?transparent is audited in the light scheme.)
  it.each([
    ["?dark=true", "light"],
    ["?dark=false&plain", "dark"],
    ["?transparent&static", "light"],
  ] as const)("axe finds no WCAG 2.2 AA violation with %s in a %s-scheme browser", async (query, scheme) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 320, height: 800 } });
    const { page, problems } = await openPage(context, withQuery(target, query));
    await page.waitForLoadState("load");
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(
      (options) =>
        (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
          document,
          options,
        ),
      AXE_OPTIONS,
    );
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(violations).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
