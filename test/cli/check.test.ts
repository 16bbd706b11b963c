import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseAstroCheck } from "../../src/cli/type-check.ts";
import { ProjectCopy } from "../helpers/build-project.ts";
import { ROOT } from "../helpers/site-data.ts";
import { npmRun, placeOf } from "./run-cli.ts";

const STORY = "content/stories/goyang-jobs-2025.md";

/** The printed problems: each a "file:line:column" line with its indented lines. */
function blocks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\S+:\d+:\d+/.test(line)) out.push(line);
    else if (/^ {2}\S/.test(line) && out.length > 0) out[out.length - 1] += `\n${line}`;
  }
  return out;
}

describe("npm run check on the repository", () => {
  it("finds no error (types skipped)", () => {
    const run = npmRun(ROOT, "check", ["--no-types"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("types (astro check): 건너뜀 (--no-types)");
    expect(run.status).toBe(0);
  });

  it("refuses an unknown option", () => {
    const run = npmRun(ROOT, "check", ["--fast"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option");
    expect(run.stderr).toContain("--fast");
  });
});

/**
 * The wiring: the real `npm run check` and `npm run build` on one copy with mistakes in a
 * JSON file, a frontmatter and a story body. Both exit 1 and print the same problems, once
 * each, in Korean, at the editor's file:line:column, with no stack trace; dist/ is untouched.
 */
describe("npm run check and npm run build agree on a copy with mistakes in every kind of file", () => {
  const copy = new ProjectCopy().useFixtureSite();
  afterAll(() => copy.cleanup());
  copy.edit("data/awards.json", (text) => text.replace(/\}\s*\]\s*$/, "},\n]\n"));
  copy.edit(STORY, (text) =>
    text
      .replace(/^updated: .*$/m, "updated: 2025.12.01")
      .replace("::chart[money-by-program]", "::chart[money-by-programs]")
      .concat("\n교육에는 일흔 명이 참여했습니다.\n"),
  );
  mkdirSync(join(copy.dir, "dist"), { recursive: true });
  writeFileSync(join(copy.dir, "dist/index.html"), "published before");

  const check = npmRun(copy.dir, "check", ["--no-types"]);
  const build = copy.build();
  const story = readFileSync(join(copy.dir, STORY), "utf8");
  const awards = readFileSync(join(copy.dir, "data/awards.json"), "utf8");
  const at = (text: string, needle: string, shift = 0) => {
    const { line, column } = placeOf(text, needle);
    return `${line}:${column + shift}`;
  };

  it("both exit 1", () => {
    expect(check.status, check.stdout).toBe(1);
    expect(build.status, build.output).toBe(1);
  });

  it("check names each mistake at its place, in Korean, with a fix", () => {
    const printed = blocks(check.stdout);
    const expected: [string, RegExp][] = [
      [`data/awards.json:${at(awards, "},\n]", 1)}`, /마지막 항목 뒤에 쉼표/],
      [`${STORY}:${at(story, "2025.12.01")} frontmatter.updated`, /"2025-12-01"처럼/],
      [
        `${STORY}:${at(story, "::chart[money-by-programs]")}`,
        /없는 그림 id "money-by-programs".*\n.*혹시 "money-by-program"을\(를\) 찾으셨나요/,
      ],
      [`${STORY}:${at(story, "일흔 명")}`, /일흔 명/],
    ];
    for (const [head, words] of expected) {
      const block = printed.find((b) => b.startsWith(head));
      expect(block, `${head}\n--- in ---\n${check.stdout}`).toBeDefined();
      expect(block).toMatch(words);
    }
  });

  it("the build prints exactly the check's problems, once each, without stack traces", () => {
    expect(blocks(build.output)).toEqual(blocks(check.stdout));
    expect(new Set(blocks(build.output)).size).toBe(blocks(build.output).length);
    expect(build.output).not.toMatch(/\n\s+at \S+ \(|Failed to parse Markdown file|:0:0/);
  });

  it("the build leaves dist/ as it was", () => {
    expect(readFileSync(join(copy.dist, "index.html"), "utf8")).toBe("published before");
    expect(existsSync(join(copy.dir, "dist/embed"))).toBe(false);
  });
});

describe("astro check's output", () => {
  it("becomes problems at their file:line:column", () => {
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
    const [problem, ...rest] = parseAstroCheck(output);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "src/a.ts", line: 114, column: 31, ruleId: "types", severity: "error" });
    expect(problem?.messageEn).toBe(
      "Conversion of type 'X' to type 'Y' may be a mistake. (ts(2352)) — Object literal may only specify known properties.",
    );
  });
});
