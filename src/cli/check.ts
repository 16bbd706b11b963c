/**
 * `npm run check`: every mistake an editor or developer can make, found in one run and
 * printed at once as file:line:column: message, then a summary line; exits 1 if there
 * is any problem. What it runs:
 *
 *   types    `astro check` as a child process (skip with --no-types)
 *   data     data/ through the build's parser, schemas and cross-file checks
 *   stories  content/stories/*.md: file name, frontmatter (YAML, schema, source ids), and
 *            the body through the real renderer with the data: directives, no hand-typed
 *            figures, no raw HTML
 *   lint     remark-lint (recommended preset) over the stories and docs/editors-guide.md
 *
 * Runs on plain Node (the project's Node 24 strips the types; every relative import names its .ts file):
 *   node src/cli/check.ts [--no-types]
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkData } from "./check-data.ts";
import { checkStories, storyFiles } from "./check-stories.ts";
import { lintMarkdown } from "./lint-markdown.ts";
import { formatProblem, summary, type Problem } from "./problems.ts";
import { typeCheck } from "./type-check.ts";

const GUIDE = "docs/editors-guide.md";

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--no-types");
if (unknown.length > 0) {
  console.error(`check: unknown option ${unknown.join(" ")}; the only option is --no-types`);
  process.exit(2);
}
const withTypes = !args.includes("--no-types");
const root = process.cwd();

// astro check takes the longest; it runs while the rest is checked.
const types = withTypes ? typeCheck(root) : Promise.resolve(null);

const sections: { name: string; problems: Problem[] | null }[] = [];

const data = checkData(root);
sections.push({ name: "data/ (schemas, cross-file ids)", problems: data.problems });

const stories = await checkStories(root, data.data, data.entries.sources, data.invalidIds);
sections.push({
  name: "content/stories/ (frontmatter, directives, hand-typed figures, raw HTML)",
  problems: stories.problems,
});

const lintFiles = [...storyFiles(root), ...(existsSync(join(root, GUIDE)) ? [GUIDE] : [])];
sections.push({
  name: `Markdown lint (remark-preset-lint-recommended: ${lintFiles.length} files)`,
  problems: await lintMarkdown(root, lintFiles),
});

sections.unshift({ name: "types (astro check)", problems: await types });

/** Grouped by file (in the order files first appear), then by line and column. */
function ordered(problems: Problem[]): Problem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return [...problems].sort(
    (a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
}

const all: Problem[] = [];
for (const { name, problems } of sections) {
  if (problems === null) {
    console.log(`── ${name}: skipped (--no-types)`);
    continue;
  }
  console.log(
    `── ${name}: ${problems.length === 0 ? "ok" : `${problems.length} problem${problems.length === 1 ? "" : "s"}`}`,
  );
  for (const problem of ordered(problems)) console.log(formatProblem(problem));
  all.push(...problems);
}
const followOn = data.followOn + stories.followOn;
if (followOn > 0) {
  const ids = [...stories.leftOut];
  const one = ids.length === 1;
  console.log(
    `note: ${followOn} more "unknown id" problem${followOn === 1 ? "" : "s"} about ${ids.join(", ")} left out: ${one ? "its file fails" : "their files fail"} the checks above; fix ${one ? "it" : "them"} first.`,
  );
}
console.log(summary(all));
process.exit(all.length === 0 ? 0 : 1);
