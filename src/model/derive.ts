import type { Program } from "../schemas/program.ts";

/** A sum of money that is approximate as soon as one of its terms is. */
export interface DerivedAmount {
  amount: number;
  approximate: boolean;
}

/** Programs whose budget the source gives, in input order. */
export function programsWithKnownBudget(programs: readonly Program[]): Program[] {
  return programs.filter((p) => p.budget.amount !== null);
}

/**
 * Total of the known budgets. Unknown budgets are left out, not counted as zero, so the
 * total is labelled with how many programs it covers (`programCount`).
 * Example: 1.35억 + 1.5억 + 약 2.3억 + 13억 → { amount: 1815000000, approximate: true, programCount: 4 }.
 */
export function knownBudgetTotal(programs: readonly Program[]): DerivedAmount & { programCount: number } {
  const known = programsWithKnownBudget(programs);
  return {
    amount: known.reduce((sum, p) => sum + (p.budget.amount ?? 0), 0),
    approximate: known.some((p) => p.budget.approximate),
    programCount: known.length,
  };
}

/**
 * Budget divided by the program's people count, or null when either is unknown or the
 * count is zero. What a "person" is differs per program (see Program.people.counts), so
 * these values must never be ranked against each other without saying so.
 */
export function budgetPerPerson(program: Program): number | null {
  const { amount } = program.budget;
  const { count } = program.people;
  if (amount === null || count === null || count === 0) return null;
  return amount / count;
}

/** A part of a known total, from 0 to 1, approximate as soon as one of its terms is. */
export interface DerivedShare {
  share: number;
  approximate: boolean;
}

/**
 * The share of `part`'s known budgets in the known total of `all`, or null where nothing
 * of `all` is known. Unknown budgets are in neither sum.
 * Example: youth (약 2.3억 + 13억) of all known (약 18.15억) → { share: 0.843, approximate: true }.
 */
export function knownBudgetShare(part: readonly Program[], all: readonly Program[]): DerivedShare | null {
  const whole = knownBudgetTotal(all);
  if (whole.programCount === 0 || whole.amount === 0) return null;
  const piece = knownBudgetTotal(part);
  return { share: piece.amount / whole.amount, approximate: whole.approximate || piece.approximate };
}
