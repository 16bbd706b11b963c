import { describe, expect, it } from "vitest";
import { buildScene } from "../../src/charts/scene.ts";
import { sceneViewHeight } from "../../src/downloads/scene-svg.ts";
import { EMBED_WIDTHS, embedHeight, embedHeightTable, pageLines, pageTextWidth } from "../../src/embed/embed-height.ts";
import { formatHeights, parseHeights } from "../../src/embed/heights.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { figureIds, loadFigure, loadStoryData } from "../helpers/site-data.ts";

// The fixture's data and figures (test/fixtures/site/), never data/.
const data = loadStoryData();
const WIDTHS = [320, 600, 1024];
const options = { sources: data.sources, credit: "고양시 2025년 일자리 사업, 숫자로 따져 보기" };

describe("the embed page's height model (src/embed/embed-height.ts)", () => {
  it.each(figureIds())("%s: a whole number of pixels, taller at a narrower iframe", (id) => {
    const figure = loadFigure(id);
    const heights = WIDTHS.map((w) => embedHeight(figure, data, w, options));
    for (const h of heights) expect(Number.isInteger(h) && h > 200).toBe(true);
    expect(heights[0]).toBeGreaterThanOrEqual(heights[1]!);
    expect(heights[1]).toBeGreaterThanOrEqual(heights[2]!);
  });

  it.each(figureIds())(
    "%s: the table lists the 13 widths, never rising, and round-trips through data-heights",
    (id) => {
      const table = embedHeightTable(loadFigure(id), data, options);
      expect(table.map((s) => s.width)).toEqual([...EMBED_WIDTHS]);
      for (let i = 1; i < table.length; i++) expect(table[i]!.height).toBeLessThanOrEqual(table[i - 1]!.height);
      const parsed = parseHeights(formatHeights(table));
      expect(parsed).not.toBeNull();
      expect(parsed![0]).toEqual(table[0]);
    },
  );

  it("counts the chart block from the scene: each row more makes it taller", () => {
    const figure = loadFigure("money-by-program");
    const fewer = { ...figure, data: { ...figure.data, ids: figure.data.ids!.slice(0, 3) } };
    expect(embedHeight(figure, data, 600)).toBeGreaterThan(embedHeight(fewer, data, 600));
  });

  it("is at least the chart's own layout at the iframe's content width, plus the title and table", () => {
    const figure = loadFigure("funding-timeline");
    const chart = sceneViewHeight(buildScene(figure, data, data.sources, ko), 0, 320 - 24, { named: false });
    expect(embedHeight(figure, data, 320)).toBeGreaterThan(chart + 200);
  });

  it("leaves room for the tallest view (no host script keeps the first height whichever view is picked) and the control", () => {
    // The small multiples (four panels) as the second view, a single panel of totals first.
    const perUnit = loadFigure("per-unit-cost");
    const figure: Figure = {
      ...perUnit,
      x: { field: "budget", format: "krw" },
      facet: undefined,
      viewLabel: "총액",
      views: [{ id: "unit", label: "단위당 금액", x: { field: "perUnit", format: "perUnit" }, facet: "perUnitKind" }],
    };
    const scene = buildScene(figure, data, data.sources, ko);
    const [first, second] = [0, 1].map((v) => sceneViewHeight(scene, v, 600 - 24, { named: false }));
    expect(second).toBeGreaterThan(first!);
    const single = { ...figure, views: undefined };
    expect(embedHeight(figure, data, 600) - embedHeight(single, data, 600)).toBeGreaterThanOrEqual(second! - first!);
  });

  it("a longer credit or source line that wraps adds a line; the plain flag leaves out the chrome", () => {
    const figure = loadFigure("money-by-program");
    const long = "아주 긴 기사 제목이 한 줄에 다 들어가지 않아서 두 줄, 세 줄로 넘어가는 경우를 생각해 봅니다";
    expect(embedHeight(figure, data, 375, { ...options, credit: long })).toBeGreaterThan(
      embedHeight(figure, data, 375, options) + 20,
    );
    expect(embedHeight(figure, data, 375, { ...options, plain: true })).toBeLessThan(
      embedHeight(figure, data, 375, options) - 150,
    );
    // Without the credit and the sources, each is counted as two lines: taller, never shorter.
    expect(embedHeight(figure, data, 768)).toBeGreaterThan(embedHeight(figure, data, 768, options));
  });

  it("text widths: the measured advances (Hangul 0.92 em, DejaVu Sans digits 0.636 em), 0.3% over; lines break between words", () => {
    expect(pageTextWidth("가나다", 100)).toBeCloseTo(3 * 92 * 1.003, 5);
    expect(pageTextWidth("2025", 100)).toBeCloseTo(4 * 63.6 * 1.003, 5);
    expect(pageTextWidth("2025", 100, true)).toBeGreaterThan(pageTextWidth("2025", 100));
    const box = pageTextWidth("사업별 예산", 16);
    expect(pageLines("사업별 예산", 16, box)).toBe(1);
    expect(pageLines("사업별 예산", 16, box - 1)).toBe(2);
    // A word wider than the box is split anywhere (overflow-wrap: anywhere).
    expect(pageLines("가".repeat(30), 16, 100)).toBe(Math.ceil((30 * 0.92 * 16 * 1.003) / 100));
    expect(pageLines("", 16, 100)).toBe(0);
  });
});
