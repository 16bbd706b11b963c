/**
 * What <chart-island> adds to a figure besides tips: the view switch, animated by the lazy
 * module (src/client/chart-views.ts) by mouse, keyboard and touch, instant under reduced
 * motion and working without JavaScript; linked highlighting between marks and table rows;
 * and the sortable table. Every expectation is read from the built page itself (the views
 * and their build-time geometry, the table's cells), so new charts are covered as they come.
 */
import { formatRgb } from "culori";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIGHT } from "../../src/theme/palette.ts";
import { launchChromium } from "../helpers/browser.ts";
import { island, markOf, openPage, PAGES, viewOf, type ChartIsland, type SitePage } from "./support.ts";

/** Every chart with more than one view, with its page. */
const SWITCHABLE = PAGES.flatMap((page) =>
  page.charts
    .filter((chart) => chart.views.length > 1)
    .map((chart) => ({ page, chart, name: `${page.path} ${chart.figure}` })),
);
const CHARTED = PAGES.filter((page) => page.charts.length > 0);
/** The longest a switch may animate (the brief's 400 ms), plus a frame either side. */
const MAX_ANIMATION_MS = 450;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it("has charts with views, and pages with charts, to test", () => {
  expect(SWITCHABLE.length).toBeGreaterThan(0);
  expect(CHARTED.length).toBeGreaterThan(0);
});

async function open(target: SitePage, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const opened = await openPage(context, target);
  await opened.page.waitForLoadState("load");
  return { ...opened, context };
}

/** The label of a view's radio (what a reader clicks or taps). */
const labelOf = (page: Page, chart: ChartIsland, id: string) =>
  page.locator(`figure:has(${chart.selector}) .chart-views label:has(input[value="${id}"])`);

/** Which views show, and which marks are Tab stops, per view id. */
const viewState = (page: Page, chart: ChartIsland) =>
  island(page, chart)
    .locator(".chart-view")
    .evaluateAll((views) =>
      views.map((view) => ({
        id: view.getAttribute("data-view"),
        shown: view.checkVisibility(),
        tabStops: view.querySelectorAll('.chart-mark[tabindex="0"]').length,
      })),
    );

const expectShown = async (page: Page, chart: ChartIsland, id: string, hydrated: boolean) =>
  expect(await viewState(page, chart), `${chart.figure}: ${id} shown`).toEqual(
    chart.views.map((view) => ({
      id: view.id,
      shown: view.id === id,
      tabStops: hydrated && view.id === id ? view.marks.length : 0,
    })),
  );

/**
 * Starts recording, in the page, every change to the geometry of the chart's marks and
 * stems (x, width, cx, x2) and to the opacity of its rows and marks, with the build-time
 * geometry each element must end on and, for the switch from `from` to `to`, where each
 * mark of `to` that `from` also draws must start (the same key, kind and rank).
 */
function record(page: Page, chart: ChartIsland, from: string, to: string): Promise<void> {
  return island(page, chart).evaluate(
    (host, [from, to]) => {
      const NAMES = ["x", "width", "cx", "x2"];
      const geometry = (el: Element) =>
        NAMES.flatMap((n) => (el.hasAttribute(n) ? [`${n}=${el.getAttribute(n)}`] : []));
      const ranked = (view: Element) => {
        const map = new Map<string, Element>();
        for (const el of view.querySelectorAll(".chart-mark, .chart-stem")) {
          let id = `${el.tagName} ${el.getAttribute("data-key")}`;
          while (map.has(id)) id += "'";
          map.set(id, el);
        }
        return map;
      };
      const source = ranked(host.querySelector(`.chart-view[data-view="${from}"]`)!);
      const target = ranked(host.querySelector(`.chart-view[data-view="${to}"]`)!);
      const sourceRows = new Set(
        [...host.querySelectorAll(`.chart-view[data-view="${from}"] .chart-row`)].map((r) =>
          r.getAttribute("data-key"),
        ),
      );
      const state = {
        changedAt: 0,
        last: 0,
        elements: [...target].map(([id, el]) => ({
          id,
          el,
          start: source.has(id) ? geometry(source.get(id)!).join(" ") : null,
          end: geometry(el).join(" "),
          seen: [] as string[],
        })),
        rows: [...host.querySelectorAll(`.chart-view[data-view="${to}"] .chart-row`)]
          .filter((r) => !sourceRows.has(r.getAttribute("data-key")))
          .map((el) => ({ el, key: el.getAttribute("data-key"), opacities: [] as string[] })),
      };
      (window as unknown as { __switch: typeof state }).__switch = state;
      host
        .closest("figure")!
        .querySelector(".chart-views")!
        .addEventListener("change", () => (state.changedAt ||= performance.now()), { once: true });
      new MutationObserver((records) => {
        state.last = performance.now();
        for (const r of records) {
          const element = state.elements.find((e) => e.el === r.target);
          if (element && r.attributeName !== "style") element.seen.push(geometry(element.el).join(" "));
          const row = state.rows.find((e) => e.el === r.target);
          if (row) row.opacities.push((row.el as HTMLElement).style.opacity);
        }
      }).observe(host, { subtree: true, attributes: true, attributeFilter: [...NAMES, "style"] });
    },
    [from, to] as const,
  );
}

interface SwitchReport {
  /** Marks and stems the old view drew elsewhere: where they started, what was seen, where they are. */
  moved: { id: string; start: string; end: string; now: string; seen: string[] }[];
  /** The others: what was seen, where they are. */
  placed: { id: string; end: string; now: string; seen: string[] }[];
  /** Rows new in the view: the opacities they went through, and their inline opacity now. */
  rows: { key: string | null; opacities: string[]; now: string }[];
  /** From the change event to the last recorded mutation, in ms (0 when nothing changed). */
  duration: number;
}

const report = (page: Page): Promise<SwitchReport> =>
  page.evaluate(() => {
    type State = {
      changedAt: number;
      last: number;
      elements: { id: string; el: Element; start: string | null; end: string; seen: string[] }[];
      rows: { el: HTMLElement; key: string | null; opacities: string[] }[];
    };
    const state = (window as unknown as { __switch: State }).__switch;
    const now = (el: Element) =>
      ["x", "width", "cx", "x2"].flatMap((n) => (el.hasAttribute(n) ? [`${n}=${el.getAttribute(n)}`] : [])).join(" ");
    return {
      moved: state.elements
        .filter((e) => e.start !== null && e.start !== e.end)
        .map((e) => ({ id: e.id, start: e.start!, end: e.end, now: now(e.el), seen: e.seen })),
      placed: state.elements
        .filter((e) => e.start === null || e.start === e.end)
        .map((e) => ({ id: e.id, end: e.end, now: now(e.el), seen: e.seen })),
      rows: state.rows.map((r) => ({ key: r.key, opacities: r.opacities, now: r.el.style.opacity })),
      duration: state.last > state.changedAt && state.changedAt > 0 ? state.last - state.changedAt : 0,
    };
  });

/** Animated: moved marks start where the old view had them and end on their own geometry, new rows fade in. */
function expectAnimated(result: SwitchReport, where: string): void {
  for (const m of result.moved) {
    expect(m.seen[0], `${where} ${m.id}: starts where the old view drew it`).toBe(m.start);
    expect(m.now, `${where} ${m.id}: ends on its build-time geometry`).toBe(m.end);
    expect(new Set(m.seen).size, `${where} ${m.id}: moves through frames`).toBeGreaterThan(2);
  }
  for (const p of result.placed) expect(p.now, `${where} ${p.id}: on its build-time geometry`).toBe(p.end);
  for (const r of result.rows) {
    expect(r.opacities[0], `${where} row ${r.key}: fades in from 0`).toBe("0");
    expect(r.now, `${where} row ${r.key}: no opacity left once shown`).toBe("");
  }
  expect(result.duration, `${where}: the animation's length`).toBeLessThanOrEqual(MAX_ANIMATION_MS);
}

/** Instant: nothing moved or faded, every mark on its build-time geometry from the start. */
function expectInstant(result: SwitchReport, where: string): void {
  for (const m of [...result.moved, ...result.placed]) {
    expect(m.seen, `${where} ${m.id}: no frame`).toEqual([]);
    expect(m.now, `${where} ${m.id}: on its build-time geometry`).toBe(m.end);
  }
  for (const r of result.rows) expect(r.opacities, `${where} row ${r.key}: no fade`).toEqual([]);
}

describe.each(SWITCHABLE)("$name: views", ({ page: target, chart }) => {
  const [first, ...others] = chart.views.map((v) => v.id);
  const order = [...others, first!]; // every view once, and back to the first

  it("a mouse click on a view's label shows it, moves the Tab stops to it and animates the switch in ≤ 400 ms", async () => {
    const { page, problems, context } = await open(target);
    await expectShown(page, chart, first!, true);
    let from = first!;
    let animated = 0;
    for (const to of order) {
      await record(page, chart, from, to);
      await labelOf(page, chart, to).click();
      await expectShown(page, chart, to, true);
      await page.waitForTimeout(MAX_ANIMATION_MS + 250);
      const result = await report(page);
      expectAnimated(result, `${from} → ${to}`);
      animated += result.moved.length + result.rows.length;
      from = to;
    }
    // A switch to a subset at the same scale moves nothing; over every switch, something must.
    expect(animated, "marks moved and rows faded in over the switches").toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("arrow keys on the radio group switch views; Tab then reaches the shown view's first mark", async () => {
    const { page, problems, context } = await open(target);
    await page.locator(`figure:has(${chart.selector}) .chart-views input:checked`).focus();
    let from = first!;
    for (const to of order) {
      await record(page, chart, from, to);
      await page.keyboard.press("ArrowRight");
      await expectShown(page, chart, to, true);
      await page.waitForTimeout(MAX_ANIMATION_MS + 250);
      expectAnimated(await report(page), `${from} → ${to}`);
      from = to;
    }
    await page.keyboard.press("ArrowRight");
    const shown = chart.views[1]!;
    await expectShown(page, chart, shown.id, true);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { view: el?.closest(".chart-view")?.getAttribute("data-view"), key: el?.getAttribute("data-key") };
    });
    expect(focused).toEqual({ view: shown.id, key: shown.marks[0]?.key });
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("a tap on a view's label switches it, and a tap on one of its marks opens that mark's tip", async () => {
    const { page, problems, context } = await open(target, {
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const to = chart.views[1]!;
    await record(page, chart, first!, to.id);
    await labelOf(page, chart, to.id).tap();
    await expectShown(page, chart, to.id, true);
    await page.waitForTimeout(MAX_ANIMATION_MS + 250);
    expectAnimated(await report(page), `${first} → ${to.id}`);
    const mark = viewOf(page, chart, to.id).locator(".chart-mark").first();
    await mark.tap();
    const tip = island(page, chart).locator(".chart-tip");
    await tip.waitFor({ state: "visible" });
    expect(await tip.locator("p").allTextContents()).toEqual(
      await mark.evaluate((m) => JSON.parse(m.getAttribute("data-tip-details") ?? "[]")),
    );
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("under prefers-reduced-motion: reduce the switch is instant (final geometry at once) and loads no animation code", async () => {
    const { page, problems, context } = await open(target, { reducedMotion: "reduce" });
    const scripts: string[] = [];
    page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
    let from = first!;
    for (const to of order) {
      await record(page, chart, from, to);
      await labelOf(page, chart, to).click();
      await expectShown(page, chart, to, true);
      // At once: read right after the click, and again once any animation would have ended.
      expectInstant(await report(page), `${from} → ${to} at once`);
      await page.waitForTimeout(MAX_ANIMATION_MS);
      expectInstant(await report(page), `${from} → ${to} later`);
      from = to;
    }
    expect(scripts, "scripts fetched after load").toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("without JavaScript the radios still switch the shown view, by click and by arrow key", async () => {
    const { page, problems, context } = await open(target, { javaScriptEnabled: false });
    await expectShown(page, chart, first!, false);
    for (const to of order) {
      await labelOf(page, chart, to).click();
      await expectShown(page, chart, to, false);
    }
    await page.locator(`figure:has(${chart.selector}) .chart-views input:checked`).focus();
    await page.keyboard.press("ArrowRight");
    await expectShown(page, chart, chart.views[1]!.id, false);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});

const SURFACE = formatRgb(LIGHT.surface);
const TEXT = formatRgb(LIGHT.text);

/** The keys of the elements of a figure with class is-highlighted, by kind. */
const lit = (page: Page, chart: ChartIsland) =>
  page.locator(`figure:has(${chart.selector})`).evaluate((figure) => {
    const keys = (selector: string) =>
      [...figure.querySelectorAll(`${selector}.is-highlighted`)].map((el) => el.getAttribute("data-key"));
    return { marks: keys(".chart-mark"), chartRows: keys(".chart-row"), tableRows: keys("tr") };
  });

/** A cell's text as numbers, the way a reader would compare them: 억 and 만 are units of money. */
function readNumbers(text: string): number[] | null {
  const plain = text.replace(/,/g, "");
  const money = [...plain.matchAll(/(\d+(?:\.\d+)?)\s*([억만])/g)];
  if (money.length > 0) return [money.reduce((sum, [, n, unit]) => sum + Number(n) * (unit === "억" ? 1e8 : 1e4), 0)];
  const numbers = plain.match(/\d+(?:\.\d+)?/g);
  return numbers ? numbers.map(Number) : null;
}

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};

/** Opens every chart's folded table ("표로 보기"), as a reader would, one click each. */
async function openTables(page: Page): Promise<void> {
  const folded = page.locator("details.chart-table");
  for (let i = 0; i < (await folded.count()); i++) {
    const details = folded.nth(i);
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator("> summary").click();
  }
}

describe.each(CHARTED)("$path: linked highlighting and sortable tables", (target) => {
  it("a hovered or focused mark highlights its chart row and its table row; a hovered table row its marks", async () => {
    const { page, problems, context } = await open(target, { colorScheme: "light" });
    await openTables(page);
    for (const chart of target.charts) {
      const figure = page.locator(`figure:has(${chart.selector})`);
      const rowOf = (i: number) =>
        markOf(page, chart, i).evaluate((m) => m.closest(".chart-row")?.getAttribute("data-key") ?? null);
      for (const [i, mark] of chart.marks.entries()) {
        const where = `${chart.figure}/${mark.key}`;
        await markOf(page, chart, i).hover();
        const row = await rowOf(i);
        await expect
          .poll(() => lit(page, chart), { message: where })
          .toEqual({
            marks: [],
            chartRows: row ? [row] : [],
            tableRows: [mark.key],
          });
        const tr = figure.locator(`tbody tr[data-key="${mark.key}"]`);
        expect(await tr.evaluate((el) => getComputedStyle(el).backgroundColor), `${where}: table row`).toBe(SURFACE);
        await page.mouse.move(1, 1);
        await expect
          .poll(() => lit(page, chart), { message: `${where} after the mouse left` })
          .toEqual({
            marks: [],
            chartRows: [],
            tableRows: [],
          });
      }
      // By keyboard: focus does what hover does, and leaving the chart clears it.
      await markOf(page, chart, 0).focus();
      expect((await lit(page, chart)).tableRows, `${chart.figure}: focus`).toEqual([chart.marks[0]!.key]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect((await lit(page, chart)).tableRows, `${chart.figure}: blur`).toEqual([]);

      for (const key of new Set(chart.marks.map((m) => m.key))) {
        await figure.locator(`tbody tr[data-key="${key}"] > *`).first().hover();
        const marks = (await lit(page, chart)).marks;
        expect(marks.length, `${chart.figure}: marks of table row ${key}`).toBeGreaterThan(0);
        expect(new Set(marks), `${chart.figure}: only ${key}'s marks`).toEqual(new Set([key]));
        const stroke = await viewOf(page, chart)
          .locator(`.chart-mark.is-highlighted[data-key="${key}"]`)
          .first()
          .evaluate((el) => [getComputedStyle(el).stroke, getComputedStyle(el).strokeWidth]);
        expect(stroke, `${chart.figure}: ${key}'s outline`).toEqual([TEXT, "2px"]);
      }
      await page.mouse.move(1, 1);
      expect((await lit(page, chart)).marks, `${chart.figure}: table row left`).toEqual([]);
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("each column header sorts the table, ascending then descending, with aria-sort; unknown values last", async () => {
    const { page, problems, context } = await open(target);
    await openTables(page);
    for (const chart of target.charts) {
      const figure = page.locator(`figure:has(${chart.selector})`);
      const heads = figure.locator("thead th[scope=col]");
      const headers = await heads.allTextContents();
      const keysBefore = await figure
        .locator("tbody tr")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
      // The header's text is unchanged, and its button is named by it.
      expect(
        await heads.locator(".chart-sort").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label"))),
      ).toEqual(headers.map((h) => h.trim()));
      for (const [column, header] of headers.entries()) {
        const button = heads.nth(column).locator(".chart-sort");
        for (const direction of ["ascending", "descending"] as const) {
          const where = `${chart.figure} "${header}" ${direction}`;
          if (direction === "ascending") await button.click();
          else {
            await button.focus();
            await page.keyboard.press("Enter");
          }
          // The sorting code arrives with the lazy module on first use: the sort may lag the click.
          await expect
            .poll(() => heads.evaluateAll((ths) => ths.map((th) => th.getAttribute("aria-sort"))), { message: where })
            .toEqual(headers.map((_, i) => (i === column ? direction : null)));
          const cells = await figure.locator("tbody tr").evaluateAll(
            (rows, c) =>
              rows
                .map((r) => [(r as HTMLTableRowElement).cells[c]!, r] as const)
                .map(([cell, r]) => ({
                  text: cell.textContent?.trim() ?? "",
                  header: cell.tagName === "TH",
                  key: r.getAttribute("data-key"),
                })),
            column,
          );
          expect(new Set(cells.map((c) => c.key)), `${where}: the same rows`).toEqual(new Set(keysBefore));
          const sign = direction === "ascending" ? 1 : -1;
          const numbers = cells.map((c) => (c.header ? null : readNumbers(c.text)));
          if (numbers.some((n) => n !== null)) {
            const known = numbers.filter((n) => n !== null);
            const firstUnknown = numbers.findIndex((n) => n === null);
            expect(
              firstUnknown === -1 || numbers.slice(firstUnknown).every((n) => n === null),
              `${where}: unknown last`,
            ).toBe(true);
            for (let i = 1; i < known.length; i++)
              expect(
                sign * compare(known[i - 1]!, known[i]!),
                `${where}: ${cells[i - 1]!.text} before ${cells[i]!.text}`,
              ).toBeLessThanOrEqual(0);
          } else {
            const collator = new Intl.Collator("ko");
            for (let i = 1; i < cells.length; i++)
              expect(sign * collator.compare(cells[i - 1]!.text, cells[i]!.text), where).toBeLessThanOrEqual(0);
          }
        }
      }
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });
});

it("sorts Korean money by its value, not its digits (1억 3500만 원 after 8000만 원)", async () => {
  // A synthetic table inside a built page's figure, so the island's own code sorts it.
  const target = CHARTED[0]!;
  const { page, problems, context } = await open(target);
  await openTables(page);
  const chart = target.charts[0]!;
  const figure = page.locator(`figure:has(${chart.selector})`);
  await figure.locator("tbody").evaluate((body) => {
    const values = ["1억 3500만 원", "금액 미공개", "8000만 원", "약 2억 원", "13억 원", "9500만 원"];
    for (const row of [...body.querySelectorAll("tr")].slice(1)) row.remove();
    const template = body.querySelector("tr")!;
    template.remove();
    for (const [i, value] of values.entries()) {
      const row = template.cloneNode(true) as HTMLTableRowElement;
      row.setAttribute("data-key", `k${i}`);
      row.cells[row.cells.length - 1]!.textContent = value;
      body.append(row);
    }
  });
  const last = figure.locator("thead th[scope=col]").last().locator(".chart-sort");
  const column = () =>
    figure
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[r.children.length - 1]!.textContent));
  await last.click();
  await expect.poll(column).toEqual(["8000만 원", "9500만 원", "1억 3500만 원", "약 2억 원", "13억 원", "금액 미공개"]);
  await last.click();
  await expect.poll(column).toEqual(["13억 원", "약 2억 원", "1억 3500만 원", "9500만 원", "8000만 원", "금액 미공개"]);
  expect(await problems()).toEqual([]);
  await context.close();
});

it("an embed with ?static stays a picture and a table: no Tab stops, no sort buttons, the radios still switch", async () => {
  const target = PAGES.find((p) => p.path.startsWith("/embed/") && p.charts.some((c) => c.views.length > 1));
  expect(target, "an embed page with views").toBeDefined();
  const chart = target!.charts.find((c) => c.views.length > 1)!;
  const { page, problems, context } = await open({ ...target!, path: `${target!.path}?static` });
  await page.locator("html[data-static]").waitFor({ state: "attached" });
  expect(await page.locator("chart-island[data-hydrated], chart-island [tabindex], .chart-sort").count()).toBe(0);
  await labelOf(page, chart, chart.views[1]!.id).click();
  await expectShown(page, chart, chart.views[1]!.id, false);
  expect(await problems()).toEqual([]);
  await context.close();
});
