import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, summaryLine } from "../validate/format.ts";
import { validateProject } from "../validate/index.ts";
import { lintMarkdownFile } from "../validate/lint.ts";
import { compareProblems, isError, type Problem } from "../validate/problem.ts";
import { typeCheck } from "./type-check.ts";

const GUIDE = "docs/editors-guide.md";

export interface CheckRun {
  problems: Problem[];
  text: string;
  exitCode: 0 | 1;
}

/**
 * What `npm run check` finds and prints: every problem of data/ and content/ from the one
 * validation pipeline (the build's preflight and the live preview call the same one), the
 * Markdown style of the editors' guide, and, unless `types` is false, `astro check`.
 * Exit code 1 if there is any error; warnings pass.
 */
export async function runCheck(
  root: string,
  { types = true, validate = validateProject }: { types?: boolean; validate?: typeof validateProject } = {},
): Promise<CheckRun> {
  // astro check takes the longest; it runs while the rest is checked.
  const typeProblems = types ? typeCheck(root) : Promise.resolve(null);
  const { problems: editorProblems } = await validate(root);
  const guide = existsSync(join(root, GUIDE))
    ? await lintMarkdownFile(GUIDE, readFileSync(join(root, GUIDE), "utf8"))
    : [];
  const sections: { name: string; problems: Problem[] | null }[] = [
    {
      name: "data/ + content/ (편집자 파일: 형식, 항목, id, 이야기, 지시어, 직접 적은 숫자)",
      problems: editorProblems,
    },
    { name: `${GUIDE} (마크다운 모양)`, problems: guide },
    { name: "types (astro check)", problems: await typeProblems },
  ];
  const lines: string[] = [];
  const all: Problem[] = [];
  for (const { name, problems } of sections) {
    if (problems === null) {
      lines.push(`── ${name}: 건너뜀 (--no-types)`);
      continue;
    }
    lines.push(`── ${name}: ${problems.length === 0 ? "문제 없음" : `${problems.length}건`}`);
    for (const problem of [...problems].sort(compareProblems)) lines.push(`${formatProblem(problem)}\n`);
    all.push(...problems);
  }
  lines.push(`check: ${summaryLine(all)}`);
  return { problems: all, text: lines.join("\n"), exitCode: all.some(isError) ? 1 : 0 };
}
