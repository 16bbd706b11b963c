import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { figureSchema, programSchema, type Figure, type Program } from "../../src/schemas/index.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;

export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, relativePath), "utf8"));
}

export function jsonFilesIn(relativeDir: string): string[] {
  return readdirSync(join(ROOT, relativeDir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${relativeDir}/${name}`);
}

/** The repository's real programs and figures, validated by the same schemas the build uses. */
export function loadPrograms(): Program[] {
  return jsonFilesIn("data/programs").map((file) => programSchema.parse(readJson(file)));
}

export function loadFigure(id: string): Figure {
  return figureSchema.parse(readJson(`data/figures/${id}.json`));
}
