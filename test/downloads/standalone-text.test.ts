import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { chartCard } from "../../src/downloads/chart-card.ts";
import type { Source } from "../../src/schemas/source.ts";
import { FIXTURE_ROOT, loadFigure, loadPrograms, readJson } from "../helpers/site-data.ts";

/** The colour-fallback rewrite touches attributes only: a title that reads like CSS is text. */
describe("serializeStandalone keeps text as written", () => {
  const programs = loadPrograms();
  const sources = readJson("data/sources.json", FIXTURE_ROOT) as Source[];
  const title = "예산 var(--x, 13) 비교";
  const figure = { ...loadFigure("money-by-program"), title };
  const { svg } = chartCard(figure, { programs }, sources, createServerDocument(), "제공");

  it(`card(title "${title}") has the title unchanged`, () => {
    expect(svg).toContain(`<title id="money-by-program-title">${title}</title>`);
  });

  it("and its colours resolved to the light palette", () => {
    expect(svg).toContain('fill="#1d5fa8"');
    expect(svg).not.toMatch(/="[^"]*var\(/);
  });
});

describe("the standalone chart keeps every note of its figure", () => {
  const programs = loadPrograms();
  const sources = readJson("data/sources.json", FIXTURE_ROOT) as Source[];
  const figure = {
    ...loadFigure("people-by-program"),
    notes: ["첫째 주석: 한 사람이 여러 번 셀 수 있습니다.", "둘째 주석입니다."],
  };
  const { svg } = chartCard(figure, { programs }, sources, createServerDocument(), "제공");

  for (const note of figure.notes) {
    it(`card(notes) contains "· ${note}"`, () => expect(svg).toContain(`· ${note}`));
  }
});
