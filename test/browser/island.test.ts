/**
 * The <chart-island> islands on every built page: hydration at load, the tip by mouse and
 * touch, and no layout shift. What each mark must show is read from the built HTML (its
 * data-tip and data-tip-details), so a new chart or page is covered without editing this
 * file. Tab order, the focus ring, hover persistence, Escape, the tip's place on touch and
 * the accessibility tree are in keyboard.test.ts; views, linked highlighting and the
 * sortable table in views.test.ts.
 */
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { hydrate, island, markOf, openPage, PAGES, tipDetails, tipOf } from "./support.ts";

/** The tip a mark opens: its build-time details, one paragraph each, in this order. */
const tipText = async (mark: Locator) => (await tipDetails(mark)).join("");

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
  it("hydrate every island at load, before any scrolling, with no page error, console error or CSP violation", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const { page, problems } = await openPage(context, target);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const chart of target.charts) {
      // Hydrated where it is, below the fold or not: every mark of the shown view is a Tab
      // stop with a role and its value as its name, a hidden view's marks are not, and each
      // view is a group named by the figure's visible title (no longer an img, whose
      // children assistive technology would not reach).
      await page.locator(`${chart.selector}[data-hydrated]`).waitFor({ state: "attached", timeout: 5_000 });
      const views = await island(page, chart)
        .locator(".chart-view")
        .evaluateAll((els) =>
          els.map((view) => ({
            role: view.getAttribute("role"),
            labelledBy: document.getElementById(view.getAttribute("aria-labelledby") ?? "")?.className,
            marks: [...view.querySelectorAll(".chart-mark")].map((m) => [
              m.getAttribute("tabindex"),
              m.getAttribute("role"),
              m.getAttribute("aria-label") === m.getAttribute("data-tip"),
            ]),
          })),
        );
      expect(views, chart.figure).toEqual(
        chart.views.map((view, i) => ({
          role: "group",
          labelledBy: "chart-title",
          marks: view.marks.map(() => [i === 0 ? "0" : null, "img", true]),
        })),
      );
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("show each mark's details on mouse hover and hide them when the mouse leaves", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    for (const chart of target.charts) {
      await hydrate(page, chart);
      const tip = tipOf(page, chart);
      for (const [i, mark] of chart.marks.entries()) {
        await markOf(page, chart, i).hover();
        const expected = await tipText(markOf(page, chart, i));
        expect(expected, `${chart.figure}/${mark.key}: a source at least`).not.toBe("");
        await expect.poll(() => tip.textContent(), { message: `${chart.figure}/${mark.key}` }).toBe(expected);
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

  it("open on tap, stay inside a 320 px screen, and close on a tap elsewhere", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(context, target);
    for (const chart of target.charts) {
      await hydrate(page, chart);
      const tip = tipOf(page, chart);
      for (const [i, mark] of chart.marks.entries()) {
        const where = `${chart.figure}/${mark.key}`;
        await markOf(page, chart, i).tap();
        await expect.poll(() => tip.textContent(), { message: where }).toBe(await tipText(markOf(page, chart, i)));
        expect(await tip.isVisible(), where).toBe(true);
        const fits = await tip.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return (
            box.left >= 0 && box.right <= window.innerWidth && document.documentElement.scrollWidth <= window.innerWidth
          );
        });
        expect(fits, `${where}: the open tip stays on screen and adds no horizontal scroll`).toBe(true);
        // The source line below the chart: the tip opens above its mark, so it may cover the title.
        await page
          .locator(`figure:has(${chart.selector}) .chart-source`)
          .first()
          .tap({ position: { x: 2, y: 2 } });
        await expect.poll(() => tip.isVisible(), { message: `${where} after a tap elsewhere` }).toBe(false);
      }
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("cause no layout shift when they hydrate and when a tip opens", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, target);
    const figures = page.locator("figure:has(chart-island)");
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
