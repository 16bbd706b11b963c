import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "astro/zod";
import { parseStrictJson } from "../loaders/strict-json.ts";
import type { StoryData } from "../markdown/story-data.ts";
import {
  awardSchema,
  contestSchema,
  figureSchema,
  formatSchemaIssues,
  programSchema,
  sourceSchema,
  timelineEventSchema,
} from "../schemas/index.ts";
import { findIntegrityProblems, formatProblem, type Entry, type SiteEntries } from "./integrity.ts";

/**
 * data/ read without Astro, for the check command and tests: the same strict JSON parser,
 * schemas and cross-file checks the build uses, but every problem is collected (as
 * "file: field: message" lines) instead of stopping at the first.
 */
export function readSiteData(root: string): { data: StoryData; entries: SiteEntries; problems: string[] } {
  const problems: string[] = [];
  const parse = <T>(schema: z.ZodType<T>, file: string, value: unknown, id: string): Entry<T> | null => {
    const result = schema.safeParse(value);
    if (result.success) return { id, filePath: file, data: result.data };
    problems.push(...formatSchemaIssues(file, result.error));
    return null;
  };
  const read = (file: string): unknown => {
    try {
      return parseStrictJson(readFileSync(join(root, file), "utf8"), file);
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const list = <T>(file: string, schema: z.ZodType<T>): Entry<T>[] => {
    const raw = read(file);
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      problems.push(`${file}: (whole file): expected a JSON array [...] of entries`);
      return [];
    }
    return raw
      .flatMap((item, i) => parse(schema, `${file}[${i}]`, item, String((item as { id?: unknown })?.id ?? i)) ?? [])
      .map((e) => ({ ...e, filePath: file }));
  };
  const perFile = <T>(dir: string, schema: z.ZodType<T>): Entry<T>[] =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(".json"))
      .sort()
      .flatMap((name) => {
        const file = `${dir}/${name}`;
        const raw = read(file);
        return raw === undefined ? [] : (parse(schema, file, raw, name.replace(/\.json$/, "")) ?? []);
      });

  const entries: SiteEntries = {
    sources: list("data/sources.json", sourceSchema),
    programs: perFile("data/programs", programSchema),
    awards: list("data/awards.json", awardSchema),
    timeline: list("data/timeline.json", timelineEventSchema),
    contests: list("data/contests.json", contestSchema),
    figures: perFile("data/figures", figureSchema),
    stories: [],
  };
  problems.push(...findIntegrityProblems(entries).map((p) => formatProblem(p).trim()));
  const data = (e: { data: unknown }[]) => e.map((x) => x.data);
  return {
    entries,
    problems,
    data: {
      programs: data(entries.programs) as StoryData["programs"],
      figures: data(entries.figures) as StoryData["figures"],
      sources: data(entries.sources) as StoryData["sources"],
      awards: data(entries.awards) as StoryData["awards"],
      contests: data(entries.contests) as StoryData["contests"],
    },
  };
}
