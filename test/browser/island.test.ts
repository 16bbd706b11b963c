import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../helpers/browser";

const baseUrl = inject("baseUrl");
const MONEY = 'chart-tooltip[data-figure="money-by-program"]';
const TIP = `${MONEY} .chart-tip`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Opens the story and records anything a reader's console would show as an error. */
async function openStory(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${baseUrl}/`);
  return { page, errors };
}

/** Opens the story, scrolls the money chart into view and waits for its island. */
async function openHydrated(context: BrowserContext) {
  const opened = await openStory(context);
  await opened.page.locator(MONEY).scrollIntoViewIfNeeded();
  await opened.page.locator(`${MONEY}[data-hydrated]`).waitFor({ state: "attached" });
  return opened;
}

describe("the money chart's tooltip island", () => {
  it("hydrates only once the chart scrolls into view, without errors", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openStory(context);
    await page.waitForLoadState("load");
    expect(await page.locator(`${MONEY}[data-hydrated]`).count()).toBe(0);
    await page.locator(MONEY).scrollIntoViewIfNeeded();
    await page.locator(`${MONEY}[data-hydrated]`).waitFor({ state: "attached" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the value on mouse hover and hides it when the mouse leaves", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openHydrated(context);
    await page.locator(`${MONEY} [data-key="youth-package"]`).hover();
    await expect.poll(() => page.locator(TIP).textContent()).toBe("청년 일자리 미래 패키지: 13억 원");
    expect(await page.locator(TIP).isVisible()).toBe(true);
    await page.mouse.move(1, 1);
    await expect.poll(() => page.locator(TIP).isVisible()).toBe(false);
    await context.close();
  });

  it("reaches every bar by Tab, shows its value, and closes on Escape", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openHydrated(context);
    const reached: string[] = [];
    for (let i = 0; i < 60 && reached.length < 4; i++) {
      await page.keyboard.press("Tab");
      const key = await page.evaluate(() => document.activeElement?.closest('chart-tooltip[data-figure="money-by-program"]') ? document.activeElement.getAttribute("data-key") : null);
      if (key) {
        reached.push(key);
        expect(await page.locator(TIP).isVisible()).toBe(true);
        expect(await page.locator(TIP).textContent()).toContain(":");
      }
    }
    expect(reached).toEqual(["youth-package", "dream-factory", "regional-industry", "job-school"]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).stroke);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Escape");
    expect(await page.locator(TIP).isVisible()).toBe(false);
    await context.close();
  });

  it("opens on tap and closes on a tap elsewhere", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const { page, errors } = await openHydrated(context);
    await page.locator(`${MONEY} [data-key="dream-factory"]`).tap();
    await expect.poll(() => page.locator(TIP).textContent()).toBe("내일 꿈 제작소: 약 2억 3000만 원");
    expect(await page.locator(TIP).isVisible()).toBe(true);
    await page.locator("#figure-money-by-program .chart-subtitle").tap();
    await expect.poll(() => page.locator(TIP).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("causes no layout shift when it hydrates and when the tip opens", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openStory(context);
    const box = () => page.locator("#figure-money-by-program").boundingBox().then((b) => [b!.width, b!.height]);
    const before = await box();
    await page.locator(MONEY).scrollIntoViewIfNeeded();
    await page.locator(`${MONEY}[data-hydrated]`).waitFor({ state: "attached" });
    await page.locator(`${MONEY} [data-key="job-school"]`).hover();
    await page.locator(TIP).waitFor({ state: "visible" });
    expect(await box()).toEqual(before);
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
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("every chart's SVG, title, description and table are there and visible", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    for (const id of ["money-by-program", "people-by-program"]) {
      const figure = page.locator(`#figure-${id}`);
      expect(await figure.locator('svg[role="img"]').isVisible()).toBe(true);
      expect(await figure.locator(".chart-title").isVisible()).toBe(true);
      expect(await figure.locator("svg desc").count()).toBe(1);
      expect(await figure.locator("table").isVisible()).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
