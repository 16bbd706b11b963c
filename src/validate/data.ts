import type { z } from "astro/zod";
import { parse as parseLeniently } from "jsonc-parser";
import type { Entry, SiteEntries } from "../model/entries.ts";
import {
  awardSchema,
  contestSchema,
  correctionSchema,
  dataTableSchema,
  figureSchema,
  programSchema,
  sourceSchema,
  timelineEventSchema,
} from "../schemas/index.ts";
import { checkJsonText } from "./editor-text.ts";
import {
  ENTRY_DIRS,
  LIST_FILES,
  OPTIONAL_DIRS,
  OPTIONAL_FILES,
  readEntryFolder,
  readListFile,
  type SourceFile,
} from "./files.ts";
import { locate, readJson, type JsonFile } from "./json.ts";
import type { Problem } from "./problem.ts";
import { issueToProblems, mergeMisspeltKeys } from "./zod-issues.ts";

export type DataEntries = Omit<SiteEntries, "stories">;

/** What the data stage gives the later stages. */
export interface DataStage {
  entries: DataEntries;
  problems: Problem[];
  /** Every JSON file read, by path, so later rules can place their problems. */
  json: Map<string, JsonFile>;
  /** Where each entry is in its file: the list index, or [] for a file of its own. */
  base: Map<Entry<unknown>, (string | number)[]>;
  /** Ids whose file exists but failed: problems about references to them are follow-ons. */
  failedIds: Set<string>;
}

/** The `id`s of a list file that does not parse, read as leniently as jsonc-parser can. */
function lenientIds(text: string): string[] {
  const value: unknown = parseLeniently(text.replace(/^\uFEFF/, ""), [], { allowTrailingComma: true });
  return Array.isArray(value)
    ? value.flatMap((item) => (isRecord(item) && typeof item["id"] === "string" ? [item["id"]] : []))
    : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validate<T>(
  schema: z.ZodType<T>,
  json: JsonFile,
  value: unknown,
  base: (string | number)[],
  problems: Problem[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const found: Problem[] = [];
  for (const issue of result.error.issues) {
    found.push(
      ...issueToProblems(issue, {
        file: json.file,
        base,
        value,
        schema,
        locate: (path, options) => locate(json, path, options),
      }),
    );
  }
  problems.push(...mergeMisspeltKeys(found));
  return undefined;
}

const wholeFile = (file: string, ko: string, en: string, hint: string): Problem => ({
  file,
  line: 1,
  column: 1,
  path: "",
  ruleId: "data/shape",
  message: ko,
  messageEn: en,
  hint,
  severity: "error",
});

/** data/: every file read, parsed, checked for text hygiene and validated by its schema. */
export function validateData(root: string): DataStage {
  const problems: Problem[] = [];
  const json = new Map<string, JsonFile>();
  const base = new Map<Entry<unknown>, (string | number)[]>();
  const failedIds = new Set<string>();

  const parse = (source: SourceFile): JsonFile => {
    const parsed = readJson(source.file, source.text);
    json.set(source.file, parsed);
    problems.push(...parsed.problems, ...checkJsonText(parsed));
    return parsed;
  };

  const list = <T>(file: string, schema: z.ZodType<T>): Entry<T>[] => {
    const source = readListFile(root, file, problems);
    if (!source) return [];
    const parsed = parse(source);
    if (parsed.value === undefined) {
      // Its entries' ids are still known from a lenient reading: whatever refers to them
      // is a follow-on of this file's syntax error, not a mistake of its own.
      for (const id of lenientIds(source.text)) failedIds.add(id);
      return [];
    }
    if (!Array.isArray(parsed.value)) {
      problems.push(
        wholeFile(
          file,
          "파일 전체가 목록([…])이어야 합니다.",
          "expected a JSON array [...] of entries",
          "파일을 [로 시작해 ]로 끝나게 하세요.",
        ),
      );
      return [];
    }
    if (parsed.value.length === 0) {
      if (OPTIONAL_FILES.has(file)) return [];
      problems.push(
        wholeFile(
          file,
          "목록이 비어 있습니다.",
          "the list is empty; add at least one entry",
          "항목을 하나 이상 넣으세요.",
        ),
      );
      return [];
    }
    const entries: Entry<T>[] = [];
    const seen = new Map<string, number>();
    parsed.value.forEach((item: unknown, index: number) => {
      const at = locate(parsed, [index]);
      if (!isRecord(item)) {
        problems.push({
          ...wholeFile(
            file,
            "목록의 항목은 객체({…})여야 합니다.",
            "expected an object {...}",
            "다른 항목을 본떠 { … }로 적으세요.",
          ),
          ...at,
          path: `[${index}]`,
        });
        return;
      }
      const id = item["id"];
      if (typeof id === "string" && id !== "") {
        const first = seen.get(id);
        if (first !== undefined) {
          problems.push({
            file,
            ...locate(parsed, [index, "id"]),
            path: `[${index}].id`,
            ruleId: "data/duplicate-id",
            message: `id "${id}"이(가) 목록에 두 번 있습니다 ([${first}]에서 이미 썼습니다).`,
            messageEn: `duplicate id "${id}" (already used by [${first}])`,
            hint: "id를 다르게 바꾸거나 겹치는 항목을 지우세요.",
            refId: id,
            severity: "error",
          });
          return;
        }
        seen.set(id, index);
      }
      const data = validate(schema, parsed, item, [index], problems);
      if (data === undefined) {
        if (typeof id === "string") failedIds.add(id);
        return;
      }
      const entry: Entry<T> = { id: String(id), filePath: file, data };
      base.set(entry, [index]);
      entries.push(entry);
    });
    return entries;
  };

  const folder = <T extends { id: string }>(dir: string, schema: z.ZodType<T>): Entry<T>[] => {
    const entries: Entry<T>[] = [];
    const files = readEntryFolder(root, dir, ".json", problems);
    if (files.length === 0 && !OPTIONAL_DIRS.has(dir) && !problems.some((p) => p.file.startsWith(dir))) {
      problems.push(
        wholeFile(
          dir,
          `${dir}/ 폴더에 .json 파일이 없습니다.`,
          `${dir}/: no .json files found`,
          "파일을 하나 이상 두세요.",
        ),
      );
    }
    for (const source of files) {
      const parsed = parse(source);
      if (parsed.value === undefined) {
        failedIds.add(source.id);
        continue;
      }
      if (!isRecord(parsed.value)) {
        problems.push(
          wholeFile(
            source.file,
            "파일 전체가 하나의 객체({…})여야 합니다.",
            "expected one JSON object {...}",
            "다른 파일을 본떠 { … }로 적으세요.",
          ),
        );
        failedIds.add(source.id);
        continue;
      }
      const data = validate(schema, parsed, parsed.value, [], problems);
      if (data === undefined) {
        failedIds.add(source.id);
        continue;
      }
      if (data.id !== source.id) {
        // Which id is meant is the editor's call; until it is made, neither is in the data.
        problems.push({
          file: source.file,
          ...locate(parsed, ["id"]),
          path: "id",
          ruleId: "data/id-file-name",
          message: `id "${data.id}"이(가) 파일 이름 "${source.id}"와(과) 다릅니다.`,
          messageEn: `"${data.id}" must equal the file name "${source.id}"`,
          hint: `id를 "${source.id}"로 고치거나, 파일 이름을 ${data.id}.json으로 바꾸세요.`,
          severity: "error",
        });
        failedIds.add(source.id).add(data.id);
        continue;
      }
      const entry: Entry<T> = { id: source.id, filePath: source.file, data };
      base.set(entry, []);
      entries.push(entry);
    }
    return entries;
  };

  const entries: DataEntries = {
    sources: list(LIST_FILES.sources, sourceSchema),
    programs: folder(ENTRY_DIRS.programs, programSchema),
    awards: list(LIST_FILES.awards, awardSchema),
    timeline: list(LIST_FILES.timeline, timelineEventSchema),
    contests: list(LIST_FILES.contests, contestSchema),
    figures: folder(ENTRY_DIRS.figures, figureSchema),
    tables: folder(ENTRY_DIRS.tables, dataTableSchema),
    corrections: list(LIST_FILES.corrections, correctionSchema),
  };
  return { entries, problems, json, base, failedIds };
}
