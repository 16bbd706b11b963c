/**
 * The charts for a reader without a mouse, or with a screen reader, on every built page
 * that has charts: from a fresh load (no scrolling first), Tab reaches every mark of every
 * chart in document order at a phone, a small phone and a desktop viewport, each with a
 * focus ring of at least 3:1 against the mark and the page (measured from computed colours,
 * light and dark); the tip stays open while the pointer is over it and closes on Escape
 * without moving focus; on touch it never covers a label printed below the mark; and the
 * accessibility tree names each chart once and each value once.
 */
import { wcagContrast } from "culori";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import {
  island,
  markOf,
  openPage,
  PAGES,
  type Scheme,
  tipDetails,
  tipOf,
  viewOf,
  type ChartIsland,
} from "./support.ts";

const CHARTED = PAGES.filter((page) => page.charts.length > 0);
const TAB_CASES: { width: number; height: number; scheme: Scheme }[] = [
  { width: 390, height: 800, scheme: "light" },
  { width: 320, height: 568, scheme: "light" },
  { width: 1280, height: 800, scheme: "light" },
  { width: 390, height: 800, scheme: "dark" },
];
const MIN_CONTRAST = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it("has pages with charts to test", () => {
  expect(CHARTED.length).toBeGreaterThan(0);
});

interface Focused {
  figure: string;
  key: string;
  /** The ring's box contains the mark's box, is on screen and is displayed. */
  ringAround: boolean;
  outer: string;
  inner: string;
  mark: string;
  page: string;
}

/** What has focus, and the ring's colours next to the mark's fill and the page background. */
function focusedMark(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const host = el?.closest("chart-island");
    if (!el || !host || !el.matches(".chart-mark")) return null;
    const ring = host.querySelector<HTMLElement>(".chart-ring");
    const style = ring ? getComputedStyle(ring) : null;
    const r = ring?.getBoundingClientRect();
    const m = el.getBoundingClientRect();
    const ringAround =
      !!ring &&
      !!r &&
      ring.checkVisibility() &&
      r.left <= m.left &&
      r.top <= m.top &&
      r.right >= m.right &&
      r.bottom >= m.bottom &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight;
    // Inset box-shadow "rgb(r, g, b) 0px 0px 0px 2px inset": its colour is the halo.
    const inner = style?.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? "";
    const backgroundOf = (from: Element) => {
      for (let node: Element | null = from; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
      }
      return "";
    };
    // The ring is drawn over the mark's row, which focus highlights (linked highlighting).
    const behind = backgroundOf(el.closest(".chart-row") ?? host);
    // A hollow mark (an inferred span or event: the page's colour inside a dashed outline)
    // is seen by its outline, which is what the halo meets.
    const drawn = getComputedStyle(el);
    return {
      figure: host.getAttribute("data-figure") ?? "",
      key: el.getAttribute("data-key") ?? "",
      ringAround,
      outer: style?.borderTopColor ?? "",
      inner,
      mark: drawn.fill === backgroundOf(host) && drawn.stroke !== "none" ? drawn.stroke : drawn.fill,
      page: behind,
    };
  });
}

/** What a mark's tip must say: its build-time details, in order, one paragraph each. */
const expectedTip = (page: Page, chart: ChartIsland, i: number) => tipDetails(markOf(page, chart, i));
/** A line of an aria snapshot without its list dash and YAML quoting: `img "a: b"`. */
const snapshotLine = (line: string) => {
  const text = line.trim().replace(/^- /, "");
  return text.startsWith("'") ? text.replace(/^'(.*)'(:?)$/, "$1$2").replaceAll("''", "'") : text;
};

const tipLines = (page: Page, chart: ChartIsland) =>
  tipOf(page, chart).evaluate((tip) => [...tip.querySelectorAll("p")].map((p) => p.textContent ?? ""));

describe.each(CHARTED)("$path", (target) => {
  const expected = target.charts.flatMap((chart) => chart.marks.map((mark) => `${chart.figure}/${mark.key}`));

  it.each(TAB_CASES)(
    "Tab from a fresh load reaches every mark in order, each with a ring ≥ 3:1 ($width×$height, $scheme)",
    async ({ width, height, scheme }) => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const { page, problems } = await openPage(context, target);
      await page.waitForLoadState("load");
      const reached: string[] = [];
      const contrasts: number[] = [];
      for (let presses = 0; presses < 400 && reached.length < expected.length; presses++) {
        await page.keyboard.press("Tab");
        const focused = await focusedMark(page);
        if (!focused) continue;
        const where = `${focused.figure}/${focused.key}`;
        reached.push(where);
        if (expected[reached.length - 1] !== where) break; // out of order: the assertion below shows it
        expect(focused.ringAround, `${where}: a ring around the mark, on screen`).toBe(true);
        const pairs = {
          "ring against the page": [focused.outer, focused.page],
          "halo against the mark": [focused.inner, focused.mark],
          "ring against its halo": [focused.outer, focused.inner],
        };
        for (const [what, [a, b]] of Object.entries(pairs)) {
          const ratio = wcagContrast(a!, b!);
          contrasts.push(ratio);
          expect(ratio, `${where} ${scheme}: ${what} (${a} on ${b})`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        }
        const chart = target.charts.find((c) => c.figure === focused.figure)!;
        const i = chart.marks.findIndex((m) => m.key === focused.key);
        expect(await tipOf(page, chart).isVisible(), `${where}: tip`).toBe(true);
        expect(await tipLines(page, chart), `${where}: tip text`).toEqual(await expectedTip(page, chart, i));
        // Escape closes the tip and leaves focus, and its ring, on the mark.
        await page.keyboard.press("Escape");
        expect(await tipOf(page, chart).isVisible(), `${where} after Escape`).toBe(false);
        const after = await focusedMark(page);
        expect(after && `${after.figure}/${after.key}`, `${where}: focus stays after Escape`).toBe(where);
        expect(after?.ringAround, `${where}: ring stays after Escape`).toBe(true);
      }
      expect(reached).toEqual(expected);
      console.info(
        `${target.path} ${width}×${height} ${scheme}: Tab reached ${reached.length} of ${expected.length} marks; lowest ring contrast ${Math.min(...contrasts).toFixed(2)}:1`,
      );
      expect(await problems()).toEqual([]);
      await context.close();
    },
  );

  it("keeps the tip open while the pointer is over it, until the pointer leaves mark and tip; Escape closes it where focus is", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    for (const chart of target.charts) {
      const tip = tipOf(page, chart);
      for (const [i, mark] of chart.marks.entries()) {
        const where = `${chart.figure}/${mark.key}`;
        await markOf(page, chart, i).hover();
        await tip.waitFor({ state: "visible" });
        const lines = await tipLines(page, chart);
        expect(lines, where).toEqual(await expectedTip(page, chart, i));
        // Onto the tip, across the gap, then a pause longer than the close delay: still open.
        const box = (await tip.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
        await page.waitForTimeout(600);
        expect(await tip.isVisible(), `${where}: open with the pointer on the tip`).toBe(true);
        expect(await tipLines(page, chart), `${where}: same tip`).toEqual(lines);
        // Back onto the mark: still open; away from both: closed.
        await markOf(page, chart, i).hover();
        await page.waitForTimeout(400);
        expect(await tip.isVisible(), `${where}: open back on the mark`).toBe(true);
        await page.mouse.move(1, 1, { steps: 4 });
        await expect.poll(() => tip.isVisible(), { message: `${where}: closed once the pointer left` }).toBe(false);
      }
      // Escape dismisses a hovered tip without moving focus (nothing is focused here).
      await markOf(page, chart, 0).hover();
      await tip.waitFor({ state: "visible" });
      const focusBefore = await page.evaluate(() => document.activeElement?.tagName);
      await page.keyboard.press("Escape");
      expect(await tip.isVisible(), `${chart.figure}: Escape closes a hovered tip`).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focusBefore);
      await page.mouse.move(1, 1);
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 390, height: 800 },
    { width: 320, height: 568 },
  ])("on a tap ($width×$height) the tip is on screen and covers no label below the mark", async (viewport) => {
    const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(context, target);
    for (const chart of target.charts) {
      const tip = tipOf(page, chart);
      for (const [i, mark] of chart.marks.entries()) {
        const where = `${chart.figure}/${mark.key}`;
        await markOf(page, chart, i).tap();
        await tip.waitFor({ state: "visible" });
        const overlap = await island(page, chart).evaluate(
          (host, [index, view]) => {
            const el = host.querySelectorAll(`.chart-view[data-view="${view}"] .chart-mark`)[index]!;
            const t = host.querySelector(".chart-tip")!.getBoundingClientRect();
            const m = el.getBoundingClientRect();
            const hits = (r: DOMRect) => r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom;
            // Every printed word: row labels, values, caveats, panel titles and axis labels.
            const words = ".chart-label, .chart-value, .chart-annotation, .chart-panel-title, .chart-axis text";
            const below = [...host.querySelectorAll(words)].filter((text) => {
              const r = text.getBoundingClientRect();
              return r.top >= m.bottom - 1 && hits(r);
            });
            return {
              covered: below.map((text) => text.textContent),
              onMark: hits(m),
              onScreen: t.top >= 0 && t.bottom <= window.innerHeight && t.left >= 0 && t.right <= window.innerWidth,
            };
          },
          [i, chart.views[0]!.id] as const,
        );
        expect(overlap.covered, `${where}: labels below the mark under the tip`).toEqual([]);
        expect(overlap.onMark, `${where}: the tip covers its mark`).toBe(false);
        expect(overlap.onScreen, `${where}: the tip is on screen`).toBe(true);
      }
      await page
        .locator(`figure:has(${chart.selector}) .chart-source`)
        .first()
        .tap({ position: { x: 2, y: 2 } });
      await expect.poll(() => tip.isVisible(), { message: `${chart.figure}: a tap elsewhere closes` }).toBe(false);
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("the accessibility tree names each chart once (by its title) and each value once", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    await page.waitForLoadState("load");
    for (const chart of target.charts) {
      const figure = page.locator(`figure:has(${chart.selector})`);
      const title = ((await figure.locator(".chart-title").textContent()) ?? "").trim();
      const tree = await figure.ariaSnapshot();
      const lines = tree.split("\n").map(snapshotLine);
      // The title: the heading's text and one accessible name (the chart's), nothing else.
      const quoted = JSON.stringify(title);
      const named = lines.filter((line) => line.includes(quoted));
      expect(named, `${chart.figure}: title in\n${tree}`).toHaveLength(2);
      expect(named.filter((line) => line.startsWith("heading "))).toHaveLength(1);
      // The chart: a group named by the title holding only its marks, one img per value.
      const viewTree = await viewOf(page, chart).ariaSnapshot();
      expect(viewTree.split("\n").map(snapshotLine)).toEqual([
        `group ${quoted}:`,
        ...chart.marks.map((mark) => `img ${JSON.stringify(mark.tip)}`),
      ]);
      // Each "<program>: <value>" once in the whole figure.
      for (const mark of chart.marks)
        expect(
          lines.filter((line) => line.includes(mark.tip)),
          `${chart.figure}: ${mark.tip}`,
        ).toHaveLength(1);
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
