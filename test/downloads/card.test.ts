import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { chartCard, KOREAN_FONT_STACK } from "../../src/downloads/chart-card.ts";
import { storyShareImage, shareFigure, SHARE_IMAGE_SIZE } from "../../src/downloads/share-image.ts";
import { estimateWidth, wrapText } from "../../src/downloads/text-layout.ts";
import { toXml } from "../../src/downloads/xml.ts";
import { FIXTURE_ROOT, loadFigure, loadPrograms, readJson } from "../helpers/site-data.ts";
import type { Source } from "../../src/schemas/source.ts";

const programs = loadPrograms();
const sources = readJson("data/sources.json", FIXTURE_ROOT) as Source[];
const money = loadFigure("money-by-program");
const HOSTILE = '"><script>alert(1)</script> & <![CDATA[x]]> \u0001\u000b\uFFFE \uD800 끝';

/** resvg parses with a strict XML parser: it throws on a file that is not well-formed. */
const wellFormed = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).width;

describe("the standalone chart SVG (src/downloads/chart-card.ts)", () => {
  const card = chartCard(money, { programs }, sources, createServerDocument(), "제공");

  it("stands alone: xmlns, width and height, title and desc, a Korean font stack, no CSS variable, no page hook", () => {
    const { svg } = card;
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`width="${card.width}"`);
    expect(svg).toContain(`height="${card.height}"`);
    expect(svg).toContain(`<title id="money-by-program-title">${money.title}</title>`);
    expect(svg).toContain(`<desc id="money-by-program-desc">${money.subtitle}. `);
    expect(svg).toContain(`font-family="${KOREAN_FONT_STACK}"`);
    expect(KOREAN_FONT_STACK).toMatch(/^Pretendard, .*'Malgun Gothic'.*sans-serif$/);
    expect(svg).not.toContain("var(");
    expect(svg).not.toMatch(/data-tip|data-key|class=|<style/);
    expect(wellFormed(svg)).toBe(card.width);
  });

  it("resolves every colour variable to the light palette's value", () => {
    expect(card.svg).toContain('fill="#1d5fa8"'); // var(--bar, #1d5fa8)
    expect(card.svg).toContain('stroke="#8a9099"'); // var(--rule, #8a9099)
  });

  it("stays well-formed XML with hostile text in every field, which reads back as text", () => {
    const figure = { ...money, title: HOSTILE, subtitle: HOSTILE, description: HOSTILE };
    const poisoned = programs.map((p) => ({ ...p, name: `${p.name} ${HOSTILE}` }));
    const { svg } = chartCard(
      figure,
      { programs: poisoned },
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

describe("the story's share image", () => {
  it("is 1200×630 with the story's title and the chart, and well-formed", () => {
    const story = { title: "고양시 2025년 일자리 사업, 숫자로 따져 보기", dek: "짧은 소개".repeat(40) };
    const image = storyShareImage(story, money, { programs }, sources, createServerDocument(), "제공");
    expect([image.width, image.height]).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
    expect(image.svg).toContain("고양시 2025년 일자리");
    expect(image.svg).toContain('fill="#1d5fa8"');
    expect(image.svg).toContain("…"); // the over-long dek is cut, not run off the image
    expect(wellFormed(image.svg)).toBe(1200);
  });

  it("shows the story's first money chart, else its first chart, else the first figure", () => {
    const figures = [
      { id: "a", type: "people-by-program" },
      { id: "b", type: "money-by-program" },
      { id: "c", type: "people-by-program" },
    ];
    expect(shareFigure("::chart[c]\n\n::chart[b]\n", figures).id).toBe("b");
    expect(shareFigure("::chart[c]\n", figures).id).toBe("c");
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
