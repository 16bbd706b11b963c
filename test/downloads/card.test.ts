import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { CARD_WIDTHS, chartCard, KOREAN_FONT_STACK } from "../../src/downloads/chart-card.ts";
import { renderPng } from "../../src/downloads/png.ts";
import { sceneSvg } from "../../src/downloads/scene-svg.ts";
import { buildScene } from "../../src/charts/scene.ts";
import { figureShareImage, storyShareImage, shareFigure, SHARE_IMAGE_SIZE } from "../../src/downloads/share-image.ts";
import { estimateWidth, wrapText } from "../../src/downloads/text-layout.ts";
import { toXml } from "../../src/downloads/xml.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { sourcesCredit } from "../../src/text/source-credit.ts";
import { LIGHT } from "../../src/theme/palette.ts";
import { figureIds, loadFigure, loadStoryData } from "../helpers/site-data.ts";
import { allText, drawnTexts } from "./svg-text.ts";

// Everything from the tests' own copy of the site (test/fixtures/site/), never from data/.
const data = loadStoryData();
const { sources } = data;
const money = loadFigure("money-by-program");
const people = loadFigure("people-by-program");
const HOSTILE = '"><script>alert(1)</script> & <![CDATA[x]]> \u0001\u000b\uFFFE \uD800 끝';
const WIDTHS = [CARD_WIDTHS.phone, CARD_WIDTHS.desktop] as const;

/** resvg parses with a strict XML parser: it throws on a file that is not well-formed. */
const wellFormed = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).width;
const card = (figure: Figure, width: number = CARD_WIDTHS.desktop, chartData = data) =>
  chartCard(figure, chartData, sources, createServerDocument(), "제공", width);
const creditOf = (figure: Figure) =>
  sourcesCredit(
    sources.filter((s) => figure.sourceIds.includes(s.id)),
    ko,
  );

describe("the standalone chart SVG (src/downloads/chart-card.ts)", () => {
  it("is 375 px for a phone and 720 px for a desktop column", () => {
    expect(CARD_WIDTHS).toEqual({ phone: 375, desktop: 720 });
    expect(card(money).width, "the default width").toBe(720);
  });

  describe.each(WIDTHS)("at %i px", (width) => {
    const image = card(money, width);

    it("stands alone: xmlns, width and height, title and desc, a Korean font stack, no CSS variable, no page hook", () => {
      const { svg } = image;
      expect(image.width).toBe(width);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toContain(`width="${width}"`);
      expect(svg).toContain(`height="${image.height}"`);
      expect(svg).toContain(`<title id="money-by-program-title">${money.title}</title>`);
      expect(svg).toContain(`<desc id="money-by-program-desc">${money.subtitle}. `);
      expect(svg).toContain(`font-family="${KOREAN_FONT_STACK}"`);
      expect(KOREAN_FONT_STACK).toMatch(/^Pretendard, .*'Malgun Gothic'.*sans-serif$/);
      expect(svg).not.toContain("var(");
      expect(svg).not.toMatch(/data-tip|data-key|class=|<style/);
      expect(wellFormed(svg)).toBe(width);
    });

    it("has the title, the subtitle, every note, the source credit and the site credit", () => {
      const text = allText(image.svg);
      for (const words of [money.title, money.subtitle, ...money.notes.map((n) => `· ${n}`), creditOf(money), "제공"])
        expect(text, words).toContain(words);
    });

    it("has every row of the first view with its value, and no text line past the drawing's edge", () => {
      const text = allText(image.svg);
      for (const row of buildScene(money, data, sources, ko).views[0]!.panels[0]!.rows) {
        expect(text).toContain(row.label);
        expect(text).toContain(row.value);
      }
      for (const line of drawnTexts(image.svg)) {
        expect(line.left, line.text).toBeGreaterThanOrEqual(0);
        expect(line.right, line.text).toBeLessThanOrEqual(width);
      }
    });

    it("lays the chart out at its width, as the page does, instead of scaling it: chart text stays 14.4 px", () => {
      expect(image.svg).not.toContain("scale(");
      const label = drawnTexts(image.svg).find((t) => t.text === "내일 꿈 제작소")!;
      expect(label.fontSize).toBe(14.4);
    });

    it("says which view it shows, since the figure has two", () =>
      expect(allText(image.svg)).toContain(ko.tables.tip(ko.charts.views, money.viewLabel!)));
  });

  it("resolves every colour variable to the light palette's value", () => {
    const { svg } = card(money);
    expect(svg).toContain(`fill="${LIGHT.bar}"`); // var(--bar, #1d5fa8): the bars
    expect(svg).toContain(`stroke="${LIGHT.rule}"`); // var(--rule, #8a9099): the grid
  });

  it("writes an unknown value in muted italic, never as 0 or a bar", () => {
    const unknown = drawnTexts(card(money).svg).filter((t) => t.text === ko.unknown.money);
    expect(unknown).toHaveLength(3);
    for (const t of unknown) expect(t.attributes).toMatchObject({ "font-style": "italic", fill: LIGHT.muted });
  });

  it("leaves out the minor tick labels on a phone (as the page's container query does), keeps them at 720 px", () => {
    // The fixture's money scale: 0, 5억 (minor), 10억, 15억 (minor).
    const ticks = (svg: string) =>
      drawnTexts(svg)
        .filter((t) => t.fontSize === 11.52)
        .map((t) => t.text);
    expect(ticks(card(money, CARD_WIDTHS.desktop).svg)).toEqual(["0", "5억", "10억", "15억"]);
    expect(ticks(card(money, CARD_WIDTHS.phone).svg)).toEqual(["0", "10억"]);
  });

  it("wraps a long program name (31 syllables) onto more lines at 375 px instead of cutting it", () => {
    const name = "고양시 청년 일자리 미래 도약 지원 및 지역 산업 맞춤형 인력 양성 패키지 사업";
    expect([...name.replaceAll(" ", "")]).toHaveLength(31);
    const programs = data.programs.map((p) => (p.id === "youth-package" ? { ...p, name } : p));
    const { svg, width } = card(money, CARD_WIDTHS.phone, { ...data, programs });
    const lines = drawnTexts(svg);
    const nameLines = lines.filter((t) => name.includes(t.text) && t.fontSize === 14.4);
    expect(nameLines.length, "the name takes more than one line").toBeGreaterThan(1);
    expect(allText(svg)).toContain(name);
    expect(svg).not.toContain("…");
    for (const line of lines) {
      expect(line.left, line.text).toBeGreaterThanOrEqual(0);
      expect(line.right, line.text).toBeLessThanOrEqual(width);
    }
  });

  it("draws the glyph list: the legend, a glyph per known row in its series' colour, the annotations, the unknown word", () => {
    const scene = buildScene(people, data, sources, ko);
    const { svg } = card(people, CARD_WIDTHS.phone);
    const text = allText(svg);
    for (const item of scene.legend) expect(text).toContain(item.label);
    for (const annotation of people.annotations!) expect(text).toContain(annotation.label);
    expect(text).toContain(ko.unknown.people);
    const rows = scene.views[0]!.panels[0]!.rows;
    // One glyph per legend swatch and one per known row, each a series colour.
    const glyphs = [...svg.matchAll(/<path [^>]*>/g)].map((m) => /fill="(#[0-9a-f]{6})"/.exec(m[0])?.[1]);
    expect(glyphs).toHaveLength(scene.legend.length + rows.filter((r) => !r.unknown).length);
    for (const fill of glyphs) expect(LIGHT.series).toContain(fill);
  });

  it("draws a span the source does not date outright dashed and outlined on the background", () => {
    const { svg } = card(loadFigure("funding-timeline"));
    const inferred = [...svg.matchAll(/<rect [^>]*stroke-dasharray="5 3"[^>]*>/g)].map((m) => m[0]);
    expect(inferred.length).toBeGreaterThan(0);
    for (const rect of inferred) expect(rect).toContain(`fill="${LIGHT.background}"`);
  });

  it("gives each small multiple its title", () => {
    const figure = loadFigure("per-unit-cost");
    const titles = buildScene(figure, data, sources, ko).views[0]!.panels.map((p) => p.title);
    expect(titles.length).toBeGreaterThan(1);
    const drawn = drawnTexts(card(figure).svg).filter((t) => t.attributes["font-weight"] === "600");
    for (const title of titles) expect(drawn.map((t) => t.text)).toContain(title);
  });

  it.each(figureIds())("%s: a well-formed file at both widths, every line inside it", (id) => {
    for (const width of WIDTHS) {
      const { svg } = card(loadFigure(id), width);
      expect(wellFormed(svg)).toBe(width);
      for (const line of drawnTexts(svg)) expect(line.right, `${id} ${width}: ${line.text}`).toBeLessThanOrEqual(width);
    }
  });

  it("the PNG of the desktop file is 1440 px wide (2x)", () => {
    const { svg, height } = card(money);
    const png = renderPng(svg);
    expect([png.width, png.height]).toEqual([1440, height * 2]);
  });

  it("stays well-formed XML with hostile text in every field, which reads back as text", () => {
    const figure = { ...money, title: HOSTILE, subtitle: HOSTILE, description: HOSTILE };
    const poisoned = data.programs.map((p) => ({ ...p, name: `${p.name} ${HOSTILE}` }));
    const { svg } = chartCard(
      figure,
      { ...data, programs: poisoned },
      sources.map((s) => ({ ...s, outlet: HOSTILE })),
      createServerDocument(),
      HOSTILE,
    );
    expect(wellFormed(svg)).toBeGreaterThan(0);
    expect(svg).not.toContain("<script");
    const { document } = parseHTML(`<!doctype html><html><body>${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`);
    expect(document.querySelector("title")!.textContent).toBe('"><script>alert(1)</script> & <![CDATA[x]]>   끝');
  });

  it("the XML serializer escapes attributes, which linkedom's HTML serializer does not", () => {
    const document = createServerDocument();
    const el = document.createElementNS("http://www.w3.org/2000/svg", "text");
    el.setAttribute("data-x", 'a<b&c"d\n');
    el.textContent = "<&>";
    expect(toXml(el)).toBe('<text data-x="a&lt;b&amp;c&quot;d&#10;">&lt;&amp;&gt;</text>');
  });
});

describe("a scene drawn as SVG (src/downloads/scene-svg.ts)", () => {
  it("places a bar from 0 to its percentage of the track, in pixels", () => {
    const scene = buildScene(money, data, sources, ko);
    const { element } = sceneSvg(createServerDocument(), scene, { width: 500 });
    const bars = [...element.querySelectorAll("rect")];
    const first = scene.views[0]!.panels[0]!.rows[0]!.marks[0]!;
    expect(Number(bars[0]!.getAttribute("x"))).toBe(0);
    expect(Number(bars[0]!.getAttribute("width"))).toBeCloseTo((first.x1 / 100) * 500, 0);
  });

  it("draws another view when told", () => {
    const scene = buildScene(money, data, sources, ko);
    const youth = sceneSvg(createServerDocument(), scene, { width: 500, view: 1 });
    const labels = [...youth.element.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toContain(scene.views[1]!.panels[0]!.rows[0]!.label);
    expect(labels).not.toContain(ko.unknown.money);
    expect(() => sceneSvg(createServerDocument(), scene, { width: 500, view: 9 })).toThrow(/no view 9/);
  });

  it("is taller at a phone's width than at a desktop's (labels and values wrap)", () => {
    const scene = buildScene(loadFigure("funding-timeline"), data, sources, ko);
    const height = (width: number) => sceneSvg(createServerDocument(), scene, { width }).height;
    expect(height(343)).toBeGreaterThan(height(672));
  });
});

describe("the share images", () => {
  it("the story's is 1200×630 with the story's title and the chart, and well-formed", () => {
    const story = { title: "고양시 2025년 일자리 사업, 숫자로 따져 보기", dek: "짧은 소개".repeat(40) };
    const image = storyShareImage(story, money, data, sources, createServerDocument(), "제공");
    expect([image.width, image.height]).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
    expect(image.svg).toContain("고양시 2025년 일자리");
    expect(image.svg).toContain(`fill="${LIGHT.bar}"`);
    expect(image.svg).toContain("…"); // the over-long dek is cut, not run off the image
    expect(wellFormed(image.svg)).toBe(1200);
  });

  it.each(figureIds())("%s: its card is 1200×630, well-formed, every line of text inside it", (id) => {
    const image = figureShareImage(loadFigure(id), data, sources, createServerDocument(), "제공");
    expect(wellFormed(image.svg)).toBe(1200);
    for (const line of drawnTexts(image.svg)) {
      expect(line.left, line.text).toBeGreaterThanOrEqual(0);
      expect(line.right, line.text).toBeLessThanOrEqual(SHARE_IMAGE_SIZE.width);
    }
  });

  it("shows the story's first chart, else the first figure, whatever the figures are called", () => {
    const figures = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(shareFigure("::chart[c]\n\n::chart[b]\n", figures).id).toBe("c");
    expect(shareFigure("글\n\n::chart[b]\n", figures).id).toBe("b");
    expect(shareFigure("::chart[zz]\n::chart[b]\n", figures).id, "an unknown id is passed over").toBe("b");
    expect(shareFigure("no charts", figures).id).toBe("a");
    expect(() => shareFigure("", [])).toThrow(/needs a chart/);
  });
});

describe("line breaking for SVG text", () => {
  it("breaks between words within the width, and splits a word only when it is too long", () => {
    const lines = wrapText("사업마다 세는 대상이 달라 숫자끼리 바로 비교할 수 없습니다", 15, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 15)).toBeLessThanOrEqual(200);
    expect(lines.join(" ")).toBe("사업마다 세는 대상이 달라 숫자끼리 바로 비교할 수 없습니다");
    expect(wrapText("가".repeat(30), 10, 100).every((l) => estimateWidth(l, 10) <= 100)).toBe(true);
  });

  it("ends a cut text with an ellipsis", () => {
    const lines = wrapText("하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열", 20, 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });
});
