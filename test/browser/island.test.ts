/**
 * The <chart-tooltip> islands on every built page: hydration on scroll, the tip by mouse,
 * keyboard and touch, and no layout shift. What each mark must show is read from the
 * built HTML (its data-tip), so a new chart or page is covered without editing this file.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { hydrate, hydrateAll, island, markOf, openPage, PAGES, tipOf } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it("finds the pages in the build output, the story at / with its charts among them", () => {
  const home = PAGES.find((p) => p.path === "/");
  expect(home?.charts.length).toBeGreaterThan(0);
  for (const page of PAGES)
    for (const chart of page.charts) expect(chart.marks.length, `${page.path} ${chart.figure}`).toBeGreaterThan(0);
});

describe.each(PAGES)("$path: chart tooltips", (target) => {
  it("hydrate each island only once it scrolls into view, with no page error, console error or CSP violation", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    await page.waitForLoadState("load");
    for (const chart of target.charts) {
      const belowTheFold = await island(page, chart).evaluate(
        (el) => el.getBoundingClientRect().top > window.innerHeight,
      );
      if (belowTheFold) expect(await page.locator(`${chart.selector}[data-hydrated]`).count(), chart.figure).toBe(0);
      await hydrate(page, chart);
      // Hydrated: every mark is a Tab stop with a role and its value as its name, and the
      // SVG is no longer an img (whose children assistive technology would not reach).
      const marks = await island(page, chart)
        .locator("[data-tip]")
        .evaluateAll((els) =>
          els.map((m) => [
            m.getAttribute("tabindex"),
            m.getAttribute("role"),
            m.getAttribute("aria-label") === m.getAttribute("data-tip"),
          ]),
        );
      expect(marks, chart.figure).toEqual(chart.marks.map(() => ["0", "img", true]));
      expect(await island(page, chart).locator("svg").first().getAttribute("role"), chart.figure).toBe("group");
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("show each mark's value on mouse hover and hide it when the mouse leaves", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    for (const chart of target.charts) {
      await hydrate(page, chart);
      const tip = tipOf(page, chart);
      for (const [i, mark] of chart.marks.entries()) {
        await markOf(page, chart, i).hover();
        await expect.poll(() => tip.textContent(), { message: `${chart.figure}/${mark.key}` }).toBe(mark.tip);
        expect(await tip.isVisible()).toBe(true);
        await page.mouse.move(1, 1);
        await expect
          .poll(() => tip.isVisible(), { message: `${chart.figure}/${mark.key} after the mouse left` })
          .toBe(false);
      }
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("reach every mark by Tab in document order, show its value, and close on Escape", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    // Marks become Tab stops when their island hydrates, so first scroll every chart into view.
    await hydrateAll(page, target.charts);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const expected = target.charts.flatMap((chart) => chart.marks.map((mark) => ({ chart, mark })));
    const reached: string[] = [];
    for (let presses = 0; presses < 400 && reached.length < expected.length; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const figure = el?.closest("chart-tooltip")?.getAttribute("data-figure");
        return figure && el?.hasAttribute("data-tip")
          ? { figure, key: el.getAttribute("data-key") ?? "", stroke: getComputedStyle(el).stroke }
          : null;
      });
      if (!focused) continue;
      const where = `${focused.figure}/${focused.key}`;
      reached.push(where);
      const next = expected[reached.length - 1];
      if (!next || `${next.chart.figure}/${next.mark.key}` !== where) break; // out of order: the assertion below shows it
      const tip = tipOf(page, next.chart);
      expect(await tip.isVisible(), where).toBe(true);
      expect(await tip.textContent(), where).toBe(next.mark.tip);
      expect(focused.stroke, `${where} has a visible focus ring`).not.toBe("none");
      await page.keyboard.press("Escape");
      expect(await tip.isVisible(), `${where} after Escape`).toBe(false);
    }
    expect(reached).toEqual(expected.map(({ chart, mark }) => `${chart.figure}/${mark.key}`));
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("open on tap, stay inside a 320 px screen, and close on a tap elsewhere", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(context, target);
    for (const chart of target.charts) {
      await hydrate(page, chart);
      const tip = tipOf(page, chart);
      for (const [i, mark] of chart.marks.entries()) {
        const where = `${chart.figure}/${mark.key}`;
        await markOf(page, chart, i).tap();
        await expect.poll(() => tip.textContent(), { message: where }).toBe(mark.tip);
        expect(await tip.isVisible(), where).toBe(true);
        const fits = await tip.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return (
            box.left >= 0 && box.right <= window.innerWidth && document.documentElement.scrollWidth <= window.innerWidth
          );
        });
        expect(fits, `${where}: the open tip stays on screen and adds no horizontal scroll`).toBe(true);
        await page.locator(`figure:has(${chart.selector}) .chart-title`).tap();
        await expect.poll(() => tip.isVisible(), { message: `${where} after a tap elsewhere` }).toBe(false);
      }
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("cause no layout shift when they hydrate and when a tip opens", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    const figures = page.locator("figure:has(chart-tooltip)");
    const sizes = () =>
      figures.evaluateAll((els) =>
        els.map((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]),
      );
    const before = await sizes();
    for (const chart of target.charts) {
      await hydrate(page, chart);
      await markOf(page, chart, chart.marks.length - 1).hover();
      await tipOf(page, chart).waitFor({ state: "visible" });
    }
    expect(await sizes()).toEqual(before);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
