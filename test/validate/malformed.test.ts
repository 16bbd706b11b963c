import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { preflight } from "../../src/cli/build.ts";
import { runCheck } from "../../src/cli/check-run.ts";
import { validateProject } from "../../src/validate/index.ts";
import { isError, type Problem } from "../../src/validate/problem.ts";
import { ROOT } from "../helpers/site-data.ts";
import { MALFORMED, type Expected } from "./malformed-fixtures.ts";

/**
 * Every malformed-input fixture through the one validation pipeline, in-process, on a
 * copy of the tests' own site: it must be refused with a Korean message at a real place,
 * and the build's preflight and `npm run check` must report exactly the same problems.
 * (test/validate/cli-wiring.test.ts runs a few of them through the real commands.)
 */
const FIXTURE_SITE = join(ROOT, "test/fixtures/site");
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function plantedCopy(fixture: (typeof MALFORMED)[number]): string {
  const dir = mkdtempSync(join(tmpdir(), "goyang-malformed-"));
  copies.push(dir);
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  if (fixture.file && fixture.change) {
    const path = join(dir, fixture.file);
    writeFileSync(path, fixture.change(readFileSync(path, "utf8")));
  }
  fixture.plant?.(dir);
  return dir;
}

const matches = (pattern: string | RegExp, value: string) =>
  typeof pattern === "string" ? pattern === value : pattern.test(value);

function found(problems: Problem[], expected: Expected): Problem | undefined {
  return problems.find(
    (p) =>
      matches(expected.file, p.file) &&
      matches(expected.ruleId, p.ruleId) &&
      (expected.path === undefined || matches(expected.path, p.path)) &&
      (expected.line === undefined || expected.line === p.line) &&
      (expected.words === undefined || expected.words.test(`${p.message} ${p.hint ?? ""}`)),
  );
}

/** The printed problems: each a block of a "file:line:column" line and its indented lines, in order. */
function heads(text: string): string[] {
  const blocks: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\S+:\d+:\d+/.test(line)) blocks.push(line);
    else if (/^ {2}\S/.test(line) && blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}

describe("the fixture site itself", () => {
  it("has no problem (every fixture below starts from a clean site)", async () => {
    const { problems } = await validateProject(FIXTURE_SITE);
    expect(problems.filter(isError)).toEqual([]);
  });
});

describe("malformed input: refused with a Korean message at its place, the same in build and check", () => {
  for (const fixture of MALFORMED) {
    it(fixture.name, async () => {
      const dir = plantedCopy(fixture);
      const result = await validateProject(dir);
      const { problems } = result;
      const errors = problems.filter(isError);
      const listing = problems
        .map((p) => `${p.file}:${p.line}:${p.column} [${p.ruleId}] ${p.path} ${p.message}`)
        .join("\n");
      expect(errors.length, `no error for "${fixture.name}"`).toBeGreaterThan(0);
      for (const expected of fixture.expect) {
        expect(
          found(problems, expected),
          `expected ${JSON.stringify(expected, (_, v) => (v instanceof RegExp ? String(v) : v))} in:\n${listing}`,
        ).toBeDefined();
      }
      if (fixture.onlyInFile)
        expect(
          errors.filter((p) => p.file !== fixture.file),
          "follow-on problems",
        ).toEqual([]);
      for (const p of problems) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message, "the message is Korean").toMatch(/[가-힣]/);
        expect(p.messageEn.length).toBeGreaterThan(0);
        expect(p.message).not.toMatch(/Invalid input|Unrecognized key|\n\s+at /);
      }

      let built = "";
      // The pipeline ran once above; the build's preflight and the check print its result.
      const exit = await preflight(
        dir,
        async () => result,
        (text) => (built += text),
      );
      const checked = await runCheck(dir, { types: false, validate: async () => result });
      expect(exit).toBe(1);
      expect(checked.exitCode).toBe(1);
      // Each problem is printed once, and the build lists exactly what the check lists.
      expect(heads(built)).toEqual(heads(checked.text));
      expect(new Set(heads(built)).size).toBe(heads(built).length);
    });
  }
});
