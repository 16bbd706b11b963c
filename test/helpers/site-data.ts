import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StoryData } from "../../src/markdown/story-data.ts";
import {
  awardSchema,
  contestSchema,
  dataTableSchema,
  figureSchema,
  programSchema,
  sourceSchema,
  timelineEventSchema,
  type Figure,
  type Program,
} from "../../src/schemas/index.ts";

/** The repository: its data/ is what the site publishes, and editors correct it at any time. */
export const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * The tests' own copy of data/ and content/stories (test/fixtures/site/). Unit and snapshot
 * tests read this, never data/, so an editorial correction to data/ cannot change what they
 * expect; only tests of the published site read data/, and they derive what they expect
 * from it.
 */
export const FIXTURE_ROOT = join(ROOT, "test/fixtures/site");

/** A JSON file, by its path relative to `root` (the repository unless told). */
export function readJson(relativePath: string, root = ROOT): unknown {
  return JSON.parse(readFileSync(join(root, relativePath), "utf8"));
}

/** The .json files of a folder of `root` (the repository unless told), relative to `root`, sorted. */
export function jsonFilesIn(relativeDir: string, root = ROOT): string[] {
  if (!existsSync(join(root, relativeDir))) return [];
  return readdirSync(join(root, relativeDir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${relativeDir}/${name}`);
}

/** The fixture's programs (test/fixtures/site unless told), validated by the same schemas the build uses. */
export function loadPrograms(root = FIXTURE_ROOT): Program[] {
  return jsonFilesIn("data/programs", root).map((file) => programSchema.parse(readJson(file, root)));
}

/** One figure of the fixture (test/fixtures/site unless told), validated by the build's schema. */
export function loadFigure(id: string, root = FIXTURE_ROOT): Figure {
  return figureSchema.parse(readJson(`data/figures/${id}.json`, root));
}

/** The ids of the figures in data/figures/ of `root` (the fixture unless told). */
export function figureIds(root = FIXTURE_ROOT): string[] {
  return jsonFilesIn("data/figures", root).map((file) => file.replace(/^data\/figures\/(.*)\.json$/, "$1"));
}

/**
 * What a story's directives can refer to, from the fixture (test/fixtures/site unless told):
 * every file through the build's schemas, in the order the build reads them (files by name).
 */
export function loadStoryData(root = FIXTURE_ROOT): StoryData {
  const list = <T>(file: string, parse: (value: unknown) => T) => (readJson(file, root) as unknown[]).map(parse);
  return {
    programs: loadPrograms(root),
    figures: figureIds(root).map((id) => loadFigure(id, root)),
    sources: list("data/sources.json", (v) => sourceSchema.parse(v)),
    awards: list("data/awards.json", (v) => awardSchema.parse(v)),
    contests: list("data/contests.json", (v) => contestSchema.parse(v)),
    timeline: list("data/timeline.json", (v) => timelineEventSchema.parse(v)),
    tables: jsonFilesIn("data/tables", root).map((file) => dataTableSchema.parse(readJson(file, root))),
  };
}
