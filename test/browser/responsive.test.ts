/**
 * Every chart at every width a reader or a host column may have, with JavaScript off and
 * on, in the story and on its embed page: it fills its column (±2 px), its text is at the
 * page's CSS sizes (never below 12 px, never larger than the chart's title), and no label
 * overlaps another or is clipped. The figures per width land in
 * test-results/responsive.json (for the closing note).
 */
import { writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { artifactPath, baseUrl, PAGES } from "./support.ts";

const RESPONSIVE_WIDTHS = [280, 320, 390, 768, 1280] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  writeFileSync(artifactPath("responsive.json"), `${JSON.stringify(report, null, 1)}\n`);
  await browser?.close();
});

interface Measured {
  figure: string;
  chartWidth: number;
  columnWidth: number;
  smallestText: number;
  largestText: number;
  titleSize: number;
  overlaps: string[];
  clipped: string[];
}

const report: Record<string, Measured[]> = {};

/** Measures every visible chart of the page, in the page. */
function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() => {
    const boxes = (root: Element, selector: string) =>
      [...root.querySelectorAll<HTMLElement | SVGElement>(selector)]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
        .map((el) => ({ el, box: el.getBoundingClientRect() }));
    return [...document.querySelectorAll("figure.chart")].map((figure) => {
      const stage = figure.querySelector(".chart-stage")!;
      const column = figure.parentElement!;
      const style = getComputedStyle(column);
      const columnWidth =
        column.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const stageBox = stage.getBoundingClientRect();
      const texts = boxes(stage, ".chart-label, .chart-value, .chart-annotation, .chart-panel-title, .chart-axis text");
      const sizes = texts.map(({ el }) => parseFloat(getComputedStyle(el).fontSize));
      const overlaps: string[] = [];
      // Text boxes of one view must not intersect (0.5 px of anti-aliasing allowed).
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!.box;
          const b = texts[j]!.box;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`"${texts[i]!.el.textContent}" × "${texts[j]!.el.textContent}"`);
        }
      }
      const clipped = texts
        .filter(
          ({ el, box }) =>
            box.left < stageBox.left - 1 ||
            box.right > stageBox.right + 1 ||
            (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1),
        )
        .map(({ el }) => `"${el.textContent}"`);
      // Marks stay inside the chart too (a dot at 100% keeps its radius inside).
      for (const { el, box } of boxes(stage, ".chart-mark")) {
        if (box.left < stageBox.left - 1 || box.right > stageBox.right + 1)
          clipped.push(`mark ${el.getAttribute("data-key")}`);
      }
      const title = figure.querySelector(".chart-title")!;
      return {
        figure: figure.id,
        chartWidth: Math.round(stageBox.width * 10) / 10,
        columnWidth: Math.round(columnWidth * 10) / 10,
        smallestText: Math.min(...sizes),
        largestText: Math.max(...sizes),
        titleSize: parseFloat(getComputedStyle(title).fontSize),
        overlaps,
        clipped,
      };
    });
  });
}

const story = PAGES.find((p) => p.path === "/")!;
const targets = [
  { name: "story", path: story.path },
  ...story.figures.map((id) => ({ name: `embed ${id}`, path: `/embed/${id.replace(/^figure-/, "")}/` })),
];

describe.each([false, true])("JavaScript %s", (javaScriptEnabled) => {
  describe.each(RESPONSIVE_WIDTHS)("%i px wide", (width) => {
    it.each(targets)(
      "$name: every chart fills its column with text ≥ 12 px, no overlap, nothing clipped",
      async (target) => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${baseUrl}${target.path}`);
        await page.evaluate(() => document.fonts.ready);
        const charts = await measure(page);
        // Every other view too, switched by its radio (CSS shows it, with or without a script).
        const others = await page.$$eval(".chart-views input:not(:checked)", (inputs) =>
          inputs.map((input) => {
            const { name, value } = input as HTMLInputElement;
            return `input[name="${name}"][value="${value}"]`;
          }),
        );
        for (const selector of others) {
          await page.locator(selector).check();
          charts.push(...(await measure(page)).map((c) => ({ ...c, figure: `${c.figure} (${selector})` })));
        }
        report[`${target.name} @${width} js=${javaScriptEnabled}`] = charts;
        expect(charts.length).toBeGreaterThan(0);
        for (const c of charts) {
          expect(
            Math.abs(c.chartWidth - c.columnWidth),
            `${c.figure}: chart ${c.chartWidth} in column ${c.columnWidth}`,
          ).toBeLessThanOrEqual(2);
          expect(c.smallestText, `${c.figure}: smallest chart text`).toBeGreaterThanOrEqual(12);
          expect(c.largestText, `${c.figure}: chart text larger than its title`).toBeLessThanOrEqual(c.titleSize);
          expect(c.overlaps, `${c.figure}: overlapping labels`).toEqual([]);
          expect(c.clipped, `${c.figure}: clipped labels`).toEqual([]);
        }
        await context.close();
      },
    );
  });
});

it("chart text follows the reader's font-size setting (a 20 px root makes the labels larger)", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const at = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".chart-label")!).fontSize));
  const before = await at();
  await page.evaluate(() => (document.documentElement.style.fontSize = "125%"));
  expect(await at()).toBeCloseTo(before * 1.25, 1);
  const charts = await measure(page);
  for (const c of charts) expect([c.figure, c.overlaps, c.clipped]).toEqual([c.figure, [], []]);
  await context.close();
});

it("a 31-syllable program name wraps between words instead of being cut", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const long = "고양특례시 청년의 일자리 미래 도약 지원 패키지 사업 가운데 창업 지원 부문";
  const result = await page.evaluate((name) => {
    const label = document.querySelector(".chart-label")!;
    label.textContent = name;
    const box = label.getBoundingClientRect();
    const stage = label.closest(".chart-stage")!.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
    return {
      lines: Math.round(box.height / lineHeight),
      right: box.right,
      stageRight: stage.right,
      overflow: label.scrollWidth > label.clientWidth,
    };
  }, long);
  expect(result.lines).toBeGreaterThan(1);
  expect(result.right).toBeLessThanOrEqual(result.stageRight + 1);
  expect(result.overflow).toBe(false);
  await context.close();
});
