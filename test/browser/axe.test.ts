/**
 * axe-core on every built page, for WCAG 2.0/2.1/2.2 A and AA, in the light and the dark
 * scheme, at a phone and a desktop width, in three states: as loaded (the islands hydrate
 * at load), with each chart's tooltip open by keyboard focus (its focus ring drawn), and
 * with a tooltip open under the mouse, the pointer resting on the tip, and with each other
 * view of a figure switched on and a tooltip open in it. (axe does not judge
 * the contrast of chart graphics, WCAG 1.4.11: test/theme/contrast.test.ts checks the
 * palette for that, and keyboard.test.ts the focus ring.)
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import { formatRgb } from "culori";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DARK, LIGHT } from "../../src/theme/palette.ts";
import { launchChromium } from "../helpers/browser.ts";
import { hydrate, markOf, openPage, PAGES, SCHEMES, tipOf } from "./support.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  resultTypes: ["violations"],
};
const AXE_WIDTHS = [320, 1280] as const;
const BACKGROUND = { light: formatRgb(LIGHT.background), dark: formatRgb(DARK.background) };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/**
 * Injects axe with page.evaluate rather than page.addScriptTag: a <script> tag added to the
 * page is inline script, which the site's strict CSP refuses. Evaluating through the DevTools
 * protocol is not subject to the page's CSP, so the CSP stays on and axe audits the page
 * exactly as readers get it (a bypassCSP context would also apply anything the CSP blocks,
 * and could hide that). The CSP recorder runs during the audit too, so if axe itself ever
 * tripped the CSP the test would say so.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    AXE_OPTIONS,
  );
}

/** One readable block per violated rule: rule id, impact, help, every target, the docs link. */
function describeViolations(state: string, results: AxeResults): string[] {
  return results.violations.map((v) => {
    const nodes = v.nodes.map((n) => {
      const target = n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" ");
      const why = n.failureSummary ? `\n        ${n.failureSummary.replace(/\n\s*/g, "\n        ")}` : "";
      return `      at ${target}${why}`;
    });
    return `[${state}] ${v.id} (${v.impact ?? "no impact"}): ${v.help}\n${nodes.join("\n")}\n      see ${v.helpUrl}`;
  });
}

describe.each(PAGES)("$path: axe finds no WCAG 2.2 AA violation", (target) => {
  it.each(SCHEMES)("in the %s scheme: as loaded, with each tooltip open, and hovered", async (scheme) => {
    const violations: string[] = [];
    let runs = 0;
    let viewRuns = 0;
    const context = await browser.newContext({ viewport: { width: AXE_WIDTHS[0], height: 800 }, colorScheme: scheme });
    const { page, problems } = await openPage(context, target);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      `${scheme} palette applies`,
    ).toBe(BACKGROUND[scheme]);
    for (const [i, width] of AXE_WIDTHS.entries()) {
      // Reusing the page (reloaded at each width) is much cheaper than a new one.
      if (i > 0) {
        await page.evaluate(() => window.scrollTo(0, 0)); // or the reload restores the scroll
        await page.setViewportSize({ width, height: 800 });
        await page.reload();
      }
      const audit = async (state: string) => {
        runs++;
        violations.push(...describeViolations(`${scheme}, ${width} px, ${state}`, await runAxe(page)));
      };
      await page.waitForLoadState("load");
      // Hydrated at load, wherever the page is scrolled: the audit sees the marks as Tab stops.
      for (const chart of target.charts)
        await page.locator(`${chart.selector}[data-hydrated]`).waitFor({ state: "attached", timeout: 5_000 });
      await audit("as loaded, islands hydrated");
      for (const chart of target.charts) {
        await hydrate(page, chart);
        await markOf(page, chart, 0).focus();
        await tipOf(page, chart).waitFor({ state: "visible" });
        await audit(`tooltip open on ${chart.figure}`);
      }
      const first = target.charts[0];
      if (first) {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await markOf(page, first, first.marks.length - 1).hover();
        const tip = tipOf(page, first);
        await tip.waitFor({ state: "visible" });
        await tip.hover();
        await audit(`tooltip hovered on ${first.figure}`);
        await page.mouse.move(1, 1);
      }
      // Each other view of each figure that has views, switched by its control, with the
      // tooltip of its first mark open by keyboard.
      const switchable = page.locator("figure.chart:has(.chart-views)");
      for (let f = 0; f < (await switchable.count()); f++) {
        const figure = switchable.nth(f);
        const labels = figure.locator(".chart-views label");
        for (let v = 1; v < (await labels.count()); v++) {
          // An open tip may lie over the control (it is drawn above its mark): Escape closes it.
          await page.keyboard.press("Escape");
          await labels.nth(v).click();
          await figure.locator(`.chart-view:nth-of-type(${v + 1})`).waitFor({ state: "visible" });
          // The switch animates (at most 400 ms): axe judges the view as it settles.
          await page.waitForTimeout(450);
          await figure.locator(".chart-view:visible .chart-mark").first().focus();
          await figure.locator(".chart-tip").waitFor({ state: "visible" });
          await audit(`view ${v + 1} of ${await figure.getAttribute("id")}, tooltip open`);
          viewRuns++;
        }
        await page.keyboard.press("Escape");
        await labels.first().click();
      }
    }
    expect(await problems()).toEqual([]);
    await context.close();
    expect(runs).toBe(AXE_WIDTHS.length * (target.charts.length > 0 ? 2 + target.charts.length : 1) + viewRuns);
    // The story has figures with views: the switched views were audited.
    if (target.path === "/") expect(viewRuns).toBeGreaterThan(0);
    expect(violations, `\n${violations.join("\n\n")}\n`).toEqual([]);
  });
});
