import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { CARD_WIDTHS, chartCard } from "../../src/downloads/chart-card.ts";
import { LIGHT } from "../../src/theme/palette.ts";
import { loadFigure, loadStoryData } from "../helpers/site-data.ts";
import { allText } from "./svg-text.ts";

const data = loadStoryData();

/** The colour-fallback rewrite touches attributes only: a title that reads like CSS is text. */
describe("serializeStandalone keeps text as written", () => {
  const title = "예산 var(--x, 13) 비교";
  const figure = { ...loadFigure("money-by-program"), title };
  const { svg } = chartCard(figure, data, data.sources, createServerDocument(), "제공");

  it(`card(title "${title}") has the title unchanged`, () => {
    expect(svg).toContain(`<title id="money-by-program-title">${title}</title>`);
  });

  it("and its colours resolved to the light palette", () => {
    expect(svg).toContain(`fill="${LIGHT.bar}"`);
    expect(svg).not.toMatch(/="[^"]*var\(/);
  });
});

describe("the standalone chart keeps every note of its figure, at both widths", () => {
  const figure = {
    ...loadFigure("people-by-program"),
    notes: [
      "첫째 주석: 한 사람이 여러 번 셀 수 있습니다.",
      "둘째 주석은 휴대전화 너비에서 두 줄 넘게 이어질 만큼 길게 적어, 줄이 바뀌어도 한 글자도 빠지지 않는지 봅니다.",
    ],
  };
  for (const width of [CARD_WIDTHS.phone, CARD_WIDTHS.desktop]) {
    const { svg } = chartCard(figure, data, data.sources, createServerDocument(), "제공", width);
    for (const note of figure.notes) {
      it(`card(notes, ${width}) contains "· ${note}"`, () => expect(allText(svg)).toContain(`· ${note}`));
    }
  }
});
