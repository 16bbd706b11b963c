import type { Problem } from "../../src/validate/problem.ts";

/** A typical problem of the pipeline (src/validate/), for tests of what shows problems; override any field. */
export function sampleProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    file: "data/programs/job-school.json",
    line: 5,
    column: 15,
    path: "budget.amount",
    ruleId: "schema/integer-won",
    message: "예산 금액은 원 단위 정수로 적어야 합니다.",
    messageEn: "budget.amount: must be a whole number of won",
    hint: "135000000처럼 숫자만 적으세요.",
    severity: "error",
    ...overrides,
  };
}
