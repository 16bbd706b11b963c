/**
 * The embed gallery (/embed/) in Chromium: its live previews take the height their embed
 * pages report (and the initial heights in the codes are close to it), the copy buttons
 * copy (or select, where the clipboard is unavailable), the wide previews scroll inside
 * their region by keyboard, and the sandbox's allow-same-origin is shown to be needed.
 * The page-wide gates (axe, CSP, no sideways scroll, no JS) run over it in the other files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBED_SANDBOX } from "../../src/embed/codes.ts";
import { heightAt, parseHeights } from "../../src/embed/heights.ts";
import { launchChromium } from "../helpers/browser.ts";
import { baseUrl, distDir, openPage, PAGES } from "./support.ts";

const gallery = PAGES.find((p) => p.path === "/embed/");
if (!gallery) throw new Error("the build has no /embed/ page");

/** What the built gallery promises: each preview's figure, width and initial height. */
const { document: built } = parseHTML(readFileSync(join(distDir, "embed/index.html"), "utf8"));
const previews = [...built.querySelectorAll("iframe[data-preview]")].map((frame) => ({
  figure: frame.getAttribute("data-figure-id")!,
  width: Number(frame.getAttribute("width")),
  initial: Number(frame.getAttribute("height")),
}));
const codes = [...built.querySelectorAll("textarea.code")].map((t) => t.id);
/** The model's table each figure's codes carry (the oEmbed html's data-heights), by figure. */
const tables = new Map(
  [...new Set(previews.map((p) => p.figure))].map((figure) => {
    const html = (JSON.parse(readFileSync(join(distDir, "oembed", `${figure}.json`), "utf8")) as { html: string }).html;
    return [figure, parseHeights(/data-heights="([^"]+)"/.exec(html)?.[1] ?? null)!] as const;
  }),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/**
 * The content height an embed page reports at a width, measured on the page itself; with
 * `tallest`, the tallest of its views (without a host script an iframe keeps one height
 * whichever view the reader picks, so the model covers the tallest).
 */
async function contentHeight(figure: string, width: number, { tallest = false } = {}): Promise<number> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${baseUrl}/embed/${figure}/`);
  const height = await page.evaluate(async (tallest) => {
    await document.fonts.ready;
    const measure = () => document.querySelector("[data-embed-content]")!.getBoundingClientRect().height;
    const views = tallest ? [...document.querySelectorAll<HTMLInputElement>(".chart-views input")] : [];
    const heights = [measure()];
    for (const view of views) {
      view.click();
      heights.push(measure());
    }
    return Math.ceil(Math.max(...heights));
  }, tallest);
  await page.close();
  return height;
}

describe("/embed/: the gallery", () => {
  it("has three previews per figure, at 320, 600 and 1024 px", () => {
    const figures = [...new Set(previews.map((p) => p.figure))];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures)
      expect(previews.filter((p) => p.figure === figure).map((p) => p.width)).toEqual([320, 600, 1024]);
  });

  it("each preview takes the height its embed page reports; the initial height was close, and never much too short", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, gallery);
    const frames = page.locator("iframe[data-preview]");
    const report: string[] = [];
    for (const [i, preview] of previews.entries()) {
      const frame = frames.nth(i);
      await frame.scrollIntoViewIfNeeded();
      const expected = await contentHeight(preview.figure, preview.width);
      await expect
        .poll(() => frame.evaluate((f) => f.clientHeight), {
          timeout: 10_000,
          message: `${preview.figure} at ${preview.width}`,
        })
        .toBe(expected);
      report.push(`${preview.figure} ${preview.width}px: initial ${preview.initial}, reported ${expected}`);
      // Too short clips the chart where no script runs; too tall leaves a gap until it does.
      expect(preview.initial, report.at(-1)).toBeGreaterThanOrEqual(expected);
      expect(preview.initial, report.at(-1)).toBeLessThanOrEqual(expected + 60);
    }
    console.log(report.join("\n"));
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("the height model (the codes' data-heights) against the real page at 288 (a 320 px phone's column), 320, 343, 375, 768 and 1280 px: never short, at most 40 px over", async () => {
    const rows: string[] = [];
    const over: number[] = [];
    for (const [figure, table] of tables) {
      expect(table, figure).not.toBeNull();
      const cells: string[] = [];
      for (const width of [288, 320, 343, 375, 768, 1280]) {
        const real = await contentHeight(figure, width, { tallest: true });
        const model = heightAt(table, width);
        cells.push(`${width}: ${model}/${real} (${model - real >= 0 ? "+" : ""}${model - real})`);
        over.push(model - real);
        // Never short: the iframe code keeps this height where no script runs.
        expect(model, `${figure} at ${width} px: model ${model}, real ${real}`).toBeGreaterThanOrEqual(real);
        expect(model, `${figure} at ${width} px: model ${model}, real ${real}`).toBeLessThanOrEqual(real + 40);
      }
      rows.push(`${figure.padEnd(22)}${cells.join("  ")}`);
    }
    const sorted = [...over].sort((a, b) => a - b);
    console.log(
      `model/real (px over) at 288, 320, 343, 375, 768, 1280:\n${rows.join("\n")}\nmedian +${sorted[Math.floor(sorted.length / 2)]}, max +${sorted.at(-1)}`,
    );
  });

  it("the flag picker rewrites every code and preview; each page view names its copies <figure-id>-<4 characters>", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, gallery);
    const figure = previews[0]!.figure;
    const instanceOf = () =>
      page
        .locator(`[id="code-${figure}-iframe"]`)
        .inputValue()
        .then((v) => /name="([^"]+)"/.exec(v)?.[1]);
    const first = await instanceOf();
    expect(first).toMatch(new RegExp(`^${figure}-[a-z0-9]{4}$`));
    expect(await page.locator(`[id="code-${figure}-script"]`).inputValue()).toContain(`data-instance="${first}"`);
    await page.getByLabel("어둡게").check();
    await page.getByLabel("그래프만(").check();
    for (const kind of ["iframe", "script", "amp", "pym"])
      expect(await page.locator(`[id="code-${figure}-${kind}"]`).inputValue(), kind).toContain(
        `/embed/${figure}/?dark=true&amp;plain`,
      );
    expect(await page.locator(`iframe[data-preview][data-figure-id="${figure}"]`).first().getAttribute("src")).toMatch(
      new RegExp(`/embed/${figure}/\\?dark=true&plain$`),
    );
    await page.getByLabel("자동(독자·기사 페이지에 맞춤)").check();
    await page.getByLabel("그래프만(").uncheck();
    const code = await page.locator(`[id="code-${figure}-iframe"]`).inputValue();
    expect(code).toContain(`src="${/src="([^"?]+)/.exec(code)![1]}"`);
    expect(code).not.toContain("?");
    // Another page view, another name: two copies pasted from two visits stay distinct.
    await page.reload();
    expect(await instanceOf()).not.toBe(first);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("a copy button copies its code to the clipboard and says so", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const { page, problems } = await openPage(context, gallery);
    for (const id of codes) {
      const button = page.locator(`button[data-copy-target="${id}"]`);
      await button.click();
      await expect.poll(() => page.locator(`[id="${id}-status"]`).textContent()).toBe("복사했습니다.");
      const value = await page.locator(`[id="${id}"]`).inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    }
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("without the clipboard API, the button selects the whole code for Ctrl+C", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }),
    );
    const { page, problems } = await openPage(context, gallery);
    const id = codes[0]!;
    await page.locator(`button[data-copy-target="${id}"]`).click();
    await expect.poll(() => page.locator(`[id="${id}-status"]`).textContent()).toMatch(/선택했습니다/);
    const selection = await page.locator(`[id="${id}"]`).evaluate((t: HTMLTextAreaElement) => ({
      focused: document.activeElement === t,
      start: t.selectionStart,
      end: t.selectionEnd,
      length: t.value.length,
    }));
    expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
    expect(selection.length).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("without JavaScript the codes are there to select and no button that would do nothing shows", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } });
    const { page, problems } = await openPage(context, gallery);
    expect(await page.locator("textarea.code").count()).toBe(codes.length);
    expect(await page.locator("textarea.code").first().isVisible()).toBe(true);
    expect(await page.locator("button.copy-button:visible").count()).toBe(0);
    // The picker needs the script: shown but disabled without it (enabling it later moves
    // nothing), and the codes are the built defaults.
    expect(await page.locator("#flag-form").isVisible()).toBe(true);
    expect(
      await page.locator("#flag-form input").evaluateAll((inputs) => inputs.every((i) => i.matches(":disabled"))),
    ).toBe(true);
    expect(await page.locator("textarea.code").first().inputValue()).not.toContain("?");
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("at 320 px the previews scroll inside their region, which the keyboard reaches and scrolls", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const { page, problems } = await openPage(context, gallery);
    const region = page.locator(".preview-scroll").first();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator("main a").first().focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await region.evaluate((el) => document.activeElement === el);
    }
    expect(reached, "Tab reaches the preview region").toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});

describe("why the sandbox keeps allow-same-origin", () => {
  /** Frames the embed page with a sandbox and collects the messages it sends, with their origin. */
  async function framed(page: Page, sandbox: string): Promise<{ origin: string; data: unknown }[]> {
    const figure = previews[0]!.figure;
    return page.evaluate(
      async ({ src, sandbox }) => {
        const seen: { origin: string; data: unknown }[] = [];
        const frame = document.createElement("iframe");
        frame.setAttribute("sandbox", sandbox);
        frame.src = src;
        addEventListener("message", (e) => {
          if (e.source === frame.contentWindow) seen.push({ origin: e.origin, data: e.data });
        });
        const loaded = new Promise((resolve) => frame.addEventListener("load", resolve));
        document.body.append(frame);
        await loaded;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        frame.remove();
        return seen;
      },
      { src: `/embed/${figure}/`, sandbox },
    );
  }

  it("with it, the embed reports its height from its own origin; without it, from origin null or not at all", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/`);
    const ours = await framed(page, EMBED_SANDBOX);
    expect(ours.length).toBeGreaterThan(0);
    expect(new Set(ours.map((m) => m.origin))).toEqual(new Set([baseUrl]));
    // An opaque origin: its module script is a CORS request (Origin: null) that a plain
    // static host refuses, so it cannot even measure itself; anything it did send would
    // arrive from "null", which the host script rightly ignores.
    const opaque = await framed(page, EMBED_SANDBOX.replace("allow-same-origin", "").trim());
    expect(opaque.filter((m) => m.origin !== "null")).toEqual([]);
    await context.close();
  });
});
