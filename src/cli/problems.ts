/** One problem `npm run check` reports: where it is, what is wrong, and the rule if any. */
export interface Problem {
  /** Relative to the project root, e.g. "content/stories/goyang-jobs-2025.md". */
  file: string;
  line: number;
  column?: number | undefined;
  message: string;
  /** Further lines printed under the problem (astro check's explanation), indented. */
  detail?: string[];
}

/** "file:line:column: message" (or "file:line: message"), then any detail lines indented. */
export function formatProblem({ file, line, column, message, detail = [] }: Problem): string {
  const place = column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  return [`${place}: ${message}`, ...detail.map((d) => `    ${d}`)].join("\n");
}

/** Reads back a "file:line:column: message" line, as the story renderer and loaders write them. */
export function parseProblemLine(text: string): Problem | null {
  const match = /^(\S+?):(\d+):(\d+): ([\s\S]*)$/.exec(text);
  if (!match) return null;
  const [, file, line, column, message] = match as unknown as [string, string, string, string, string];
  return { file, line: Number(line), column: Number(column), message };
}

/** "check: 0 problems", "check: 1 problem in 1 file", "check: 3 problems in 2 files". */
export function summary(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  if (problems.length === 0) return "check: 0 problems";
  return `check: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
}
