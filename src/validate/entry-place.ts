import type { Entry } from "../model/entries.ts";
import type { DataStage } from "./data.ts";
import { locate } from "./json.ts";
import { formatPath } from "./positions.ts";

/**
 * Where a field of an entry is, for a problem about it: the entry's file, the line and
 * column of `path` inside the entry (its list index first, for a list file), and the path
 * as an editor reads it ("data.ids[0]", "[2].programId").
 */
export function entryPlace(
  stage: Pick<DataStage, "json" | "base">,
  entry: Entry<unknown>,
  path: readonly (string | number)[],
): { file: string; line: number; column: number; path: string } {
  const json = entry.filePath ? stage.json.get(entry.filePath) : undefined;
  const full = [...(stage.base.get(entry) ?? []), ...path];
  return {
    file: entry.filePath ?? entry.id,
    ...(json ? locate(json, full) : { line: 1, column: 1 }),
    path: formatPath(full),
  };
}
