/**
 * What the browser tests share: the list of pages (read from the build output, so a new
 * page is covered without editing a test), what each page's built HTML promises (charts,
 * marks, tips), and opening a page with a recorder for anything a reader's console would
 * show as an error, CSP violations included.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { inject } from "vitest";

export const baseUrl = inject("baseUrl");
export const distDir = inject("distDir");

export const WIDTHS = [320, 768, 1280] as const;
export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];

export interface ChartMark {
  key: string;
  tip: string;
}

export interface ChartView {
  /** The view's data-view, its radio's value. */
  id: string;
  /** Its marks in document order. */
  marks: ChartMark[];
}

export interface ChartIsland {
  figure: string;
  /** Selector of this chart's island on its page. */
  selector: string;
  /** The marks of the view shown at load (the first) in document order: the order Tab must visit them. */
  marks: ChartMark[];
  /** Every view, the first shown at load; a figure with one view has one. */
  views: ChartView[];
}

export interface SitePage {
  /** URL path, e.g. "/" or "/stories/foo/". */
  path: string;
  /** File-name-safe name for artifacts: "index" for "/", "stories-foo" for "/stories/foo/". */
  name: string;
  charts: ChartIsland[];
  /** ids of every chart figure (figure.chart), with or without an island. */
  figures: string[];
}

function indexFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function readPage(file: string): SitePage {
  const folder = relative(distDir, dirname(file)).split(sep).filter(Boolean);
  const { document } = parseHTML(readFileSync(file, "utf8"));
  const charts = [...document.querySelectorAll("chart-island")].map((island): ChartIsland => {
    const figure = island.getAttribute("data-figure");
    if (!figure) throw new Error(`${file}: a <chart-island> without data-figure`);
    const views = [...island.querySelectorAll(".chart-view")].map((view): ChartView => ({
      id: view.getAttribute("data-view") ?? "",
      marks: [...view.querySelectorAll(".chart-mark")].map((m) => ({
        key: m.getAttribute("data-key") ?? "",
        tip: m.getAttribute("data-tip") ?? "",
      })),
    }));
    return { figure, selector: `chart-island[data-figure="${figure}"]`, marks: views[0]?.marks ?? [], views };
  });
  return {
    path: folder.length === 0 ? "/" : `/${folder.join("/")}/`,
    name: folder.length === 0 ? "index" : folder.join("-"),
    charts,
    figures: [...document.querySelectorAll("figure.chart")].map((f) => f.id),
  };
}

/** Every page of the build: each index.html under the served dist/. */
export const PAGES: SitePage[] = indexFiles(distDir).map(readPage);

export const url = (page: SitePage) => `${baseUrl}${page.path}`;

export interface OpenedPage {
  page: Page;
  /** pageerror, console.error and CSP violations seen so far (reloads included), one line each. */
  problems(): Promise<string[]>;
}

declare global {
  interface Window {
    __reportCspViolation?: (line: string) => void;
  }
}

/**
 * Opens a page and records what would alarm a reader or a CSP report endpoint. The
 * securitypolicyviolation listener is an init script reporting through a binding (both go
 * through the DevTools protocol, so the page's CSP does not block them); with JavaScript
 * off init scripts do not run, but Chromium still logs every violation to the console,
 * which is recorded too.
 */
export async function openPage(context: BrowserContext, target: SitePage): Promise<OpenedPage> {
  const page = await context.newPage();
  const seen: string[] = [];
  page.on("pageerror", (e) => seen.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") seen.push(`console.error: ${m.text()}`);
    else if (/Content Security Policy/i.test(m.text())) seen.push(`console.${m.type()}: ${m.text()}`);
  });
  await page.exposeBinding("__reportCspViolation", (_source, line: string) => void seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__reportCspViolation?.(
        `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sample}) at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  await page.goto(url(target));
  return {
    page,
    // A round trip to the page first, so a report already sent arrives before we look
    // (no timers: with JavaScript off they never fire).
    problems: async () => {
      await page.evaluate(() => 0).catch(() => {});
      return [...seen];
    },
  };
}

export const island = (page: Page, chart: ChartIsland): Locator => page.locator(chart.selector);
export const tipOf = (page: Page, chart: ChartIsland): Locator => island(page, chart).locator(".chart-tip");
/** A view of the chart by its data-view; the first (shown at load) unless told. */
export const viewOf = (page: Page, chart: ChartIsland, id = chart.views[0]?.id ?? ""): Locator =>
  island(page, chart).locator(`.chart-view[data-view="${id}"]`);
/** Mark i of the view shown at load. */
export const markOf = (page: Page, chart: ChartIsland, i: number): Locator =>
  viewOf(page, chart).locator(".chart-mark").nth(i);
/** What a mark's tip must say: its build-time details (data-tip-details), one paragraph each. */
export const tipDetails = (mark: Locator): Promise<string[]> =>
  mark.evaluate((m) => JSON.parse(m.getAttribute("data-tip-details") ?? "[]") as string[]);

/** Scrolls one island into view and waits for its hydrated marker. */
export async function hydrate(page: Page, chart: ChartIsland): Promise<void> {
  await island(page, chart).scrollIntoViewIfNeeded();
  await page.locator(`${chart.selector}[data-hydrated]`).waitFor({ state: "attached", timeout: 5_000 });
}

export async function hydrateAll(page: Page, charts: readonly ChartIsland[]): Promise<void> {
  for (const chart of charts) await hydrate(page, chart);
}

/** Where test artifacts go: test-results/ at the project root (git-ignored). */
export function artifactPath(...parts: string[]): string {
  const path = join(new URL("../../test-results", import.meta.url).pathname, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
