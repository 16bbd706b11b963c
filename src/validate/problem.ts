/**
 * A problem found in the files editors write, as data. It becomes text only where it is
 * shown (the build log, `npm run check`, the dev error page), so the three can never
 * disagree about what is wrong or where.
 */
export interface Problem {
  /** Relative to the project root, "/"-separated: "data/programs/job-school.json". */
  file: string;
  /** 1-based line and column of the mistake itself (the key, the comma, the character). */
  line: number;
  column: number;
  /** The field as an editor reads it: "budget.amount", "[2].id", "frontmatter.title"; "" for the whole file. */
  path: string;
  /** Stable rule name, e.g. "json/trailing-comma", "schema/unknown-key", "file/name", "text/bidi". */
  ruleId: string;
  /** What is wrong, in Korean, one sentence. */
  message: string;
  /** The same in English, for developers and search engines. */
  messageEn: string;
  /** How to fix it, in Korean (may carry "혹시 …을(를) 찾으셨나요?"). */
  hint?: string | undefined;
  /** The id this problem is about, when it is about one (a program, a figure, a source). */
  refId?: string | undefined;
  /** "warning" is shown but does not stop the build (Markdown style); everything else is an error. */
  severity: "error" | "warning";
}

/** Reading order: by file, then line, then column. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export function isError(problem: Problem): boolean {
  return problem.severity === "error";
}
