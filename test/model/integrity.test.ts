import { describe, expect, it } from "vitest";
import {
  assertIntegrity,
  DataIntegrityError,
  findIntegrityProblems,
  type SiteEntries,
} from "../../src/model/integrity.ts";
import {
  awardSchema,
  contestSchema,
  figureSchema,
  sourceSchema,
  timelineEventSchema,
} from "../../src/schemas/index.ts";
import { loadPrograms, readJson, jsonFilesIn } from "../helpers/site-data.ts";

function realSite(): SiteEntries {
  const list = <T extends { id: string }>(file: string, parse: (v: unknown) => T) =>
    (readJson(file) as unknown[]).map((v) => {
      const data = parse(v);
      return { id: data.id, filePath: file, data };
    });
  return {
    sources: list("data/sources.json", (v) => sourceSchema.parse(v)),
    programs: loadPrograms().map((data) => ({ id: data.id, filePath: `data/programs/${data.id}.json`, data })),
    awards: list("data/awards.json", (v) => awardSchema.parse(v)),
    timeline: list("data/timeline.json", (v) => timelineEventSchema.parse(v)),
    contests: list("data/contests.json", (v) => contestSchema.parse(v)),
    figures: jsonFilesIn("data/figures").map((file) => {
      const data = figureSchema.parse(readJson(file));
      return { id: data.id, filePath: file, data };
    }),
    stories: [],
  };
}

describe("cross-file references", () => {
  it("the repository's data has none broken", () => {
    expect(findIntegrityProblems(realSite())).toEqual([]);
  });

  it("names the file and field of a figure that shows an unknown program, and lists the valid ids", () => {
    const site = realSite();
    site.figures[0]!.data.data.programIds[1] = "job-schol";
    expect(findIntegrityProblems(site)).toEqual([
      {
        file: site.figures[0]!.filePath,
        field: "data.programIds[1]",
        message: expect.stringMatching(/^unknown program id "job-schol"; valid ids: .*job-school/),
      },
    ]);
  });

  it("names a program that cites an unknown source", () => {
    const site = realSite();
    site.programs[2]!.data.sourceIds = ["nsp-2025-12-02"];
    const [problem] = findIntegrityProblems(site);
    expect(problem).toMatchObject({ file: site.programs[2]!.filePath, field: "sourceIds[0]" });
    expect(problem!.message).toContain("nsp-2025-12-01");
  });

  it("names a timeline event tied to an unknown program", () => {
    const site = realSite();
    site.timeline[0]!.data.programId = "nobody";
    expect(findIntegrityProblems(site)).toEqual([
      expect.objectContaining({ file: "data/timeline.json", field: "programId" }),
    ]);
  });

  it("names a per-file entry whose id disagrees with its file name", () => {
    const site = realSite();
    site.programs[0]!.data.id = "renamed";
    expect(findIntegrityProblems(site)).toEqual([
      expect.objectContaining({ field: "id", message: expect.stringContaining("must equal the file name") }),
    ]);
  });

  it("assertIntegrity throws every problem at once, one line each", () => {
    const site = realSite();
    site.awards[0]!.data.sourceIds = ["a"];
    site.contests[0]!.data.sourceIds = ["b"];
    expect(() => assertIntegrity(site)).toThrow(DataIntegrityError);
    expect(() => assertIntegrity(site)).toThrow(
      /2 problem\(s\)[\s\S]*data\/awards\.json: sourceIds\[0\][\s\S]*data\/contests\.json: sourceIds\[0\]/,
    );
  });
});
