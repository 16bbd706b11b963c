import { describe, expect, it } from "vitest";
import {
  budgetPerPerson,
  knownBudgetShare,
  knownBudgetTotal,
  programsWithKnownBudget,
} from "../../src/model/derive.ts";
import { loadPrograms } from "../helpers/site-data.ts";

const programs = loadPrograms();
const byId = (id: string) => programs.find((p) => p.id === id)!;

describe("figures derived from the data (fact sheet: 'Figures a reader will want')", () => {
  it("knownBudgetTotal is about 1,815,000,000 KRW over four programs", () => {
    expect(knownBudgetTotal(programs)).toEqual({ amount: 1_815_000_000, approximate: true, programCount: 4 });
  });

  it("leaves the three programs without an amount out of the total instead of counting them as zero", () => {
    expect(
      programsWithKnownBudget(programs)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["dream-factory", "job-school", "regional-industry", "youth-package"]);
  });

  it("a total is exact when no term is approximate", () => {
    const exact = programs.filter((p) => p.id === "job-school" || p.id === "regional-industry");
    expect(knownBudgetTotal(exact)).toEqual({ amount: 285_000_000, approximate: false, programCount: 2 });
  });

  it("budgetPerPerson divides the budget by the program's own count", () => {
    expect(budgetPerPerson(byId("job-school"))).toBeCloseTo(1_956_521.74, 1); // ≈ 195.7만 원
    expect(budgetPerPerson(byId("regional-industry"))).toBeCloseTo(3_488_372.09, 1); // ≈ 348.8만 원
    expect(budgetPerPerson(byId("dream-factory"))).toBeCloseTo(82_289.8, 1); // ≈ 8.2만 원
    expect(budgetPerPerson(byId("youth-package"))).toBeCloseTo(6_989_247.31, 1); // ≈ 698.9만 원
  });

  it("budgetPerPerson is null when the amount or the count is unknown", () => {
    expect(budgetPerPerson(byId("new-middle-age"))).toBeNull();
    expect(budgetPerPerson(byId("senior-jobs"))).toBeNull();
  });

  it("budgetPerPerson is null for a zero count rather than Infinity", () => {
    const empty = { ...byId("job-school"), people: { count: 0, counts: "enrolled" as const } };
    expect(budgetPerPerson(empty)).toBeNull();
  });
});

describe("knownBudgetShare", () => {
  it("is the part's known money over all known money, approximate when a term is", () => {
    const youth = programs.filter((p) => p.lifeStage === "youth");
    const share = knownBudgetShare(youth, programs)!;
    expect(share.share).toBeCloseTo(1_530_000_000 / 1_815_000_000, 10); // ≈ 84.3%
    expect(share.approximate).toBe(true);
  });

  it("is exact for exact terms, and null where nothing is known", () => {
    const exact = programs.filter((p) => p.id === "job-school" || p.id === "regional-industry");
    expect(knownBudgetShare([byId("job-school")], exact)).toEqual({ share: 135 / 285, approximate: false });
    expect(knownBudgetShare(exact, [byId("job-fair")])).toBeNull();
  });
});
