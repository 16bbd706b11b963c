import type { Program } from "../../src/schemas/program.ts";

/** A program with fixed values (not from data/): only budget and people matter to the text tests. */
export function program(budget: Program["budget"], people: Program["people"]): Program {
  return {
    id: "test-program",
    name: "시험 사업",
    lifeStage: "unassigned",
    year: 2025,
    summary: "시험용 사업입니다.",
    budget,
    funding: { description: null, unknownReason: "없음" },
    people,
    units: [],
    highlights: [],
    sourceIds: ["test-source"],
  };
}
