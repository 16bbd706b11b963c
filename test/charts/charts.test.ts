import { describe, expect, it } from "vitest";
import { CHARTS, renderChart } from "../../src/charts/index.ts";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { FIGURE_TYPES } from "../../src/schemas/index.ts";
import { normalizeSvg } from "../helpers/normalize-svg.ts";
import { figureIds as fixtureFigureIds, loadFigure, loadPrograms } from "../helpers/site-data.ts";

// The charts draw the tests' own copy of the data (test/fixtures/site/data), so an editor's
// correction to data/ changes neither these expectations nor the snapshots in output/.
const data = { programs: loadPrograms() };
const render = (id: string) => renderChart(loadFigure(id), data, { document: createServerDocument() });
const figureIds = fixtureFigureIds();

describe("SVG snapshots (update with: npm test -- -u)", () => {
  for (const id of figureIds) {
    it(`${id} renders as in test/charts/output/${id}.svg`, async () => {
      await expect(normalizeSvg(render(id).outerHTML)).toMatchFileSnapshot(`./output/${id}.svg`);
    });
  }
});

describe("every chart", () => {
  it("has a chart function for every figure type", () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...FIGURE_TYPES].sort());
  });

  for (const id of figureIds) {
    it(`${id} is an <svg role="img"> named by its title and described by its description`, () => {
      const svg = render(id);
      const figure = loadFigure(id);
      expect(svg.tagName.toLowerCase()).toBe("svg");
      expect(svg.getAttribute("role")).toBe("img");
      const title = svg.querySelector(`#${svg.getAttribute("aria-labelledby")}`);
      const desc = svg.querySelector(`#${svg.getAttribute("aria-describedby")}`);
      expect(title?.tagName.toLowerCase()).toBe("title");
      expect(title?.textContent).toBe(figure.title);
      expect(desc?.textContent).toContain(figure.description);
      expect(svg.querySelector("style")).toBeNull();
      expect(svg.outerHTML).not.toMatch(/NaN|undefined|Infinity|\sstyle="/);
    });
  }
});

describe("money by program", () => {
  const svg = render("money-by-program");
  const tips = [...svg.querySelectorAll("[data-tip]")].map((m) => m.getAttribute("data-tip"));
  const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);

  it("draws a bar for each of the four programs with a known amount, in Korean money format", () => {
    expect(tips).toEqual([
      "청년 일자리 미래 패키지: 13억 원",
      "내일 꿈 제작소: 약 2억 3000만 원",
      "지역산업 맞춤형 일자리 창출 지원사업: 1억 5000만 원",
      "고양 맞춤형 일자리 학교: 1억 3500만 원",
    ]);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
  });

  it("keeps the three programs without an amount as rows labelled 금액 미공개", () => {
    expect(texts.filter((t) => t === "금액 미공개")).toHaveLength(3);
    for (const name of [
      "신중년 경력형 일자리 사업",
      "2025 고양시 중장년 일자리 박람회",
      "노인 일자리(시장형 일자리 사업)",
    ]) {
      expect(texts).toContain(name);
    }
  });

  it("labels the axis in the compact Korean form", () => {
    expect(texts).toEqual(expect.arrayContaining(["0", "5억", "10억"]));
  });

  it("its table lists every program with its amount or 금액 미공개", () => {
    const table = CHARTS["money-by-program"].table(loadFigure("money-by-program"), data);
    expect(table.columns).toEqual(["사업", "예산"]);
    expect(table.rows).toContainEqual(["내일 꿈 제작소", "약 2억 3000만 원"]);
    expect(table.rows).toContainEqual(["노인 일자리(시장형 일자리 사업)", "금액 미공개"]);
    expect(table.rows).toHaveLength(7);
  });
});

describe("people by program", () => {
  const figure = loadFigure("people-by-program");
  const svg = render("people-by-program");
  const dots = [...svg.querySelectorAll('g[aria-label="dot"] path')];

  it("draws one mark per known count, each naming what it counts", () => {
    expect(dots.map((d) => d.getAttribute("data-tip"))).toEqual([
      "내일 꿈 제작소: 참여 연인원 2,795명",
      "청년 일자리 미래 패키지: 지원 186명",
      "2025 고양시 중장년 일자리 박람회: 채용 목표 149명",
      "고양 맞춤형 일자리 학교: 교육 대상 69명",
      "신중년 경력형 일자리 사업: 배치 57명",
      "지역산업 맞춤형 일자리 창출 지원사업: 수료 43명",
    ]);
  });

  it("tells the six kinds of count apart by colour and by shape", () => {
    expect(new Set(dots.map((d) => d.getAttribute("fill"))).size).toBe(6);
    expect(new Set(dots.map((d) => d.getAttribute("d"))).size).toBe(6);
  });

  it("says the counts are not like for like", () => {
    expect(figure.subtitle).toMatch(/비교할 수 없/);
    expect(svg.querySelector("desc")?.textContent).toMatch(/비교할 수 없/);
  });

  it("keeps the program without a count as a row labelled 인원 미공개", () => {
    expect([...svg.querySelectorAll("text")].filter((t) => t.textContent === "인원 미공개")).toHaveLength(1);
  });

  it("has a legend entry for each kind shown", () => {
    const legend = CHARTS["people-by-program"].legend!(figure, data);
    expect(legend.map((l) => l.label)).toEqual(["교육 대상", "수료", "참여 연인원", "지원", "배치", "채용 목표"]);
    expect(new Set(legend.map((l) => l.symbol)).size).toBe(6);
  });

  it("has no shared axis: no axis, grid, ticks, stems or bars that would rank unlike counts", () => {
    expect(
      svg.querySelector('[aria-label^="x-"], [aria-label^="y-"], g[aria-label="rule"], g[aria-label="bar"]'),
    ).toBeNull();
    expect([...svg.querySelectorAll("text")].some((t) => /^[\d,]+명$/.test(t.textContent ?? ""))).toBe(false);
    // Every glyph is drawn at the same place, so its position says nothing about its value.
    expect(new Set(dots.map((d) => d.getAttribute("transform")?.split(",")[0]))).toHaveLength(1);
  });

  const rowY = (text: string) => {
    const t = [...svg.querySelectorAll("text")].find((e) => e.textContent === text);
    return Number(/translate\([\d.]+,([\d.]+)\)/.exec(t?.getAttribute("transform") ?? "")?.[1]);
  };
  const names = data.programs.filter((p) => figure.data.programIds.includes(p.id));
  const nameOf = (id: string) => names.find((p) => p.id === id)!.name;

  it("draws the rows in the figure spec's order, each with its count and what it counts", () => {
    const ys = figure.data.programIds.map((id) => rowY(nameOf(id)));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    const reversed = { ...figure, data: { programIds: [...figure.data.programIds].reverse() } };
    const again = CHARTS["people-by-program"].render(reversed, data, { document: createServerDocument() });
    expect([...again.querySelectorAll('g[aria-label="dot"] path')].map((d) => d.getAttribute("data-key"))).toEqual(
      dots.map((d) => d.getAttribute("data-key")).reverse(),
    );
    for (const label of ["참여 연인원 2,795명", "지원 186명", "채용 목표 149명", "수료 43명"]) {
      expect(rowY(label)).toBeGreaterThan(0);
    }
  });

  it("prints the spec's annotations on the chart, under their own rows", () => {
    const ids = figure.data.programIds;
    for (const { programId, label } of figure.annotations ?? []) {
      const next = ids[ids.indexOf(programId) + 1]!;
      expect(rowY(label)).toBeGreaterThan(rowY(nameOf(programId)));
      expect(rowY(label)).toBeGreaterThan(rowY(countLabel(programId)));
      expect(rowY(label)).toBeLessThan(rowY(nameOf(next)));
      expect(svg.querySelector(`.chart-annotations [data-key="${programId}"]`)?.textContent).toBe(label);
    }
    expect(figure.annotations?.map((a) => a.programId)).toEqual(["dream-factory", "job-fair"]);
    expect(figure.annotations?.[0]?.label).toMatch(/연인원/);
    expect(figure.annotations?.[1]?.label).toMatch(/채용 목표.*실제 채용이 아님/);
  });

  const countLabel = (id: string) =>
    dots
      .find((d) => d.getAttribute("data-key") === id)!
      .getAttribute("data-tip")!
      .split(": ")[1]!;

  it("shows the unknown count as 인원 미공개 on its own row, with no mark", () => {
    const senior = nameOf("senior-jobs");
    expect(rowY("인원 미공개")).toBeGreaterThan(rowY(senior));
    expect(dots.some((d) => d.getAttribute("data-key") === "senior-jobs")).toBe(false);
  });

  it("refuses an annotation for a program the figure does not show", () => {
    const broken = { ...figure, annotations: [{ programId: "job-schol", label: "x" }] };
    expect(() => CHARTS["people-by-program"].render(broken, data, { document: createServerDocument() })).toThrow(
      /annotations\[0\]\.programId/,
    );
  });

  it("fails loudly when a figure names a program that does not exist", () => {
    const broken = { ...figure, data: { programIds: ["job-school", "job-schol"] } };
    expect(() => CHARTS["people-by-program"].render(broken, data, { document: createServerDocument() })).toThrow(
      /figure people-by-program: data\.programIds\[1\]: unknown program id "job-schol"/,
    );
  });
});
