/**
 * /methodology/ as built: every program's count with what it counts, every inferred date,
 * every unknown and its reason, the known-money total, each per-unit figure and the rounding
 * rule the page states held to formatPerPerson. Expectations come from the data the shared
 * build was made from (its project copy) through src/text/, never typed here. The page's own
 * prose names no figure: its source is scanned like a story for hand-typed ones.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { formatPerPerson } from "../../src/format/formatPerPerson.ts";
import { parseKrw } from "../../src/format/parseKrw.ts";
import { awardSchema, programSchema, sourceSchema, timelineEventSchema } from "../../src/schemas/index.ts";
import { budgetTotalText } from "../../src/text/budget-text.ts";
import { countText } from "../../src/text/count-text.ts";
import { dateText } from "../../src/text/date-text.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { perUnitText } from "../../src/text/per-unit-text.ts";
import { sourceCitation } from "../../src/text/source-credit.ts";
import { findHandTypedFigures } from "../../src/validate/hand-typed.ts";
import { useBuiltSite } from "../helpers/built-site.ts";
import { ROOT } from "../helpers/site-data.ts";

const site = useBuiltSite();

const squash = (value: string | null | undefined) => (value ?? "").replace(/\s+/g, " ").trim();
const document = () =>
  parseHTML(readFileSync(join(site().dist, "methodology/index.html"), "utf8")).document as unknown as Document;
const section = (id: string) => {
  // The text from the h2 with this id up to the next h2.
  const heading = document().getElementById(id);
  expect(heading, `a heading id="${id}"`).not.toBeNull();
  let text = squash(heading!.textContent);
  for (let node = heading!.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling)
    text += ` ${squash(node.textContent)}`;
  return text;
};

/** The build's copy of data/, through the build's schemas. */
const built = <T>(file: string, parse: (value: unknown) => T): T[] =>
  (JSON.parse(readFileSync(join(site().dir, file), "utf8")) as unknown[]).map(parse);
/** The body rows of the table a caption id names. */
const tableRows = (captionId: string) => {
  const table = document().getElementById(captionId)?.closest("table");
  expect(table, `a table captioned id="${captionId}"`).toBeTruthy();
  return [...table!.querySelectorAll("tbody tr")];
};
const programs = () =>
  readdirSync(join(site().dir, "data/programs"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => programSchema.parse(JSON.parse(readFileSync(join(site().dir, "data/programs", name), "utf8"))));

describe("/methodology/", () => {
  it("has linkable h2 sections", () => {
    const ids = [...document().querySelectorAll("h2[id]")].map((h) => h.id);
    expect(ids).toEqual(["sources", "derived", "counts", "inferred", "unknown", "grouping"]);
  });

  it("cites every source, and says its figures are the city's claims", () => {
    const text = section("sources");
    for (const source of built("data/sources.json", (v) => sourceSchema.parse(v))) {
      expect(text).toContain(sourceCitation(source, ko));
      expect(text).toContain(squash(source.provenance));
    }
    expect(text).toContain("시의 주장");
  });

  it("lists every program's count with what it counts, in its row", () => {
    const rows = tableRows("counts-table");
    const all = programs();
    expect(rows).toHaveLength(all.length);
    for (const program of all) {
      const row = rows.find((r) => squash(r.querySelector("th")?.textContent) === program.name);
      expect(row, program.name).toBeDefined();
      expect(squash(row!.textContent)).toContain(countText(program.people, ko));
    }
  });

  it("states the known-money total and each per-unit figure the stories use", () => {
    const all = programs();
    expect(section("derived")).toContain(budgetTotalText(all, ko));
    const perUnit = section("derived");
    const figures = all.map((p) => perUnitText(p, ko)).filter((t) => t !== null);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(perUnit).toContain(figure);
  });

  it("describes the rounding formatPerPerson does (the steps the page names, read back and applied)", () => {
    const text = section("derived");
    const rule =
      /나눈 값은 (.+?) 단위에서 반올림하고 .*?다만 (\S+ ?원)보다 적은 금액은 .*? (\S+ ?원) 단위에서 반올림합니다/.exec(
        text,
      );
    expect(rule, text).not.toBeNull();
    const [step, half, small] = [rule![1]!, rule![2]!, rule![3]!].map((t) => parseKrw(t).amount) as [
      number,
      number,
      number,
    ];
    expect(half).toBe(step / 2);
    expect(formatPerPerson(step * 1.5)).toBe(ko.formats.money(step * 2, { approximate: true }));
    expect(formatPerPerson(step * 1.5 - 1)).toBe(ko.formats.money(step, { approximate: true }));
    expect(formatPerPerson(half - 1)).toBe(ko.formats.money(half, { approximate: true }));
    expect(formatPerPerson(small * 2.5 - 1)).toBe(ko.formats.money(small * 2, { approximate: true }));
    expect(formatPerPerson(step * 3)).toBe(ko.formats.money(step * 3));
  });

  it("lists every inferred timeline entry and award streak", () => {
    const text = section("inferred");
    const inferred = built("data/timeline.json", (v) => timelineEventSchema.parse(v)).filter((e) => e.inferred);
    expect(inferred.length).toBeGreaterThan(0);
    for (const event of inferred) {
      expect(text).toContain(`${ko.charts.inferred(dateText(event.start, ko, event.end))}: ${squash(event.label)}`);
    }
    for (const award of built("data/awards.json", (v) => awardSchema.parse(v))) {
      if (!award.streak?.inferred || award.year === null) continue;
      expect(text).toContain(ko.charts.inferred(dateText(String(award.streak.since), ko, String(award.year))));
      expect(text).toContain(`${award.event} ${award.prize}`);
    }
  });

  it("lists every unknown budget, funding and count with the data's reason", () => {
    const rows = tableRows("unknown-table").map((r) =>
      [...r.querySelectorAll("th, td")].map((cell) => squash(cell.textContent)).join(" "),
    );
    const expected = programs().flatMap((p) =>
      [
        [ko.unknown.money, p.budget.unknownReason],
        [ko.unknown.funding, p.funding.unknownReason],
        [ko.unknown.people, p.people.unknownReason],
      ].flatMap(([word, reason]) => (reason === undefined ? [] : [`${p.name} ${word} ${squash(reason)}`])),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect([...rows].sort()).toEqual([...expected].sort());
  });

  it("names the programs the site grouped itself", () => {
    const text = section("grouping");
    for (const program of programs().filter((p) => p.lifeStage === "unassigned")) expect(text).toContain(program.name);
    expect(text).toContain("이 사이트가 정한 것");
  });
});

describe("the pages' own prose names no figure", () => {
  for (const page of ["src/pages/methodology/index.astro", "src/pages/corrections/index.astro"]) {
    it(`${page}: no hand-typed figure`, () =>
      expect(findHandTypedFigures(readFileSync(join(ROOT, page), "utf8")).map((f) => f.text)).toEqual([]));
  }
});
