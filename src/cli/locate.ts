/**
 * Line and column of a field in a data or frontmatter file, so `npm run check` can print
 * "data/programs/job-school.json:7:3: budget.amount: …" where the schema only says
 * "budget.amount". Every function falls back to the closest place it can find (the
 * parent object, the file's first line); none of them throws.
 */

export interface Place {
  line: number;
  column: number;
}

export type FieldPath = (string | number)[];

/** "data.programIds[3]" → ["data", "programIds", 3]; "(whole file)" → []. */
export function parseFieldPath(field: string): FieldPath {
  if (field === "" || field.startsWith("(")) return [];
  const path: FieldPath = [];
  for (const [, key, index] of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(index !== undefined ? Number(index) : (key as string));
  }
  return path;
}

export function placeAt(text: string, offset: number): Place {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where `path` is in a JSON text: the key of an object member (`"amount": …`), the
 * start of an array element, or the deepest ancestor that exists. Assumes the text is
 * valid JSON (an invalid file is reported by the parser with its own position).
 */
export function locateJsonPath(text: string, path: FieldPath): Place {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const skipString = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
  };
  const skipValue = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      while (i < text.length && text[i] !== close) {
        if (c === "{") {
          ws();
          skipString();
          ws();
          i++; // colon
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++;
  };

  ws();
  let found = i; // the root value
  for (const step of path) {
    ws();
    const c = text[i];
    let matched = false;
    if (c === "{" && typeof step === "string") {
      i++;
      ws();
      while (i < text.length && text[i] !== "}") {
        ws();
        const keyStart = i;
        skipString();
        let key: unknown;
        try {
          key = JSON.parse(text.slice(keyStart, i));
        } catch {
          return placeAt(text, found);
        }
        ws();
        i++; // colon
        if (key === step) {
          found = keyStart;
          matched = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
        ws();
      }
    } else if (c === "[" && typeof step === "number") {
      i++;
      for (let n = 0; ; n++) {
        ws();
        if (i >= text.length || text[i] === "]") break;
        if (n === step) {
          found = i;
          matched = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
      }
    }
    if (!matched) break;
    if (typeof step === "string") ws(); // the value after the key is where the next step starts
  }
  return placeAt(text, found);
}

/**
 * Where a frontmatter field is in a story file (the whole file, `---` on line 1): the
 * line of its top-level key, or of its n-th `- item` for `sourceIds[n]`. A missing key
 * points at line 1.
 */
export function locateFrontmatterField(source: string, path: FieldPath): Place {
  const lines = source.split("\n");
  const end = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const last = end === -1 ? lines.length : end;
  const [key, index] = path;
  if (typeof key !== "string") return { line: 1, column: 1 };
  const keyLine = lines.findIndex(
    (line, n) => n > 0 && n < last && new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`).test(line),
  );
  if (keyLine === -1) return { line: 1, column: 1 };
  if (typeof index === "number") {
    let seen = -1;
    for (let n = keyLine + 1; n < last && /^\s+-\s|^-\s|^\s*$/.test(lines[n] as string); n++) {
      const item = /^(\s*)-\s/.exec(lines[n] as string);
      if (item && ++seen === index) return { line: n + 1, column: (item[1]?.length ?? 0) + 1 };
    }
  }
  return { line: keyLine + 1, column: 1 };
}
