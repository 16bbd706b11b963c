import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { npmRun } from "./run-cli.ts";

const today = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Seoul",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

describe("npm run new-story", () => {
  const copy = new ProjectCopy();
  afterAll(() => copy.cleanup());
  const stories = () => readdirSync(join(copy.dir, "content/stories")).sort();
  const before = stories();

  it("creates content/stories/<slug>.md from the template, dated today in Seoul", () => {
    const run = npmRun(copy.dir, "new-story", ["test-story", "시험용:", "새", "기사"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("created content/stories/test-story.md");
    expect(run.stdout).toContain("http://localhost:4321/stories/test-story/");
    const text = readFileSync(join(copy.dir, "content/stories/test-story.md"), "utf8");
    expect(text).toContain('title: "시험용: 새 기사"\n');
    expect(text).toMatch(new RegExp(`published: "(${today()})"\\nupdated: "\\1"`));
    expect(text).not.toMatch(/\{\{\w+\}\}/);
    for (const directive of ["::chart[", ":num[", ":program[", ":cite[", ":literal["])
      expect(text).toContain(directive);
  });

  it("makes a story that passes npm run check", () => {
    const run = npmRun(copy.dir, "check", ["--no-types"]);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("check: 문제 없음 (0 problems)");
    expect(run.status).toBe(0);
  });

  it("makes a story the real build publishes at /stories/<slug>/", { timeout: 240_000 }, () => {
    const build = copy.build();
    expect(build.status, build.output).toBe(0);
    const page = join(copy.dist, "stories/test-story/index.html");
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, "utf8");
    expect(html).toContain("시험용: 새 기사");
    expect(html).toContain('<div class="chart-block">');
  });

  for (const slug of ["Test_Story", "test--story", "trailing-", "청년-일자리", "test story"]) {
    it(`refuses the slug ${JSON.stringify(slug)} and creates nothing`, () => {
      const run = npmRun(copy.dir, "new-story", [slug]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`"${slug}" is not a valid slug`);
      expect(stories()).toEqual([...before, "test-story.md"].sort());
    });
  }

  it("refuses a story that already exists and leaves it as it was", () => {
    const file = join(copy.dir, "content/stories/goyang-jobs-2025.md");
    const original = readFileSync(file, "utf8");
    const run = npmRun(copy.dir, "new-story", ["goyang-jobs-2025", "덮어쓰기"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content/stories/goyang-jobs-2025.md already exists");
    expect(readFileSync(file, "utf8")).toBe(original);
  });

  it("asks for a slug when none is given", () => {
    const run = npmRun(copy.dir, "new-story");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run new-story -- <slug> [title]");
  });

  it("keeps the template out of the stories", () => {
    expect(existsSync(join(copy.dir, "content/templates/story.md"))).toBe(true);
    expect(existsSync(join(copy.dist, "stories/story/index.html"))).toBe(false);
  });
});
