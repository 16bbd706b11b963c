import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { ProjectCopy } from "../helpers/build-project.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";
import { htmlPages } from "../hostile/inspect-html.ts";
import { PAYLOADS } from "../hostile/payloads.ts";
import { plantPayloads } from "../hostile/plant-payloads.ts";

/**
 * The poisoned build (every JSON text field and the story carry XSS payloads) in a real
 * browser: reading it, hovering, tapping and tabbing through every chart mark must never
 * open a dialog or throw.
 */
describe(`hostile input (${PAYLOADS.length} payloads) in Chromium`, () => {
  const copy = new ProjectCopy();
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    plantPayloads(copy);
    const run = copy.build();
    expect(run.status, run.output).toBe(0);
    server = await serveStatic(copy.dist);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    copy.cleanup();
  });

  it("opens no dialog and throws no error on any page, whatever the reader does", async () => {
    const pages = htmlPages(copy.dist);
    expect(pages.length).toBeGreaterThan(0);
    const dialogs: string[] = [];
    const errors: string[] = [];
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true });
      const page = await context.newPage();
      page.on("dialog", async (dialog) => {
        dialogs.push(`${path}: ${dialog.type()} ${dialog.message()}`);
        await dialog.dismiss();
      });
      page.on("pageerror", (e) => errors.push(`${path}: ${e.message}`));
      await page.goto(`${server.url}/${path.replace(/index\.html$/, "")}`);
      for (const island of await page.locator("chart-island").all()) {
        await island.scrollIntoViewIfNeeded();
        await island.locator("xpath=self::*[@data-hydrated]").waitFor({ state: "attached" });
        for (const mark of await island.locator(".chart-mark[tabindex]").all()) {
          await mark.hover();
          await mark.tap();
        }
      }
      for (let i = 0; i < 40; i++) await page.keyboard.press("Tab");
      await page.mouse.move(5, 5);
      await page.waitForTimeout(200);
      await context.close();
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
