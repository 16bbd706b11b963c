import type { Node } from "jsonc-parser";
import { IMAGE_FIELDS, missingGlyphs } from "./glyphs.ts";
import { findHandTypedFigures } from "./hand-typed.ts";
import { BAD_CHARACTER_HINT, findBadCharacters } from "./hygiene.ts";
import { pathOf, type JsonFile } from "./json.ts";
import { formatPath, type Place } from "./positions.ts";
import type { Problem } from "./problem.ts";

/**
 * Text fields whose words reach readers as prose (titles, notes, summaries…): figures
 * typed into them would escape the data, so they get the hand-typed-number guard too.
 * Names, labels and reasons are not prose and may hold numbers ("2025 고양시 … 박람회").
 */
export const PROSE_FIELDS = new Set([
  "title",
  "subtitle",
  "description",
  "notes",
  "summary",
  "highlights",
  "dek",
  "annotations.label",
]);

/** Where the character at `index` of a string value is in the file (exact when the raw text has no escapes). */
export function placeInString(json: JsonFile, node: Node, index: number): Place {
  const raw = json.text.slice(node.offset + 1, node.offset + node.length - 1);
  return raw.includes("\\") ? json.place(node.offset) : json.place(node.offset + 1 + index);
}

/** The prose field a string node belongs to ("notes" for notes[1]), if any. */
function proseField(path: (string | number)[]): string | undefined {
  const key = fieldName(path);
  return key !== undefined && PROSE_FIELDS.has(key) ? key : undefined;
}

/**
 * The field a string belongs to, as the checks name it: its last key, except that a label
 * drawn on a chart is "annotations.label" (other labels, such as a timeline event's, are names).
 */
function fieldName(path: (string | number)[]): string | undefined {
  const keys = path.filter((k): k is string => typeof k === "string");
  const last = keys.at(-1);
  return last === "label" && keys.at(-2) === "annotations" ? "annotations.label" : last;
}

/**
 * Checks every string of a JSON file: no bidi controls, invisible fillers, control
 * characters or lone surrogates anywhere (ids and keys included), and no hand-typed
 * money or counts in prose fields.
 */
export function checkJsonText(json: JsonFile): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    if (node.type === "string") {
      const value = String(node.value);
      const path = pathOf(node);
      const isKey = node.parent?.type === "property" && node.parent.children?.[0] === node;
      for (const bad of findBadCharacters(value)) {
        problems.push({
          file: json.file,
          ...placeInString(json, node, bad.index),
          path: formatPath(path),
          ruleId: bad.ruleId,
          message: `${isKey ? "항목 이름에 " : ""}${bad.ko}`,
          messageEn: bad.en,
          hint: BAD_CHARACTER_HINT,
          severity: "error",
        });
      }
      const field = isKey ? undefined : proseField(path);
      if (field !== undefined) problems.push(...handTyped(json, node, value, formatPath(path)));
      if (!isKey && imageFields(json.file)?.has(fieldName(path) ?? ""))
        problems.push(...noGlyph(json, node, value, formatPath(path)));
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (json.tree) visit(json.tree);
  return problems;
}

function handTyped(json: JsonFile, node: Node, value: string, path: string): Problem[] {
  return findHandTypedFigures(value).map((found) => ({
    file: json.file,
    ...placeInString(json, node, found.index),
    path,
    ruleId: "text/hand-typed-figure",
    message: `글에 숫자 "${found.text}"을(를) 직접 적었습니다. 숫자는 데이터에서만 나와야 합니다.`,
    messageEn: `hand-typed figure "${found.text}" in a text field`,
    hint: "이 글에서는 숫자를 빼고 쓰세요. 숫자는 그림과 표가 데이터에서 보여 줍니다.",
    severity: "error" as const,
  }));
}

/** Which of a file's fields are drawn into the PNG images (src/validate/glyphs.ts). */
function imageFields(file: string): ReadonlySet<string> | undefined {
  if (file.startsWith("data/figures/")) return IMAGE_FIELDS.figures;
  if (file.startsWith("data/programs/")) return IMAGE_FIELDS.programs;
  if (file === "data/sources.json") return IMAGE_FIELDS.sources;
  return undefined;
}

/** A character the image font cannot draw, at its place: a problem naming the field. */
export function noGlyphProblem(
  file: string,
  at: { line: number; column: number },
  path: string,
  character: string,
): Problem {
  const code = `U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
  return {
    file,
    ...at,
    path,
    ruleId: "text/no-glyph",
    message: `"${character}"(${code})은(는) 그림 파일(PNG)과 공유 카드의 글꼴에 없는 글자라 빈 네모로 찍힙니다.`,
    messageEn: `"${character}" (${code}) is not in the images' font (Pretendard) and would print as an empty box`,
    hint: "한글이나 영문으로 바꿔 쓰세요 (한자는 한글로, 이모지는 빼세요).",
    severity: "error",
  };
}

function noGlyph(json: JsonFile, node: Node, value: string, path: string): Problem[] {
  return missingGlyphs(value).map((character) =>
    noGlyphProblem(json.file, placeInString(json, node, value.indexOf(character)), path, character),
  );
}
