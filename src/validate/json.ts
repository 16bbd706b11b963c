import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";
import { formatPath, lineIndex, type Place } from "./positions.ts";
import type { Problem } from "./problem.ts";

/** A JSON file read for validation: its value, its syntax tree (for positions) and its problems. */
export interface JsonFile {
  file: string;
  text: string;
  /** undefined when the file does not parse. */
  value: unknown;
  tree: Node | undefined;
  place: (offset: number) => Place;
  problems: Problem[];
}

/** jsonc-parser's error names (printParseErrorCode), in Korean. */
const SYNTAX: Record<string, [ko: string, en: string, hint: string]> = {
  InvalidSymbol: [
    "JSON에서 쓸 수 없는 글자나 값입니다.",
    "invalid symbol",
    '글자는 큰따옴표("…")로 감싸고, 숫자는 따옴표 없이 적으세요. NaN, Infinity, 작은따옴표는 쓸 수 없습니다.',
  ],
  InvalidNumberFormat: ["숫자 모양이 잘못되었습니다.", "invalid number format", "135000000처럼 숫자만 적으세요."],
  PropertyNameExpected: [
    "항목 이름이 와야 할 자리입니다.",
    "property name expected",
    '항목 이름은 큰따옴표로 감싸세요: "name": …',
  ],
  ValueExpected: ["값이 와야 할 자리입니다.", "value expected", "콜론(:) 뒤에 값을 적으세요."],
  ColonExpected: ["항목 이름 뒤에 콜론(:)이 없습니다.", "colon expected", '"name": "값"처럼 적으세요.'],
  CommaExpected: ["항목 사이에 쉼표(,)가 없습니다.", "comma expected", "앞 항목의 끝에 쉼표를 넣으세요."],
  CloseBraceExpected: ["닫는 중괄호 }가 없습니다.", "closing brace expected", "여는 {마다 닫는 }가 있어야 합니다."],
  CloseBracketExpected: ["닫는 대괄호 ]가 없습니다.", "closing bracket expected", "여는 [마다 닫는 ]가 있어야 합니다."],
  EndOfFileExpected: [
    "파일이 끝나야 할 곳 뒤에 글자가 더 있습니다.",
    "end of file expected",
    "파일 전체가 하나의 {…} 또는 […]이어야 합니다.",
  ],
  InvalidCommentToken: [
    "JSON에는 주석을 쓸 수 없습니다.",
    "comments are not allowed",
    "// 또는 /* */ 주석을 지우세요.",
  ],
  UnexpectedEndOfComment: ["JSON에는 주석을 쓸 수 없습니다.", "comments are not allowed", "주석을 지우세요."],
  UnexpectedEndOfString: ["닫는 큰따옴표가 없습니다.", "unterminated string", '글자의 끝에 "를 넣으세요.'],
  UnexpectedEndOfNumber: ["숫자가 덜 끝났습니다.", "unexpected end of number", "숫자를 끝까지 적으세요."],
  InvalidUnicode: [
    "\\u 다음의 유니코드 표기가 잘못되었습니다.",
    "invalid unicode escape",
    "\\u 뒤에는 16진수 네 자리가 와야 합니다.",
  ],
  InvalidEscapeCharacter: [
    "역슬래시(\\) 표기가 잘못되었습니다.",
    "invalid escape character",
    "글자 속 \\는 \\\\로 적으세요.",
  ],
  InvalidCharacter: [
    "글자 안에 줄바꿈이나 제어 문자가 그대로 들어 있습니다.",
    "invalid character in string",
    "줄바꿈은 지우거나 \\n으로 적으세요.",
  ],
};

function problem(
  file: string,
  at: Place,
  ruleId: string,
  path: string,
  [ko, en, hint]: [string, string, string],
): Problem {
  return { file, ...at, path, ruleId, message: ko, messageEn: en, hint, severity: "error" };
}

/**
 * Parses an editor's JSON strictly (no comments, no trailing commas, no BOM), with every
 * syntax error at its own place: a trailing comma is reported at the comma, not at the
 * brace on the next line. A key written twice is an error at its second occurrence
 * (JSON.parse would silently keep the last one).
 */
export function readJson(file: string, text: string): JsonFile {
  const place = lineIndex(text);
  const problems: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push(
      problem(file, { line: 1, column: 1 }, "json/bom", "", [
        "파일 맨 앞에 BOM(바이트 순서 표시)이 있습니다.",
        "the file starts with a byte-order mark (BOM)",
        "편집기에서 'UTF-8 (BOM 없음)'으로 다시 저장하세요.",
      ]),
    );
    return { file, text, value: undefined, tree: undefined, place, problems };
  }
  if (text.trim() === "") {
    problems.push(
      problem(file, { line: 1, column: 1 }, "json/empty", "", [
        "파일이 비어 있습니다.",
        "the file is empty",
        "다른 파일을 본떠 내용을 채우거나 파일을 지우세요.",
      ]),
    );
    return { file, text, value: undefined, tree: undefined, place, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  // One syntax error often sets off another on the same line (NaN, then "value expected" at
  // the brace; a trailing comma is reported twice): the first on each line is the mistake.
  for (const error of errors) {
    const found = syntaxProblem(file, text, place, error);
    if (!problems.some((p) => p.line === found.line)) problems.push(found);
  }
  if (problems.length === 0) {
    // jsonc-parser is lenient in corners JSON.parse is not; the stricter one decides.
    try {
      JSON.parse(text);
    } catch (error) {
      problems.push(
        problem(file, { line: 1, column: 1 }, "json/syntax", "", [
          "JSON 문법이 맞지 않습니다.",
          `invalid JSON: ${(error as Error).message}`,
          "쉼표, 따옴표, 괄호를 확인하세요.",
        ]),
      );
    }
  }
  if (problems.length > 0 || tree === undefined)
    return { file, text, value: undefined, tree: undefined, place, problems };
  problems.push(...duplicateKeys(file, tree, place), ...nonFiniteNumbers(file, tree, place));
  return { file, text, value: getNodeValue(tree), tree, place, problems };
}

function syntaxProblem(file: string, text: string, place: (offset: number) => Place, error: ParseError): Problem {
  // "…, }" or "…, ]": the mistake is the comma before the brace.
  const name = printParseErrorCode(error.error);
  if (name === "PropertyNameExpected" || name === "ValueExpected") {
    let before = error.offset - 1;
    while (before >= 0 && /\s/.test(text[before] as string)) before--;
    if (text[before] === "," && /[}\]]/.test(text[error.offset] ?? "")) {
      return problem(file, place(before), "json/trailing-comma", "", [
        "마지막 항목 뒤에 쉼표(,)가 남아 있습니다.",
        "trailing comma",
        "이 쉼표를 지우세요. JSON에서는 마지막 항목 뒤에 쉼표를 쓰지 않습니다.",
      ]);
    }
  }
  // A missing comma is reported at the next item; the fix is at the end of the previous line.
  const words = SYNTAX[name] ?? ["JSON 문법이 맞지 않습니다.", "invalid JSON", "쉼표, 따옴표, 괄호를 확인하세요."];
  const found = text.slice(error.offset, error.offset + Math.min(error.length, 20));
  const [ko, en, hint] = words;
  return problem(file, place(error.offset), `json/${name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}`, "", [
    found ? `${ko} (여기: ${JSON.stringify(found)})` : ko,
    found ? `${en} at ${JSON.stringify(found)}` : en,
    hint,
  ]);
}

function duplicateKeys(file: string, tree: Node, place: (offset: number) => Place): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    if (node.type === "object") {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first) {
          const firstLine = place(first.offset).line;
          problems.push({
            file,
            ...place(key.offset),
            path: formatPath([...pathOf(key), name]),
            ruleId: "json/duplicate-key",
            message: `"${name}" 항목이 한 객체 안에 두 번 있습니다 (처음은 ${firstLine}번째 줄).`,
            messageEn: `duplicate key "${name}" (first on line ${firstLine}); JSON.parse would keep only the last`,
            hint: "둘 중 맞는 값 하나만 남기고 다른 하나를 지우세요.",
            severity: "error",
          });
        } else seen.set(name, key);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/** 1e400 parses as Infinity: a number too large to be meant. */
function nonFiniteNumbers(file: string, tree: Node, place: (offset: number) => Place): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    if (node.type === "number" && !Number.isFinite(node.value)) {
      problems.push({
        file,
        ...place(node.offset),
        path: formatPath(pathOf(node)),
        ruleId: "json/number-too-large",
        message: "숫자가 너무 커서 정확히 나타낼 수 없습니다.",
        messageEn: "number too large to represent",
        hint: "값을 다시 확인하세요. 금액은 원 단위 정수입니다 (예: 135000000).",
        severity: "error",
      });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/** The JSON path of a node, from its ancestors: ["budget", "amount"], [2, "id"]. */
export function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let current: Node | undefined = node;
  while (current?.parent) {
    const parent: Node = current.parent;
    if (parent.type === "property") {
      if (parent.children?.[1] === current) path.unshift(String(parent.children?.[0]?.value));
    } else if (parent.type === "array") {
      path.unshift(parent.children?.indexOf(current) ?? 0);
    }
    current = parent;
  }
  return path;
}

/**
 * Where a field is: its value's node, or for a key that should not be there, the key
 * itself; for a missing field, the object that lacks it (its nearest existing ancestor).
 */
export function locate(json: JsonFile, path: readonly (string | number)[], { key = false } = {}): Place {
  if (!json.tree) return { line: 1, column: 1 };
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(json.tree, path.slice(0, length) as (string | number)[]);
    if (!node) continue;
    if (length === path.length && key && node.parent?.type === "property") return json.place(node.parent.offset);
    return json.place(node.offset);
  }
  return { line: 1, column: 1 };
}

/** The node of a field's value, if the field exists. */
export function nodeAt(json: JsonFile, path: readonly (string | number)[]): Node | undefined {
  return json.tree ? findNodeAtLocation(json.tree, path as (string | number)[]) : undefined;
}
