/**
 * The corrections log in the one validation pipeline, beyond the malformed fixtures (which
 * must each be an error): the log is optional, a correction after its story's `updated` is
 * a warning once per story, and "the future" is Korea's today.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { todayInSeoul } from "../../src/format/date.ts";
import { correctionProblems } from "../../src/validate/corrections.ts";
import { validateData } from "../../src/validate/data.ts";
import { validateProject } from "../../src/validate/index.ts";
import type { Problem } from "../../src/validate/problem.ts";
import { validateStoryFiles } from "../../src/validate/stories.ts";
import { FIXTURE_ROOT, ROOT } from "../helpers/site-data.ts";

const LOG = "data/corrections.json";
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "goyang-corrections-"));
  copies.push(dir);
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  change(dir);
  return dir;
}
const editLog = (dir: string, edit: (log: any[]) => unknown) =>
  writeFileSync(join(dir, LOG), JSON.stringify(edit(JSON.parse(readFileSync(join(dir, LOG), "utf8"))), null, 2));
const about = (problems: Problem[]) => problems.filter((p) => p.file === LOG);

describe("the corrections log is optional", () => {
  it("no data/corrections.json: no problem, no corrections", async () => {
    const { problems, entries } = await validateProject(copy((dir) => rmSync(join(dir, LOG))));
    expect(about(problems)).toEqual([]);
    expect(entries.corrections).toEqual([]);
  });
  it("an empty log ([]): no problem", async () => {
    const { problems } = await validateProject(copy((dir) => writeFileSync(join(dir, LOG), "[]\n")));
    expect(about(problems)).toEqual([]);
  });
  it("the fixture's log passes and is in the entries, in the file's order", async () => {
    const { problems, entries } = await validateProject(FIXTURE_ROOT);
    expect(about(problems)).toEqual([]);
    expect(entries.corrections.map((e) => e.id)).toEqual([
      "job-school-funding",
      "dream-factory-per-participation",
      "methodology-rounding",
    ]);
  });
});

describe("a correction after its story's updated date", () => {
  it("is one warning per story, at its newest correction, naming the date to write", async () => {
    const dir = copy((d) =>
      editLog(d, (log) => {
        log[0].date = "2026-11-28";
        log[1].date = "2026-11-29";
        return log;
      }),
    );
    const { problems } = await validateProject(dir);
    expect(about(problems).map((p) => [p.ruleId, p.severity, p.path, p.hint])).toEqual([
      [
        "correction/after-updated",
        "warning",
        "[1].date",
        'content/stories/goyang-jobs-2025.md 머리말의 updated를 "2026-11-29"로 고치세요.',
      ],
    ]);
  });
});

describe("a correction in the future", () => {
  const stage = () => {
    const data = validateData(FIXTURE_ROOT);
    return { data, stories: validateStoryFiles(FIXTURE_ROOT, data.entries.sources, data.failedIds) };
  };
  it("is an error the day before its date, in Korea", () => {
    const { data, stories } = stage();
    const problems = correctionProblems(data, stories, "2026-11-29");
    expect(problems.map((p) => [p.ruleId, p.path])).toEqual([["correction/future-date", "[2].date"]]);
    expect(problems[0]?.message).toBe("정정 날짜 2026-11-30은(는) 오늘(2026-11-29)보다 뒤입니다.");
  });
  it("is no problem on its own day", () => {
    const { data, stories } = stage();
    expect(correctionProblems(data, stories, "2026-11-30")).toEqual([]);
  });
  it('todayInSeoul: 2026-11-29T15:30Z is already "2026-11-30" in Korea', () =>
    expect(todayInSeoul(new Date("2026-11-29T15:30:00Z"))).toBe("2026-11-30"));
});

describe("the editors' guide's example correction (docs/editors-guide.md, ```json correction)", () => {
  const guide = readFileSync(join(ROOT, "docs/editors-guide.md"), "utf8");
  const blocks = [...guide.matchAll(/^```json correction\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  it("is there, once", () => expect(blocks).toHaveLength(1));
  it("passes the pipeline when added to the fixture's log", async () => {
    const example = JSON.parse(blocks[0]!);
    const dir = copy((d) => editLog(d, (log) => [...log, example]));
    // Its story's updated date is the fixture's; only that warning may come of it.
    const { problems, entries } = await validateProject(dir);
    expect(about(problems).filter((p) => p.ruleId !== "correction/after-updated")).toEqual([]);
    expect(entries.corrections.map((e) => e.id)).toContain(example.id);
  });
});
