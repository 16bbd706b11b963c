import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProjectCopy, type BuildResult } from "../helpers/build-project.ts";

/**
 * Every figure of ../shared/facts/goyang-jobs-2025.md as Korean copy writes it, typed
 * here by hand from the fact sheet (not produced by the code under test).
 */
const FACT_SHEET_FIGURES = [
  // money
  "1억 3500만 원",
  "1억 5000만 원",
  "약 2억 3000만 원",
  "13억 원",
  "약 18억 1500만 원",
  // people, each with what it counts
  "교육 대상 69명",
  "수료 43명",
  "참여 연인원 2,795명",
  "지원 186명",
  "배치 57명",
  "채용 목표 149명",
  // other counts
  "3개 과정",
  "2개 사업",
  "19개 프로그램",
  "3개 세부사업",
  "26개 사업",
  "35개 기업",
  "24건",
  // per person (rounded to 만 원)
  "약 196만 원",
  "약 349만 원",
  "약 8만 원",
  "약 699만 원",
  // awards, contest, dates
  "제21회 대한민국 지방자치경영대전",
  "국무총리상",
  "전국 지방자치단체 일자리 대상",
  "우수상",
  "대한민국 일자리 어워드",
  "장관상",
  "3년 연속",
  "제5회",
  "2025년 11월 5일",
  "2025년 4월",
  "2025년 11월",
  "2019년",
  "2022년~2024년",
  "50세 이상 65세 미만",
  "NSP통신",
  "2025년 12월 1일",
];

describe("the real build", () => {
  let build: BuildResult;
  let html: string;
  let document: Document;

  beforeAll(() => {
    build = buildProjectCopy();
    expect(build.status, build.output).toBe(0);
    html = readFileSync(join(build.dist, "index.html"), "utf8");
    document = parseHTML(html).document as unknown as Document;
  }, 120_000);
  afterAll(() => build?.cleanup());

  it("writes a Korean page", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("ko");
  });

  for (const figure of FACT_SHEET_FIGURES) {
    it(`dist/index.html shows ${figure}`, () => {
      expect(document.body.textContent.replace(/\s+/g, " ")).toContain(figure);
    });
  }

  it("never shows the source caption's misspelling of the award", () => {
    expect(html).not.toContain("지방자치경영대진");
  });

  it("has both charts as SVG in the HTML, each with a role, a name and a table", () => {
    const charts = [...document.querySelectorAll("figure.chart")];
    expect(charts.map((f) => f.id)).toEqual(["figure-money-by-program", "figure-people-by-program"]);
    for (const figure of charts) {
      const svg = figure.querySelector('svg[role="img"]');
      expect(svg?.getAttribute("aria-labelledby")).toBeTruthy();
      expect(figure.querySelector("table caption")?.textContent).toBeTruthy();
      expect(figure.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(1);
      expect(figure.querySelectorAll('th[scope="row"]').length).toBe(7);
      expect(figure.querySelector(".chart-source")?.textContent).toContain("NSP통신");
    }
  });

  it("shows no NaN, undefined or null to readers", () => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll("script").forEach((s) => s.remove());
    const attributes = [...body.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value));
    expect(body.textContent).not.toMatch(/NaN|undefined|null|Infinity/);
    expect(attributes.filter((v) => /NaN|undefined|null|Infinity/.test(v))).toEqual([]);
  });

  it("ships the tooltip island as one small script, not the charting library", () => {
    const scripts = [...document.querySelectorAll("script")].map((s) => s.textContent);
    expect(scripts).toHaveLength(1);
    const island = scripts[0]!;
    expect(island).toContain("chart-tooltip");
    // Plot's and d3's own identifiers would show up if the chart code leaked into the bundle.
    expect(island).not.toMatch(/observablehq|scaleLinear|d3-/);
    expect(gzipSync(island, { level: 9 }).byteLength).toBeLessThan(2048);
  });

  it("renders the story body from Markdown", () => {
    expect(document.querySelectorAll(".story-body h2").length).toBeGreaterThanOrEqual(5);
  });
});

/** Plants a defect in a copy of the project and expects the build to refuse it. */
function expectBuildToFail(mutate: (dir: string) => void, ...mentions: (string | RegExp)[]) {
  const build = buildProjectCopy(mutate);
  try {
    expect(build.status, build.output).not.toBe(0);
    for (const mention of mentions) expect(build.output).toMatch(mention);
    expect(existsSync(join(build.dist, "index.html"))).toBe(false);
  } finally {
    build.cleanup();
  }
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));

describe("a broken input fails the build and names the file and the field", () => {
  it("fractional money in a program file", () => {
    expectBuildToFail(
      (dir) =>
        edit(dir, "data/programs/job-school.json", (t) => t.replace('"amount": 135000000', '"amount": 135000000.5')),
      "data/programs/job-school.json",
      /budget\.amount: must be a whole number of won/,
    );
  }, 120_000);

  it("invalid JSON", () => {
    expectBuildToFail(
      (dir) => edit(dir, "data/programs/job-fair.json", (t) => t.replace('"name":', "name:")),
      "data/programs/job-fair.json",
      /JSON/,
    );
  }, 120_000);

  it("a figure that points at a program that does not exist", () => {
    expectBuildToFail(
      (dir) => edit(dir, "data/figures/people-by-program.json", (t) => t.replace('"job-school"', '"job-schol"')),
      "data/figures/people-by-program.json",
      /data\.programIds\[3\]: unknown program id "job-schol"/,
    );
  }, 120_000);

  it("story frontmatter with a bad date", () => {
    expectBuildToFail(
      (dir) =>
        edit(dir, "content/stories/goyang-jobs-2025.md", (t) =>
          t.replace('published: "2026-11-27"', 'published: "2026-11-32"'),
        ),
      "content/stories/goyang-jobs-2025.md",
      /published: must be a date written YYYY-MM-DD/,
    );
  }, 120_000);
});

describe("a story whose body is missing is never published", () => {
  it("an empty Markdown body fails the build", () => {
    expectBuildToFail(
      (dir) => edit(dir, "content/stories/goyang-jobs-2025.md", (t) => t.slice(0, t.indexOf("---", 4) + 4)),
      /content\/stories\/goyang-jobs-2025\.md: the story body is empty/,
    );
  }, 120_000);
});
