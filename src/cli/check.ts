/**
 * `npm run check`: every mistake in data/ and content/, found in one run by the same
 * validation pipeline the build and the live preview use (src/validate/), printed once
 * each in Korean (with an English line), then a summary; plus, for developers, the type
 * check (`astro check`; skip with --no-types) and the Markdown style of the editors'
 * guide. Exits 1 if there is any error (warnings are shown but pass), 2 for an unknown
 * option. Runs on plain Node: node src/cli/check.ts [--no-types]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, summaryLine } from "../validate/format.ts";
import { validateProject } from "../validate/index.ts";
import { lintMarkdownFile } from "../validate/lint.ts";
import { compareProblems, isError, type Problem } from "../validate/problem.ts";
import { typeCheck } from "./type-check.ts";

const GUIDE = "docs/editors-guide.md";

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--no-types");
if (unknown.length > 0) {
  console.error(`check: 모르는 옵션 ${unknown.join(" ")} / unknown option; the only option is --no-types`);
  process.exit(2);
}
const withTypes = !args.includes("--no-types");
const root = process.cwd();

// astro check takes the longest; it runs while the rest is checked.
const types = withTypes ? typeCheck(root) : Promise.resolve(null);
const { problems: editorProblems } = await validateProject(root);
const guide = existsSync(join(root, GUIDE))
  ? await lintMarkdownFile(GUIDE, readFileSync(join(root, GUIDE), "utf8"))
  : [];
const typeProblems = await types;

const sections: { name: string; problems: Problem[] | null }[] = [
  { name: "data/ + content/ (편집자 파일: 형식, 항목, id, 이야기, 지시어, 직접 적은 숫자)", problems: editorProblems },
  { name: `${GUIDE} (마크다운 모양)`, problems: guide },
  { name: "types (astro check)", problems: typeProblems },
];

const all: Problem[] = [];
for (const { name, problems } of sections) {
  if (problems === null) {
    console.log(`── ${name}: 건너뜀 (--no-types)`);
    continue;
  }
  console.log(`── ${name}: ${problems.length === 0 ? "문제 없음" : `${problems.length}건`}`);
  for (const problem of [...problems].sort(compareProblems)) console.log(`${formatProblem(problem)}\n`);
  all.push(...problems);
}
console.log(`check: ${summaryLine(all)}`);
process.exit(all.some(isError) ? 1 : 0);
