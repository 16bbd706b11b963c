import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { DATASETS } from "../../src/charts/datasets/index.ts";
import { FORMATS, formatValue } from "../../src/charts/formats/index.ts";
import { MARKS } from "../../src/charts/marks/index.ts";
import { buildScene } from "../../src/charts/scene.ts";
import { selectRows } from "../../src/charts/select-rows.ts";
import { createServerDocument } from "../../src/charts/server-document.ts";
import type { ChartData, FieldValue, Scene, SceneMark, SceneRow } from "../../src/charts/types.ts";
import { sceneSvg } from "../../src/downloads/scene-svg.ts";
import { toXml } from "../../src/downloads/xml.ts";
import { renderFigure } from "../../src/figure/render-figure.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { matchFileSnapshot, normalizeHtml } from "../helpers/file-snapshot.ts";
import { figureIds, loadFigure, loadStoryData } from "../helpers/site-data.ts";

// The charts draw the tests' own copy of the data (test/fixtures/site/data), so an editor's
// correction to data/ changes neither these expectations nor the snapshots in output/.
const story = loadStoryData();
const data: ChartData = story;
const scene = (figure: Figure): Scene => buildScene(figure, data, story.sources, ko);
const ids = figureIds();
const rowsOf = (s: Scene, view = 0): SceneRow[] => s.views[view]!.panels.flatMap((p) => p.rows);
const marksOf = (s: Scene, view = 0): SceneMark[] => rowsOf(s, view).flatMap((r) => r.marks);
const program = (id: string) => story.programs.find((p) => p.id === id)!;
const spec = (id: string) => loadFigure(id);

describe("snapshots of every fixture figure (accept changes with UPDATE_SNAPSHOTS=1)", () => {
  for (const id of ids) {
    it(`${id}: its scene (every view's geometry) is as in output/${id}.scene.json`, () => {
      const result = matchFileSnapshot(
        `${JSON.stringify(scene(spec(id)), null, 1)}\n`,
        fileURLToPath(new URL(`./output/${id}.scene.json`, import.meta.url)),
      );
      expect(result.pass, result.message).toBe(true);
    });
    it(`${id}: its page HTML is as in output/${id}.html`, () => {
      const html = renderFigure(spec(id), data, story.sources, createServerDocument()).outerHTML;
      const result = matchFileSnapshot(
        normalizeHtml(html),
        fileURLToPath(new URL(`./output/${id}.html`, import.meta.url)),
      );
      expect(result.pass, result.message).toBe(true);
    });
  }

  // The files' drawing of every view at a phone, the downloads' phone and desktop widths.
  for (const id of ids) {
    for (const width of [320, 375, 720]) {
      it(`${id}: every view drawn at ${width} px is as in output/${id}-${width}.svg`, () => {
        const s = scene(spec(id));
        const document = createServerDocument();
        const drawn = s.views.map((_, view) => toXml(sceneSvg(document, s, { view, width }).element)).join("\n");
        const result = matchFileSnapshot(
          normalizeHtml(drawn),
          fileURLToPath(new URL(`./output/${id}-${width}.svg`, import.meta.url)),
        );
        expect(result.pass, result.message).toBe(true);
      });
    }
  }

  it("every mark and every dataset of the registries is drawn by at least one fixture figure", () => {
    const figures = ids.map(spec);
    expect(Object.keys(MARKS).filter((m) => !figures.some((f) => f.mark === m))).toEqual([]);
    expect(Object.keys(DATASETS).filter((d) => d !== "contests" && !figures.some((f) => f.data.dataset === d))).toEqual(
      [],
    );
  });
});

describe("every figure's HTML", () => {
  for (const id of ids) {
    const figure = spec(id);
    const element = renderFigure(figure, data, story.sources, createServerDocument());
    it(`${id}: no style attribute (the CSP allows none), no NaN or undefined, marks in percent`, () => {
      expect(element.outerHTML).not.toMatch(/\sstyle="|NaN|undefined|Infinity/);
      for (const mark of element.querySelectorAll(".chart-mark:not(path)")) {
        const x = mark.getAttribute("x") ?? mark.getAttribute("cx");
        expect(x).toMatch(/^-?\d+(\.\d+)?%$/);
      }
    });
    it(`${id}: each view is one image named by the figure's title, and each mark has its name`, () => {
      const views = [...element.querySelectorAll(".chart-view")];
      expect(views).toHaveLength(1 + (figure.views?.length ?? 0));
      const title = element.querySelector("h3.chart-title")!;
      for (const v of views) {
        expect(v.getAttribute("role")).toBe("img");
        expect(v.getAttribute("aria-labelledby")).toBe(title.id);
        expect(element.querySelector(`#${v.getAttribute("aria-describedby")}`)?.textContent).toBe(figure.description);
      }
      for (const mark of element.querySelectorAll(".chart-mark")) expect(mark.getAttribute("data-tip")).toMatch(/: /);
    });
    it(`${id}: its table has a row per datum with the datum's key, unknown values written as unknown`, () => {
      const rows = [...element.querySelectorAll("tbody tr")];
      const s = scene(figure);
      expect(rows.map((r) => r.getAttribute("data-key"))).toEqual(s.table.keys);
      expect(rows.map((r) => r.textContent).join(" ")).not.toMatch(/(^|\s)0원|null/);
    });
  }

  it("a figure with views has a radio group, the first view checked; without views none", () => {
    const withViews = renderFigure(spec("money-by-program"), data, story.sources, createServerDocument());
    const radios = [...withViews.querySelectorAll('.chart-views input[type="radio"]')];
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["default", "youth"]);
    expect(radios.map((r) => r.hasAttribute("checked"))).toEqual([true, false]);
    expect(withViews.querySelector(".chart-views legend")?.textContent).toBe(ko.charts.views);
    const without = renderFigure(spec("people-by-program"), data, story.sources, createServerDocument());
    expect(without.querySelector(".chart-views")).toBeNull();
  });
});

describe("bar (money by program)", () => {
  const figure = spec("money-by-program");
  const s = scene(figure);
  const rows = rowsOf(s);

  it("keeps the spec's order and every program, an unknown amount as a row with its word and no bar", () => {
    expect(rows.map((r) => r.key)).toEqual(figure.data.ids);
    for (const r of rows) {
      const { amount } = program(r.key).budget;
      expect(r.unknown).toBe(amount === null);
      expect(r.marks).toHaveLength(amount === null ? 0 : 1);
      if (amount === null) expect(r.value).toBe(ko.unknown.money);
    }
  });

  it("draws bar lengths in proportion to the amounts, from 0, within the track", () => {
    const known = rows.filter((r) => !r.unknown);
    const [first, ...rest] = known;
    for (const r of rest) {
      const ratio = program(r.key).budget.amount! / program(first!.key).budget.amount!;
      expect(r.marks[0]!.x1 / first!.marks[0]!.x1).toBeCloseTo(ratio, 2);
    }
    for (const m of marksOf(s)) expect([m.x0, m.x1 <= 100 && m.x1 > 0]).toEqual([0, true]);
  });

  it("the youth view keeps only the youth programs, on the same keys", () => {
    const youth = story.programs
      .filter((p) => p.lifeStage === "youth" && figure.data.ids!.includes(p.id))
      .map((p) => p.id);
    expect(new Set(rowsOf(s, 1).map((r) => r.key))).toEqual(new Set(youth));
  });

  it("the tooltip says the program and its amount, and the source", () => {
    const mark = marksOf(s)[0]!;
    // The fixture's first program (test/fixtures/site/data/programs/youth-package.json).
    expect(mark.tip).toBe("청년 일자리 미래 패키지: 13억 원");
    expect(mark.details.at(-1)).toMatch(/^출처: /);
  });
});

describe("glyph (people by program): no scale that would rank unlike counts", () => {
  const figure = spec("people-by-program");
  const s = scene(figure);
  const rows = rowsOf(s);

  it("has no ticks and draws every glyph at the same place", () => {
    expect(s.views[0]!.panels.every((p) => p.ticks.length === 0)).toBe(true);
    expect(new Set(marksOf(s).map((m) => `${m.x0},${m.x1}`))).toEqual(new Set(["0,0"]));
  });

  it("draws the rows in the spec's order, reversed when the spec is", () => {
    expect(rows.map((r) => r.key)).toEqual(figure.data.ids);
    const reversed = scene({ ...figure, data: { ...figure.data, ids: [...figure.data.ids!].reverse() } });
    expect(rowsOf(reversed).map((r) => r.key)).toEqual([...figure.data.ids!].reverse());
  });

  it("gives each kind of count its own series (colour and shape) in the kinds' order, and a legend", () => {
    for (const r of rows.filter((r) => !r.unknown)) {
      const kind = program(r.key).people.counts!;
      expect(r.marks[0]!.series).toBe(
        ["enrolled", "completed", "participations", "supported", "placed", "hiringTarget"].indexOf(kind),
      );
      expect(r.value).toContain(ko.peopleKinds[kind]);
    }
    expect(s.legend.map((l) => l.label)).toEqual(["교육 대상", "수료", "참여 연인원", "지원", "배치", "채용 목표"]);
    expect(new Set(s.legend.map((l) => l.symbol)).size).toBe(6);
  });

  it("prints the spec's annotations under their own rows", () => {
    for (const { key, label } of figure.annotations ?? [])
      expect(rows.find((r) => r.key === key)?.annotation).toBe(label);
    expect(rows.filter((r) => r.annotation !== null)).toHaveLength(figure.annotations?.length ?? 0);
  });

  it("shows the unknown count as 인원 미공개, with no mark", () => {
    const senior = rows.find((r) => r.key === "senior-jobs")!;
    expect([senior.value, senior.marks.length]).toEqual([ko.unknown.people, 0]);
  });

  it("the tooltip of a count says what it counts and the note that applies", () => {
    const mark = marksOf(s).find((m) => m.key === "dream-factory")!;
    expect(mark.details[0]).toBe("센 대상: 참여 연인원");
    expect(mark.details[1]).toContain("연인원");
  });
});

describe("small multiples (per-unit cost): one panel per unit, each with its own scale", () => {
  const figure = spec("per-unit-cost");
  const s = scene(figure);

  it("has a panel per unit of the programs drawn, titled by the unit", () => {
    const units = new Set(rowsOf(s).map((r) => ko.perUnit[program(r.key).people.counts!]));
    expect(new Set(s.views[0]!.panels.map((p) => p.title))).toEqual(units);
  });

  it("scales each panel to its own largest value", () => {
    for (const panel of s.views[0]!.panels) {
      const largest = Math.max(...panel.rows.flatMap((r) => r.marks.map((m) => m.x1)));
      expect(largest).toBeGreaterThan(50);
      expect(largest).toBeLessThanOrEqual(100);
    }
  });

  it("its total view is one panel of budgets, the same keys", () => {
    const total = s.views[1]!;
    expect(total.panels.map((p) => p.title)).toEqual([null]);
    expect(
      rowsOf(s, 1)
        .map((r) => r.key)
        .sort(),
    ).toEqual(
      rowsOf(s)
        .map((r) => r.key)
        .sort(),
    );
  });

  it("its table has a column per view's value", () => {
    expect(s.table.columns).toEqual(["사업", "단위", "단위당 금액", "2025년 예산"]);
  });
});

describe("timeline: events and spans, inferred ones drawn and worded as inferred", () => {
  const figure = spec("funding-timeline");
  const s = scene(figure);
  const events = story.timeline;

  it("a span from its start to the end of its last year; an event at one place", () => {
    for (const r of rowsOf(s)) {
      const event = events.find((e) => e.id === r.key)!;
      const [mark] = r.marks;
      expect(mark!.shape).toBe(event.end === undefined ? "event" : "span");
      if (event.end !== undefined) expect(mark!.x1).toBeGreaterThan(mark!.x0);
      expect(mark!.inferred).toBe(event.inferred);
      expect(r.value.endsWith("(추정)")).toBe(event.inferred);
    }
  });

  it("keeps events in time order on the axis, and thins the year labels when there are many", () => {
    const ticks = s.views[0]!.panels[0]!.ticks;
    expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
    expect(ticks.some((t) => t.minor)).toBe(ticks.length > 6);
    expect(ticks.filter((t) => !t.minor).length).toBeGreaterThan(1);
  });
});

describe("stacked bars (money by life stage): unknown amounts are never a zero-width segment", () => {
  const figure = spec("money-by-life-stage");
  const s = scene(figure);

  it("has one bar per life stage in the stages' order, segments end to end", () => {
    const stages = ["youth", "middle", "senior", "unassigned"].filter((st) =>
      story.programs.some((p) => p.lifeStage === st),
    );
    expect(rowsOf(s).map((r) => r.key)).toEqual(stages);
    for (const r of rowsOf(s)) r.marks.forEach((m, i) => i > 0 && expect(m.x0).toBeCloseTo(r.marks[i - 1]!.x1, 1));
  });

  it("counts its unknown members in words and draws none of them", () => {
    for (const r of rowsOf(s)) {
      const members = story.programs.filter((p) => p.lifeStage === r.key);
      const unknown = members.filter((p) => p.budget.amount === null);
      expect(r.marks.map((m) => m.key).sort()).toEqual(
        members
          .filter((p) => p.budget.amount !== null)
          .map((p) => p.id)
          .sort(),
      );
      expect(r.value.includes(ko.charts.unknownMembers(unknown.length))).toBe(unknown.length > 0);
    }
  });
});

describe("a table of its own (data/tables/) through the dot mark", () => {
  const figure = spec("contest-cases");
  const s = scene(figure);
  const table = story.tables.find((t) => t.id === "contest-cases")!;

  it("sorts by the spec's field, largest first", () => {
    const cases = table.rows.map((r) => ({ id: r.id, n: r.cells["cases"] as number })).sort((a, b) => b.n - a.n);
    expect(rowsOf(s).map((r) => r.key)).toEqual(cases.map((c) => c.id));
  });

  it("a null cell is shown as unknown in its view, with no dot", () => {
    const unknown = table.rows.filter((r) => r.cells["prize"] === null).map((r) => r.id);
    const prize = rowsOf(s, 1).filter((r) => unknown.includes(r.key));
    expect(prize.map((r) => [r.value, r.marks.length])).toEqual(unknown.map(() => [ko.unknown.money, 0]));
  });

  it("takes its column headers from the table", () => {
    expect(s.table.columns).toEqual(["분야", "사례 수", "상금"]);
  });
});

describe("formats", () => {
  const unknown: Record<string, FieldValue> = {
    krw: { type: "money", amount: null, approximate: false },
    krwCompact: { type: "money", amount: null, approximate: false },
    count: { type: "count", count: null, counts: null },
    headcount: { type: "count", count: null, counts: null },
    perUnit: { type: "perUnit", amount: null, kind: "enrolled" },
  };
  it.each(Object.entries(unknown))(
    "%s words an unknown value with the locale's unknown word, never 0",
    (name, value) => {
      const text = formatValue(name, value, ko);
      expect(Object.values(ko.unknown)).toContain(text);
    },
  );
  it("refuses a value of a type it cannot word", () => {
    expect(() => formatValue("krw", { type: "text", text: "x" }, ko)).toThrow(/cannot word a text value/);
    expect(() => formatValue("nope", { type: "text", text: "x" }, ko)).toThrow(/unknown format/);
  });
  it("every format names the value types it words", () => {
    for (const f of Object.values(FORMATS)) expect(f.accepts.length).toBeGreaterThan(0);
  });
});

describe("row selection", () => {
  const all = DATASETS["programs"]!.rows(data, spec("money-by-program"), ko);
  it("an unknown id is an error naming the valid ones, never a dropped row", () => {
    const figure = { ...spec("money-by-program"), data: { dataset: "programs", ids: ["job-school", "nope"] } };
    expect(() => selectRows(figure, all)).toThrow(/data\.ids\[1\]: unknown id "nope"; valid ids: .*job-school/);
  });
  it("sorting puts unknown values last in either order", () => {
    for (const order of ["ascending", "descending"] as const) {
      const rows = selectRows({ ...spec("money-by-program"), sort: { field: "budget", order } }, all);
      const amounts = rows.map((r) => program(r.key).budget.amount);
      const known = amounts.filter((a) => a !== null);
      expect(amounts.slice(known.length).every((a) => a === null)).toBe(true);
      expect(known).toEqual([...known].sort((a, b) => (order === "ascending" ? a - b : b - a)));
    }
  });
});
