import { describe, expect, it } from "vitest";
import type { z } from "astro/zod";
import {
  awardSchema,
  contestSchema,
  figureSchema,
  programSchema,
  sourceSchema,
  storySchema,
  timelineEventSchema,
} from "../../src/schemas/index.ts";
import { issueToProblems } from "../../src/validate/zod-issues.ts";
import { jsonFilesIn, readJson as readRepoJson } from "../helpers/site-data.ts";

/** The tests' own data: test/fixtures/site/data/… */
const FIXTURE = "test/fixtures/site/";
const readJson = (file: string) => readRepoJson(`${FIXTURE}${file}`);

/**
 * Validates `value` and returns each problem as "file: field: English message", and the
 * Korean message after " | ", or [] (the pipeline's wording, src/validate/zod-issues.ts).
 */
function problems(schema: z.ZodType, file: string, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issueToProblems(issue, { file, base: [], value, schema, locate: () => ({ line: 1, column: 1 }) }).map(
      (p) => `${file}: ${p.messageEn} | ${p.message}`,
    ),
  );
}

const arrayFiles: [string, z.ZodType][] = [
  ["data/sources.json", sourceSchema],
  ["data/awards.json", awardSchema],
  ["data/timeline.json", timelineEventSchema],
  ["data/contests.json", contestSchema],
];

describe("the repository's data passes its schemas", () => {
  for (const file of jsonFilesIn(`${FIXTURE}data/programs`).map((f) => f.slice(FIXTURE.length))) {
    it(`${file} is a valid program`, () => expect(problems(programSchema, file, readJson(file))).toEqual([]));
  }
  for (const file of jsonFilesIn(`${FIXTURE}data/figures`).map((f) => f.slice(FIXTURE.length))) {
    it(`${file} is a valid figure`, () => expect(problems(figureSchema, file, readJson(file))).toEqual([]));
  }
  for (const [file, schema] of arrayFiles) {
    it(`every entry of ${file} is valid`, () => {
      const entries = readJson(file) as unknown[];
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.flatMap((entry, i) => problems(schema, `${file}[${i}]`, entry))).toEqual([]);
    });
  }
});

const programFile = "data/programs/job-school.json";
const validProgram = () => structuredClone(readJson(programFile)) as Record<string, any>;

/** Each defect: a change to a valid program, and the field and words the error must name. */
const programDefects: [string, (p: Record<string, any>) => void, string, RegExp][] = [
  ["a missing name", (p) => delete p.name, "name", /required field "name" is missing \| 필수 항목 "name"/],
  ["an empty name", (p) => (p.name = "  "), "name", /must not be empty/],
  [
    "money as a string",
    (p) => (p.budget.amount = "135000000"),
    "budget.amount",
    /expected a number.*따옴표와 단위 없이|expected a number/,
  ],
  ["fractional KRW", (p) => (p.budget.amount = 1350.5), "budget.amount", /whole number of won/],
  ["negative KRW", (p) => (p.budget.amount = -1), "budget.amount", /must not be negative/],
  [
    "an unknown amount without a reason",
    (p) => (p.budget.amount = null),
    "budget.unknownReason",
    /amount: null together with unknownReason/,
  ],
  [
    "a reason beside a known amount",
    (p) => (p.budget.unknownReason = "모름"),
    "budget.unknownReason",
    /either an amount/,
  ],
  [
    "an unknown amount marked approximate",
    (p) => Object.assign(p.budget, { amount: null, approximate: true, unknownReason: "모름" }),
    "budget.approximate",
    /cannot be approximate/,
  ],
  [
    "a people count that does not say what it counts",
    (p) => (p.people.counts = null),
    "people.counts",
    /say what the count counts/,
  ],
  ["a bare 'people' kind", (p) => (p.people.counts = "people"), "people.counts", /enrolled/],
  ["a fractional count", (p) => (p.people.count = 69.5), "people.count", /whole number/],
  ["an unknown key", (p) => (p.budgetKrw = 1), "budgetKrw", /unrecognized key "budgetKrw" \| 알 수 없는 항목/],
  ["an id that is not kebab-case", (p) => (p.id = "Job_School"), "id", /kebab-case/],
  ["no source ids", (p) => (p.sourceIds = []), "sourceIds", /at least one source/],
  ["an unknown life stage", (p) => (p.lifeStage = "adult"), "lifeStage", /youth.*middle.*senior.*unassigned/],
  ["an impossible start date", (p) => (p.startedOn = "2025-13"), "startedOn", /YYYY-MM/],
  ["an unknown unit", (p) => (p.units[0].unit = "people"), "units[0].unit", /course/],
];

describe("each kind of program defect fails, naming file and field", () => {
  for (const [defect, mutate, field, message] of programDefects) {
    it(`rejects ${defect} at ${field}`, () => {
      const program = validProgram();
      mutate(program);
      const lines = problems(programSchema, programFile, program);
      expect(lines.length).toBeGreaterThan(0);
      const line = lines.find((l) => l.startsWith(`${programFile}: ${field}: `));
      expect(line, `no problem reported at ${field}; got:\n${lines.join("\n")}`).toBeDefined();
      expect(line).toMatch(message);
    });
  }
});

describe("defects in the other collections", () => {
  const first = (file: string) => structuredClone((readJson(file) as any[])[0]);

  it("rejects a source published at a date without an offset", () => {
    const source = { ...first("data/sources.json"), publishedAt: "2025-12-01 17:06" };
    expect(problems(sourceSchema, "data/sources.json[0]", source)).toEqual([
      expect.stringMatching(/^data\/sources\.json\[0\]: publishedAt: must be an ISO date-time with offset/),
    ]);
  });

  it("rejects a source with neither url nor reason", () => {
    const { urlUnknownReason: _, ...source } = first("data/sources.json");
    expect(problems(sourceSchema, "data/sources.json[0]", source)[0]).toMatch(/urlUnknownReason: give either a url/);
  });

  it("rejects a javascript: source url", () => {
    const source = { ...first("data/sources.json"), url: "javascript:alert(1)", urlUnknownReason: undefined };
    expect(problems(sourceSchema, "data/sources.json[0]", source)[0]).toMatch(/url: must be an http\(s\) URL/);
  });

  it("rejects an award edition typed as text", () => {
    const award = { ...first("data/awards.json"), edition: "21" };
    expect(problems(awardSchema, "data/awards.json[0]", award)[0]).toMatch(/^data\/awards\.json\[0\]: edition: /);
  });

  it("rejects a timeline span that ends before it starts", () => {
    const event = { ...first("data/timeline.json"), start: "2024", end: "2022" };
    expect(problems(timelineEventSchema, "data/timeline.json[0]", event)[0]).toMatch(
      /end: end must not be before start/,
    );
  });

  // Which marks, datasets and formats exist is the registries' to say (src/validate/figure-specs.ts);
  // the schema only checks the shape of the names.
  it("rejects a mark name that is not a word", () => {
    const figure = { ...(readJson("data/figures/money-by-program.json") as object), mark: "bar chart" };
    expect(problems(figureSchema, "data/figures/money-by-program.json", figure)[0]).toMatch(
      /^data\/figures\/money-by-program\.json: mark: a mark name is a camelCase word/,
    );
  });

  it("rejects a figure whose id list is empty", () => {
    const figure = readJson("data/figures/money-by-program.json") as { data: object };
    const empty = { ...figure, data: { ...figure.data, ids: [] } };
    expect(problems(figureSchema, "f.json", empty)[0]).toMatch(/^f\.json: data\.ids: list at least one id/);
  });

  it("rejects story frontmatter with an impossible date and an update before publication", () => {
    const story = {
      title: "t",
      dek: "d",
      byline: "b",
      published: "2025-02-30",
      updated: "2025-01-01",
      sourceIds: ["x"],
    };
    const lines = problems(storySchema, "content/stories/s.md", story);
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/stories\/s\.md: published: must be a date written YYYY-MM-DD/),
    );
  });

  it("rejects story frontmatter whose update comes before publication", () => {
    const story = {
      title: "t",
      dek: "d",
      byline: "b",
      published: "2025-02-03",
      updated: "2025-01-01",
      sourceIds: ["x"],
    };
    expect(problems(storySchema, "s.md", story)).toEqual([
      "s.md: updated: updated must not be before published | 수정일(updated)이 발행일(published)보다 앞섭니다.",
    ]);
  });
});
