import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseAstroCheck } from "../../src/cli/type-check.ts";
import { ProjectCopy } from "../helpers/build-project.ts";
import { ROOT } from "../helpers/site-data.ts";
import { npmRun, placeOf } from "./run-cli.ts";

const STORY = "content/stories/goyang-jobs-2025.md";

describe("npm run check on the repository", () => {
  it("finds no problem (types skipped)", () => {
    const run = npmRun(ROOT, "check", ["--no-types"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("types (astro check): skipped (--no-types)");
    expect(run.stdout.trim().split("\n").at(-1)).toBe("check: 0 problems");
    expect(run.status).toBe(0);
  });

  it("refuses an unknown option", () => {
    const run = npmRun(ROOT, "check", ["--fast"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option --fast");
  });
});

describe("npm run check on a copy with mistakes planted everywhere at once", () => {
  const copy = new ProjectCopy();
  afterAll(() => copy.cleanup());

  copy.edit(STORY, (text) =>
    text
      .replace("::chart[money-by-program]", "::chart[money-by-programs]")
      .replace(":num[regional-industry.people]", ":num[regional-industry.peoples]")
      .replace("시가 직접 예산을 대고 있습니다.", "시가 직접 예산을 대고 있습니다. 모두 186명이 일했습니다.")
      .replace("## 상과 자체 평가", "<b>굵게</b>\n\n*   목록 항목\n\n## 상과 자체 평가"),
  );
  copy.edit("data/awards.json", (text) => text.replace('"edition": 21', '"edition": "21"'));
  writeFileSync(
    join(copy.dir, "content/stories/second.md"),
    '---\ntitle: 둘째\ndek: 요약\nbyline: 데이터팀\npublished: "2026-02-30"\nupdated: "2026-03-01"\nsourceIds:\n  - nsp-2025-12-01\n---\n\n본문입니다.\n',
  );

  const run = npmRun(copy.dir, "check", ["--no-types"]);
  const story = readFileSync(join(copy.dir, STORY), "utf8");
  const awards = readFileSync(join(copy.dir, "data/awards.json"), "utf8");
  const at = (text: string, needle: string) => {
    const { line, column } = placeOf(text, needle);
    return `${line}:${column}`;
  };

  it("exits non-zero", () => expect(run.status).toBe(1));

  it("prints each problem with file:line:column", () => {
    const lines = run.stdout.split("\n");
    const expected = [
      `${STORY}:${at(story, "::chart[money-by-programs]")}: ::chart[money-by-programs]: unknown figure id; valid ids: money-by-program, people-by-program`,
      `${STORY}:${at(story, ":num[regional-industry.peoples]")}: :num[regional-industry.peoples]: unknown field "peoples" of "regional-industry"; valid fields: people, `,
      `${STORY}:${at(story, "186명")}: hand-typed figure "186명": take it from the data with :num[<program-id>.people]`,
      `${STORY}:${at(story, "<b>")}: raw HTML is not allowed in stories: \`<b>\``,
      `${STORY}:${at(story, "</b>")}: raw HTML is not allowed in stories: \`</b>\``,
      `${STORY}:${placeOf(story, "*   목록").line}:5: Unexpected \`3\` spaces between list item marker and content`,
      `data/awards.json:${at(awards, '"edition": "21"')}: [0].edition: Invalid input: expected number, received string`,
      `content/stories/second.md:5:1: frontmatter published: must be a date written YYYY-MM-DD`,
    ];
    for (const line of expected)
      expect(
        lines.some((l) => l.startsWith(line)),
        `${line}\n--- in ---\n${run.stdout}`,
      ).toBe(true);
    expect(run.stdout).toContain("(list-item-indent)");
  });

  it("ends with the count of problems and files", () => {
    expect(run.stdout.trim().split("\n").at(-1)).toBe("check: 8 problems in 3 files");
  });
});

describe("npm run check when a data file fails its schema", () => {
  const copy = new ProjectCopy();
  afterAll(() => copy.cleanup());
  copy.edit("data/programs/job-school.json", (t) => t.replace('"amount": 135000000', '"amount": 135000000.5'));
  const run = npmRun(copy.dir, "check", ["--no-types"]);

  it("reports the file at its line, and not every story line that names the program", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "data/programs/job-school.json:7:15: budget.amount: must be a whole number of won (money is integer KRW)",
    );
    expect(run.stdout).toMatch(/note: \d+ more "unknown id" problems about job-school left out/);
    expect(run.stdout).not.toContain('unknown program id "job-school"');
    expect(run.stdout.trim().split("\n").at(-1)).toBe("check: 1 problem in 1 file");
  });
});

describe("npm run check with types", () => {
  it("prints a type error from astro check at its file:line:column", { timeout: 180_000 }, () => {
    const copy = new ProjectCopy();
    try {
      writeFileSync(join(copy.dir, "src/planted.ts"), 'export const planted: number = "text";\n');
      const run = npmRun(copy.dir, "check", [], 170_000);
      expect(run.stdout).toContain("src/planted.ts:1:14: Type 'string' is not assignable to type 'number'. (ts(2322))");
      expect(run.stdout.trim().split("\n").at(-1)).toBe("check: 1 problem in 1 file");
      expect(run.status).toBe(1);
    } finally {
      copy.cleanup();
    }
  });

  it("reads astro check's output", () => {
    const output = [
      "01:22:33 [check] Getting diagnostics for Astro files in /work/main...",
      "src/a.ts:114:31 - error ts(2352): Conversion of type 'X' to type 'Y' may be a mistake.",
      "  Object literal may only specify known properties.",
      "",
      "114   node.data = {};",
      "src/b.astro:3:1 - warning ts(6133): 'x' is declared but its value is never read.",
      "Result (120 files): ",
      "- 1 error",
    ].join("\n");
    expect(parseAstroCheck(output)).toEqual([
      {
        file: "src/a.ts",
        line: 114,
        column: 31,
        message: "Conversion of type 'X' to type 'Y' may be a mistake. (ts(2352))",
        detail: ["Object literal may only specify known properties."],
      },
    ]);
  });
});
