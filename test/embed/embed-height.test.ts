import { describe, expect, it } from "vitest";
import { buildScene } from "../../src/charts/scene.ts";
import { sceneViewHeight } from "../../src/downloads/scene-svg.ts";
import { embedHeight } from "../../src/embed/embed-height.ts";
import { oembedResponse, OEMBED_WIDTH } from "../../src/embed/oembed.ts";
import { createUrls } from "../../src/embed/urls.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { figureIds, loadFigure, loadStoryData } from "../helpers/site-data.ts";

// The fixture's data and figures (test/fixtures/site/), never data/.
const data = loadStoryData();
const WIDTHS = [320, 600, 1024];

describe("the embed page's height model (src/embed/embed-height.ts)", () => {
  it.each(figureIds())("%s: a whole number of pixels, taller at a narrower iframe", (id) => {
    const figure = loadFigure(id);
    const heights = WIDTHS.map((w) => embedHeight(figure, data, w));
    for (const h of heights) expect(Number.isInteger(h) && h > 200).toBe(true);
    expect(heights[0]).toBeGreaterThanOrEqual(heights[1]!);
    expect(heights[1]).toBeGreaterThanOrEqual(heights[2]!);
  });

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

  it("the oEmbed response carries it at its width", () => {
    const urls = createUrls({ site: "https://news.example", base: "/" });
    const figure = loadFigure("people-by-program");
    const response = oembedResponse(urls, figure, data, { width: 1200, height: 630 });
    expect(response.width).toBe(OEMBED_WIDTH);
    expect(response.height).toBe(embedHeight(figure, data, OEMBED_WIDTH));
    expect(response.html).toContain(`height="${response.height}"`);
  });
});
