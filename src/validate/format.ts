import { compareProblems, isError, type Problem } from "./problem.ts";

/**
 * A problem as the terminal shows it (build log and `npm run check`), printed once:
 *
 *   data/programs/job-school.json:5:15 budget.amount
 *     예산 금액은 원 단위 정수로 적어야 합니다.
 *     고치는 법: 135000000처럼 숫자만 적으세요.
 *     (en) budget.amount: must be a whole number of won
 */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const head = [where, problem.path, problem.severity === "warning" ? "(경고)" : ""].filter(Boolean).join(" ");
  const lines = [head, `  ${problem.message}`];
  if (problem.hint) lines.push(`  고치는 법: ${problem.hint}`);
  lines.push(`  (en) ${problem.messageEn}`);
  return lines.join("\n");
}

/** Every problem in reading order, then one summary line ("문제 3건 (파일 2개)"). */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(compareProblems);
  return [...sorted.map(formatProblem), summaryLine(sorted)].join("\n\n");
}

/** "문제 없음", or "오류 3건, 경고 1건 (파일 2개)". */
export function summaryLine(problems: readonly Problem[]): string {
  if (problems.length === 0) return "문제 없음 (0 problems)";
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const parts = [errors > 0 ? `오류 ${errors}건` : "", warnings > 0 ? `경고 ${warnings}건` : ""].filter(Boolean);
  return `${parts.join(", ")} (파일 ${files}개) / ${errors} error(s), ${warnings} warning(s) in ${files} file(s)`;
}
