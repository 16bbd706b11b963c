import type { z } from "astro/zod";
import { parseCount, parseKrw, parseKrwCompact } from "../format/index.ts";
import { formatPath, type Place } from "./positions.ts";
import type { Problem } from "./problem.ts";
import { SCHEMA_WORDING } from "./schema-wording.ts";
import { choices, closest, didYouMean, quote } from "../text/did-you-mean.ts";

/** Where an issue's field is in the file an editor wrote. */
export interface IssueContext {
  file: string;
  /** The path of the validated value inside the file: [] for a whole file, [2] for a list entry. */
  base: (string | number)[];
  /** The validated value itself (to quote what was written). */
  value: unknown;
  schema: z.ZodType;
  locate: (path: (string | number)[], options?: { key?: boolean }) => Place;
  /** "frontmatter." for a story's frontmatter, so paths read frontmatter.title. */
  pathPrefix?: string;
}

const TYPE_KO: Record<string, string> = {
  string: '글자("…")',
  number: "숫자",
  int: "정수",
  boolean: "true 또는 false",
  object: "객체({…})",
  array: "목록([…])",
  null: "null",
  undefined: "없음",
};

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The object schema at a path (through optional, nullable, refinements and arrays), for its keys. */
function shapeKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let i = 0; i < 10; i++) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (def["type"] === "optional" || def["type"] === "nullable" || def["type"] === "default")
        current = def["innerType"];
      else if (def["type"] === "pipe") current = def["in"];
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (def["type"] === "object") current = (def["shape"] as Record<string, unknown>)[String(key)];
    else if (def["type"] === "array") current = def["element"];
    else return [];
    unwrap();
  }
  const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  return def?.["type"] === "object" ? Object.keys(def["shape"] as object) : [];
}

/** A number an editor wrote as Korean text ("1.35억", "69명"), if it is one. */
function numberFromText(text: string): number | undefined {
  for (const parse of [parseKrw, parseKrwCompact, parseCount]) {
    try {
      const result = (parse as (t: string) => unknown)(text.trim());
      const value = typeof result === "number" ? result : (result as { amount?: unknown; count?: unknown } | null);
      const number = typeof value === "number" ? value : (value?.amount ?? value?.count);
      if (typeof number === "number" && Number.isFinite(number)) return number;
    } catch {
      // not this format
    }
  }
  const plain = Number(text.replace(/[,\s]/g, ""));
  return text.trim() !== "" && Number.isFinite(plain) ? plain : undefined;
}

/**
 * One zod issue as an editor's problem: located at the field (the key itself for a key
 * that does not belong), worded in Korean with the value that was written and a fix.
 */
export function issueToProblems(issue: z.core.$ZodIssue, context: IssueContext): Problem[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
  const fullPath = [...context.base, ...path];
  const shown = (p: (string | number)[]) =>
    `${context.pathPrefix ?? ""}${formatPath(p)}`.replace(/\.$/, "") || "(파일 전체)";
  const value = valueAt(context.value, path);
  const make = (
    ko: string,
    en: string,
    hint: string | undefined,
    at = context.locate(fullPath),
    p = fullPath,
  ): Problem => ({
    file: context.file,
    ...at,
    path: shown(p),
    ruleId: `schema/${issue.code.replace(/_/g, "-")}`,
    message: ko,
    messageEn: `${formatPath(p) || "(whole file)"}: ${en}`,
    hint: hint || undefined,
    severity: "error",
  });

  const named = SCHEMA_WORDING[issue.message as keyof typeof SCHEMA_WORDING];
  if (named) {
    const problem = make(named.ko, named.en, named.hint?.(value));
    return [{ ...problem, ruleId: `schema/${issue.message}` }];
  }

  switch (issue.code) {
    case "unrecognized_keys": {
      const valid = shapeKeysAt(context.schema, path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, valid);
        return make(
          `알 수 없는 항목 "${key}"이(가) 있습니다.`,
          `unrecognized key "${key}"`,
          [guess, `쓸 수 있는 항목: ${choices(key, valid)}`].filter(Boolean).join(" "),
          context.locate([...fullPath, key], { key: true }),
          [...fullPath, key],
        );
      });
    }
    case "invalid_type": {
      const expected = String(issue.expected);
      const got = kindOf(value);
      const key = path.at(-1);
      if (value === undefined) {
        const keys = shapeKeysAt(context.schema, path.slice(0, -1));
        return [
          make(
            `필수 항목 "${String(key)}"이(가) 빠졌습니다.`,
            `required field "${String(key)}" is missing`,
            keys.length ? `이 객체에 "${String(key)}": …을(를) 추가하세요.` : "이 항목을 추가하세요.",
          ),
        ];
      }
      if ((expected === "number" || expected === "int") && typeof value === "string") {
        const number = numberFromText(value);
        return [
          make(
            `숫자여야 하는데 글자 ${quote(value)}이(가) 적혀 있습니다.`,
            `expected a number, received the text ${quote(value)}`,
            number === undefined
              ? "따옴표 없이 숫자만 적으세요 (금액은 원 단위, 예: 135000000)."
              : `따옴표와 단위 없이 ${Math.round(number)}처럼 적으세요.`,
          ),
        ];
      }
      if (expected === "int" && typeof value === "number") {
        return [
          make(
            `정수여야 합니다 (적힌 값 ${value}).`,
            `expected a whole number, received ${value}`,
            `소수점 없이 적으세요 (예: ${Math.round(value)}).`,
          ),
        ];
      }
      if (expected === "boolean" && typeof value === "string") {
        return [
          make(
            `true 또는 false여야 하는데 ${quote(value)}이(가) 적혀 있습니다.`,
            `expected a boolean, received ${quote(value)}`,
            "따옴표 없이 true 또는 false로 적으세요.",
          ),
        ];
      }
      return [
        make(
          `${TYPE_KO[expected] ?? expected}여야 하는데 ${TYPE_KO[got] ?? got} ${got === "undefined" ? "" : quote(value)}이(가) 적혀 있습니다.`.replace(
            /\s+이\(가\)/,
            "이(가)",
          ),
          `expected ${expected}, received ${got}`,
          expected === "string" ? "큰따옴표로 감싸 적으세요." : undefined,
        ),
      ];
    }
    case "invalid_value": {
      const valid = issue.values.map((v) => String(v));
      const typed = typeof value === "string" ? value : JSON.stringify(value);
      return [
        make(
          `허용되지 않는 값 ${quote(value)}입니다.`,
          `invalid value ${quote(value)}; expected one of ${valid.join(", ")}`,
          [didYouMean(typed, valid), `쓸 수 있는 값: ${choices(typed, valid)}`].filter(Boolean).join(" "),
        ),
      ];
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return [
          make(
            min <= 1 ? "비어 있으면 안 됩니다." : `${min}자 이상이어야 합니다.`,
            `must have at least ${min} character(s)`,
            undefined,
          ),
        ];
      if (issue.origin === "array")
        return [
          make(`목록에 항목이 ${min}개 이상 있어야 합니다.`, `must have at least ${min} item(s)`, "항목을 넣으세요."),
        ];
      return [make(`${min} 이상이어야 합니다 (적힌 값 ${quote(value)}).`, `must be at least ${min}`, undefined)];
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") {
        const length = typeof value === "string" ? [...value].length : 0;
        return [
          make(
            `너무 깁니다: ${length}자 (이 자리에 보일 수 있는 길이는 ${max}자까지).`,
            `too long: ${length} characters (at most ${max})`,
            `${max}자 이내로 줄이세요.`,
          ),
        ];
      }
      if (issue.origin === "array")
        return [make(`목록의 항목이 너무 많습니다 (${max}개까지).`, `at most ${max} item(s)`, undefined)];
      return [make(`${max} 이하여야 합니다 (적힌 값 ${quote(value)}).`, `must be at most ${max}`, undefined)];
    }
    case "invalid_format":
      return [
        make(
          `모양이 맞지 않습니다 (${issue.format}): ${quote(value)}`,
          `invalid ${issue.format}: ${quote(value)}`,
          undefined,
        ),
      ];
    default:
      return [make(`값이 맞지 않습니다: ${quote(value)}`, issue.message, undefined)];
  }
}

/**
 * A misspelt key gives two issues: the unknown "sumary" and the missing "summary". The
 * editor has one mistake, so the missing one is dropped where an unknown sibling key is
 * its likely typo (the unknown key's hint already says "혹시 "summary"을(를) 찾으셨나요?").
 */
export function mergeMisspeltKeys(problems: Problem[]): Problem[] {
  const unknown = problems.filter((p) => p.ruleId === "schema/unrecognized-keys");
  return problems.filter((p) => {
    if (p.ruleId !== "schema/invalid-type" || !p.message.startsWith("필수 항목")) return true;
    const missing = p.path.split(".").at(-1) ?? "";
    const parent = p.path.slice(0, p.path.length - missing.length);
    return !unknown.some((u) => {
      if (u.file !== p.file || !u.path.startsWith(parent)) return false;
      const key = u.path.slice(parent.length);
      return !key.includes(".") && closest(key, [missing]) === missing;
    });
  });
}
