/**
 * Every built page as a reader gets it: without JavaScript, at phone, tablet and desktop
 * widths, in the light and the dark scheme, with no error and no CSP violation.
 * Full-page screenshots land in test-results/screenshots/<page>-<width>-<scheme>.png.
 */
import { formatRgb } from "culori";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DARK, LIGHT } from "../../src/theme/palette.ts";
import { launchChromium } from "../helpers/browser.ts";
import { artifactPath, hydrateAll, openPage, PAGES, SCHEMES, WIDTHS } from "./support.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const BACKGROUND = { light: formatRgb(LIGHT.background), dark: formatRgb(DARK.background) };

it("the CSP recorder notices a violation (so a quiet run means a clean page)", async () => {
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, PAGES[0]!);
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<p style="color: red">inline style</p>'));
  await expect.poll(async () => (await problems()).join("\n")).toMatch(/CSP violation: style-src/);
  await context.close();
});

describe.each(PAGES)("$path", (target) => {
  it("without JavaScript shows every chart figure's chart (named by its title, described), title and, opened, its table", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const { page, problems } = await openPage(context, target);
    for (const id of target.figures) {
      const figure = page.locator(`[id="${id}"]`);
      // The view shown before any script: one image, named by the visible title and
      // described by the figure's description.
      const view = figure.locator('.chart-view[role="img"]').first();
      expect(await view.isVisible(), `${id}: .chart-view[role=img]`).toBe(true);
      expect(await figure.locator(".chart-title").isVisible(), `${id}: title`).toBe(true);
      const { name, description } = await view.evaluate((el) => ({
        name: document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent?.trim(),
        description: document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent?.trim(),
      }));
      expect(name, `${id}: named by the title`).toBe((await figure.locator(".chart-title").textContent())?.trim());
      expect(description, `${id}: description text`).toBeTruthy();
      // The table is folded under "표로 보기", which opens without any script.
      const toggle = figure.locator("details.chart-table > summary");
      expect(await toggle.isVisible(), `${id}: the table's toggle`).toBe(true);
      expect(await figure.locator("table").isVisible(), `${id}: table folded at load`).toBe(false);
      await toggle.click();
      expect(await figure.locator("table").isVisible(), `${id}: table`).toBe(true);
      expect(await figure.locator("table caption").isVisible(), `${id}: table caption`).toBe(true);
    }
    expect(await page.locator("chart-island[data-hydrated]").count()).toBe(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it.each(SCHEMES)(
    `never scrolls sideways at ${WIDTHS.join(", ")} px in the %s scheme (screenshots saved)`,
    async (scheme) => {
      // One page per scheme, resized for each width: a new page costs about a second here.
      const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, colorScheme: scheme });
      const { page, problems } = await openPage(context, target);
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
        `${scheme} palette applies`,
      ).toBe(BACKGROUND[scheme]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await hydrateAll(page, target.charts);
        await page.evaluate(() => window.scrollTo(0, 0));
        const overflow = await page.evaluate(() => {
          const limit = window.innerWidth;
          const wide = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > limit)
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`,
            );
          return { scrollWidth: document.documentElement.scrollWidth, viewport: limit, wide };
        });
        expect(
          overflow.scrollWidth,
          `${width} px ${scheme}: wider than the viewport: ${overflow.wide.join(", ")}`,
        ).toBeLessThanOrEqual(overflow.viewport);
        await page.screenshot({
          path: artifactPath("screenshots", `${target.name}-${width}-${scheme}.png`),
          fullPage: true,
        });
      }
      expect(await problems()).toEqual([]);
      await context.close();
    },
  );
});
