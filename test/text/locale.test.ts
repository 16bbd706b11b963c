import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { COUNTERS } from "../../src/format/counters.ts";
import { PEOPLE_KINDS } from "../../src/schemas/program.ts";
import { budgetText } from "../../src/text/budget-text.ts";
import { countText } from "../../src/text/count-text.ts";
import type { TextLocale } from "../../src/text/locale.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { perUnitText } from "../../src/text/per-unit-text.ts";
import { sourcesCredit } from "../../src/text/source-credit.ts";
import { unitsText } from "../../src/text/units-text.ts";
import { program } from "./program.ts";

const TEXT_DIR = new URL("../../src/text/", import.meta.url).pathname;

it('ko has d3-format\'s locale fields: { decimal: ".", thousands: ",", grouping: [3], currency: ["", "원"] }', () =>
  expect({ decimal: ko.decimal, thousands: ko.thousands, grouping: ko.grouping, currency: ko.currency }).toEqual({
    decimal: ".",
    thousands: ",",
    grouping: [3],
    currency: ["", "원"],
  }));
it("ko.counters is src/format's COUNTERS (one place for 명, 개 사업…)", () => expect(ko.counters).toBe(COUNTERS));
it("ko.peopleKinds names every kind of people count", () =>
  expect(Object.keys(ko.peopleKinds).sort()).toEqual([...PEOPLE_KINDS].sort()));
it("ko.perUnit has an entry for every kind of people count", () =>
  expect(Object.keys(ko.perUnit).sort()).toEqual([...PEOPLE_KINDS].sort()));
it("ko.perUnit never says 1인당", () =>
  expect(Object.values(ko.perUnit).filter((words) => words?.includes("1인당"))).toEqual([]));
it('ko.perUnit.participations → "참여 1회당"', () => expect(ko.perUnit.participations).toBe("참여 1회당"));
it("ko.perUnit.hiringTarget → null", () => expect(ko.perUnit.hiringTarget).toBeNull());
it("ko.unknown → 금액 미공개, 인원 미공개, 재원 미공개", () =>
  expect([ko.unknown.money, ko.unknown.people, ko.unknown.funding]).toEqual([
    "금액 미공개",
    "인원 미공개",
    "재원 미공개",
  ]));

// The functions take their words from the locale: a second locale object words the same facts.
const en: TextLocale = {
  decimal: ".",
  thousands: ",",
  grouping: [3],
  currency: ["KRW ", ""],
  formats: {
    money: (amount, options) => `${options?.approximate ? "about " : ""}KRW ${amount.toLocaleString("en-US")}`,
    count: (count, counter) => `${count.toLocaleString("en-US")} ${counter}`,
    perUnit: (amount) => `about KRW ${Math.round(amount).toLocaleString("en-US")}`,
    date: (iso) => iso,
  },
  counters: { ...COUNTERS },
  peopleKinds: {
    enrolled: "enrolled",
    completed: "completed",
    participations: "participations",
    supported: "supported",
    placed: "placed",
    hiringTarget: "hiring target",
  },
  lifeStages: { youth: "youth", middle: "middle age", senior: "seniors", unassigned: "no age group (our grouping)" },
  perUnit: {
    enrolled: "per trainee",
    completed: "per completer",
    participations: "per participation",
    supported: "per person supported",
    placed: "per person placed",
    hiringTarget: null,
  },
  unknown: {
    money: "amount not given",
    people: "count not given",
    funding: "funding not given",
    units: "size not given",
    perUnit: "cannot be computed",
    kind: "unknown",
    edition: "edition not given",
    year: "year not given",
    date: "date not given",
  },
  patterns: {
    countOfKind: (kind, count) => `${count} (${kind})`,
    perUnit: (unit, amount) => `${amount} ${unit}`,
    edition: (edition) => `no. ${edition}`,
    year: (year) => String(year),
    streak: (years) => `${years} years running`,
    noStreak: "not a streak",
    range: (start, end) => `${start}–${end}`,
    listSeparator: "; ",
    share: (percent, approximate) => `${approximate ? "about " : ""}${percent}%`,
  },
  story: { takeaways: "At a glance", contents: "Contents" },
  unknowns: {
    heading: "What we don't know",
    budget: (names) => `Budget not given: ${names}.`,
    funding: (names) => `Funding not given: ${names}.`,
    people: (names) => `Headcount not given: ${names}.`,
    hires: (name, target) => `${name}: ${target} is a target, not hires.`,
    persons: (name, count) => `${name}: ${count} are participations, not persons.`,
    exactAmount: (name, amount) => `${name}: only "${amount}" is given.`,
    awardYear: (award) => `${award}: no year given.`,
    verified: (outlet) => `Every figure is the city's own account, as reported by ${outlet}.`,
  },
  charts: {
    fields: { name: "Program", budget: "Budget 2025", people: "People (what was counted)" },
    tableCaption: (title) => `${title}: as a table`,
    tableToggle: "Show the table",
    inferred: (text) => `${text} (inferred)`,
    knownTotal: (total, count) => `${total} over the ${count} known programs`,
    unknownMembers: (count) => `${count} without an amount`,
    views: "View",
    legend: (field) => `Legend: ${field}`,
    panel: (facet) => facet,
  },
  tables: {
    tip: (name, value) => `${name}: ${value}`,
    csv: {
      key: "id",
      amount: (f) => `${f} (KRW)`,
      approximate: (f) => `${f}: approximate`,
      unknownReason: (f) => `${f}: why not given`,
      kind: "Counted",
      kindCode: "Counted (code)",
      unit: "Unit",
      start: (f) => `${f} from`,
      end: (f) => `${f} to`,
      inferred: (f) => `${f}: inferred`,
    },
    yes: "yes",
    no: "no",
  },
  source: {
    label: "Source: ",
    published: (date) => ` (reported ${date})`,
    citation: ({ outlet, headline, reporter, date }) => `${outlet}, "${headline}", ${reporter}, ${date}.`,
    link: "read the report",
  },
};

it('countText({ count: 69, counts: "enrolled" }, en) → "69 person (enrolled)"', () =>
  expect(countText({ count: 69, counts: "enrolled" }, en)).toBe("69 person (enrolled)"));
it('budgetText({ amount: null, approximate: false }, en) → "amount not given"', () =>
  expect(budgetText({ amount: null, approximate: false }, en)).toBe("amount not given"));
it('perUnitText(<1000만 원, 참여 4회>, en) → "about KRW 2,500,000 per participation"', () =>
  expect(
    perUnitText(program({ amount: 10000000, approximate: false }, { count: 4, counts: "participations" }), en),
  ).toBe("about KRW 2,500,000 per participation"));
it('unitsText([3 courses, 2 projects], en) → "3 course; 2 project"', () =>
  expect(
    unitsText(
      [
        { count: 3, unit: "course" },
        { count: 2, unit: "project" },
      ],
      en,
    ),
  ).toBe("3 course; 2 project"));
it('sourcesCredit([<NSP, 2025-12-01>], en) → "Source: NSP (reported 2025-12-01)"', () =>
  expect(sourcesCredit([{ outlet: "NSP", publishedAt: "2025-12-01T17:06:00+09:00" }], en)).toBe(
    "Source: NSP (reported 2025-12-01)",
  ));

// Hangul in code (outside comments) belongs in the locale, not in the functions.
const codeOf = (file: string) =>
  readFileSync(join(TEXT_DIR, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");
const functionFiles = readdirSync(TEXT_DIR).filter(
  // particles-ko.ts is the table of Korean particles (grammar, not copy), like the locale.
  (f) => f.endsWith(".ts") && f !== "locale-ko.ts" && f !== "did-you-mean.ts" && f !== "particles-ko.ts",
);
it("src/text/ has function files besides the locale", () => expect(functionFiles.length).toBeGreaterThan(5));
for (const file of functionFiles) {
  it(`src/text/${file} has no Korean words in its code`, () => expect(codeOf(file)).not.toMatch(/[가-힣]/));
}
