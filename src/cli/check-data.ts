import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSiteData } from "../model/read-data.ts";
import { locateJsonPath, parseFieldPath, placeAt, type FieldPath } from "./locate.ts";
import { parseProblemLine, type Problem } from "./problems.ts";

/** The data files that hold a list of entries; the build's loader refuses an empty list or a repeated id there. */
const LIST_FILES = ["data/sources.json", "data/awards.json", "data/timeline.json", "data/contests.json"];

export interface DataCheck extends Omit<ReturnType<typeof readSiteData>, "problems"> {
  problems: Problem[];
  /**
   * Ids of programs and figures whose file exists but failed its schema: they are left out
   * of the data, so anything that refers to them would also say "unknown id".
   */
  invalidIds: Set<string>;
  /** How many such follow-on "unknown id" problems were left out. */
  followOn: number;
}

/**
 * Validates data/ with the build's own parser, schemas and cross-file checks
 * (readSiteData), and gives every problem a line and column in its file.
 */
export function checkData(root: string): DataCheck {
  const { data, entries, problems: all } = readSiteData(root);
  const invalidIds = new Set([
    ...invalid(root, "data/programs", entries.programs),
    ...invalid(root, "data/figures", entries.figures),
    // "id" inside the file differs from the file name: the data knows it by the other id.
    ...[...entries.programs, ...entries.figures].filter((e) => e.data.id !== e.id).map((e) => e.id),
  ]);
  const lines = all.filter((line) => !refersTo(line, invalidIds));
  const texts = new Map<string, string | null>();
  const text = (file: string) => {
    if (!texts.has(file)) texts.set(file, existsSync(join(root, file)) ? readFileSync(join(root, file), "utf8") : null);
    return texts.get(file) ?? null;
  };
  const problems = lines.map((line) => locateDataProblem(line, text));
  problems.push(...listFileProblems(text, lines));
  return { data, entries, problems, invalidIds, followOn: all.length - lines.length };
}

/** Ids of `<dir>/<id>.json` files that exist but did not make it into the data. */
function invalid(root: string, dir: string, loaded: readonly { id: string }[]): string[] {
  if (!existsSync(join(root, dir))) return [];
  const ids = new Set(loaded.map((e) => e.id));
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.replace(/\.json$/, ""))
    .filter((id) => !ids.has(id));
}

/** A cross-file "unknown … id" problem about an id whose own file failed (it is reported there). */
export function refersTo(message: string, ids: ReadonlySet<string>): boolean {
  for (const id of ids) {
    const quoted =
      message.includes(`unknown program id "${id}"`) ||
      message.includes(`unknown figure id "${id}"`) ||
      message.includes(`unknown id "${id}"`);
    const directive = message.includes(`[${id}]`) || message.includes(`[${id}.`);
    if (quoted || (directive && /unknown (program |figure |source )?id/.test(message))) return true;
  }
  return false;
}

/**
 * readSiteData writes "data/programs/x.json: budget.amount: message" (schema and
 * cross-file problems; "data/awards.json[2]: …" for an entry of a list file) or, for a
 * file that does not parse, "data/x.json:3:5: invalid JSON: …".
 */
function locateDataProblem(line: string, text: (file: string) => string | null): Problem {
  const placed = parseProblemLine(line);
  if (placed) return placed;
  const match = /^\s*(.+?\.json)(?:\[(\d+)\])?: (.+?): ([\s\S]*)$/.exec(line);
  if (!match) return { file: "data", line: 1, message: line.trim() };
  const [, file, index, field, message] = match as unknown as [string, string, string | undefined, string, string];
  // A key the schema does not know is reported on its object; point at the key itself.
  const unknownKey = /^Unrecognized keys?: "([^"]+)"/.exec(message)?.[1];
  const path: FieldPath = [
    ...(index === undefined ? [] : [Number(index)]),
    ...parseFieldPath(field),
    ...(unknownKey === undefined ? [] : [unknownKey]),
  ];
  const source = text(file);
  let place = source === null ? { line: 1, column: 1 } : locateJsonPath(source, path);
  // A cross-file problem in a list file does not say which entry; the bad id does.
  const badId = /id "([^"]+)"/.exec(message)?.[1];
  if (source !== null && index === undefined && path.length > 0 && place.line === 1 && badId !== undefined) {
    const at = source.indexOf(JSON.stringify(badId));
    if (at !== -1) place = placeAt(source, at);
  }
  const label = index === undefined ? field : field.startsWith("(") ? `[${index}]` : `[${index}].${field}`;
  return { file, line: place.line, column: place.column, message: `${label}: ${message}` };
}

/**
 * What the build's jsonList loader refuses but readSiteData does not check: an empty
 * list, an entry without a string id, and an id used twice. Same wording as the loader.
 */
function listFileProblems(text: (file: string) => string | null, reported: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of LIST_FILES) {
    const source = text(file);
    if (
      source === null ||
      reported.some((line) => line.startsWith(`${file}:`) && /invalid JSON|byte-order mark|whole file/.test(line))
    )
      continue;
    let list: unknown;
    try {
      list = JSON.parse(source);
    } catch {
      continue;
    }
    if (!Array.isArray(list)) continue;
    if (list.length === 0)
      problems.push({ file, line: 1, column: 1, message: "(whole file): the list is empty; add at least one entry" });
    const seen = new Map<string, number>();
    list.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== "string") return; // the schema reports it
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, index);
        return;
      }
      const place = locateJsonPath(source, [index, "id"]);
      problems.push({ file, ...place, message: `[${index}].id: duplicate id "${id}" (already used by [${first}])` });
    });
  }
  return problems;
}
