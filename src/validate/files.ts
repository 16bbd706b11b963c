import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ID_PATTERN } from "../schemas/common.ts";
import type { Problem } from "./problem.ts";

/** The files editors write, as the pipeline reads them. */
export const LIST_FILES = {
  sources: "data/sources.json",
  awards: "data/awards.json",
  timeline: "data/timeline.json",
  contests: "data/contests.json",
  corrections: "data/corrections.json",
} as const;
export const ENTRY_DIRS = { programs: "data/programs", figures: "data/figures", tables: "data/tables" } as const;
/** Folders a project may leave out: a site without tables of its own has no data/tables/. */
export const OPTIONAL_DIRS: ReadonlySet<string> = new Set([ENTRY_DIRS.tables]);
/** List files a project may leave out or leave empty: a site that has corrected nothing has no log. */
export const OPTIONAL_FILES: ReadonlySet<string> = new Set([LIST_FILES.corrections]);
export const STORIES_DIR = "content/stories";

export interface SourceFile {
  /** Relative to the root, "/"-separated. */
  file: string;
  /** The id the file name gives (entry folders and stories). */
  id: string;
  text: string;
}

// ignoreBOM keeps a byte-order mark in the text, so the JSON reader can name it.
const DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function fileProblem(file: string, ruleId: string, message: string, messageEn: string, hint?: string): Problem {
  return { file, line: 1, column: 1, path: "", ruleId, message, messageEn, hint, severity: "error" };
}

/** A suggested kebab-case name for a file name an editor wrote. */
function kebab(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return ascii || "new-name";
}

/**
 * Reads one file an editor wrote, refusing what must not be published: a folder where a
 * file is expected, a link to a file outside the project, text that is not UTF-8.
 */
export function readSourceFile(root: string, file: string, problems: Problem[]): string | undefined {
  const path = join(root, file);
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stats.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      problems.push(
        fileProblem(
          file,
          "file/broken-link",
          "가리키는 파일이 없는 링크입니다.",
          "broken symbolic link",
          "링크를 지우고 실제 파일을 두세요.",
        ),
      );
      return undefined;
    }
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith("..") || inside.startsWith(sep)) {
      problems.push(
        fileProblem(
          file,
          "file/link-outside",
          "프로젝트 밖의 파일을 가리키는 링크입니다. 그 파일은 읽지 않습니다.",
          "symbolic link to a file outside the project",
          "링크 대신 파일 자체를 이 자리에 복사해 두세요.",
        ),
      );
      return undefined;
    }
    stats = statSync(path);
  }
  if (stats.isDirectory()) {
    problems.push(
      fileProblem(
        file,
        "file/folder",
        "파일이 있어야 할 자리에 폴더가 있습니다.",
        "a folder where a file is expected",
        "폴더 이름을 바꾸거나 지우세요.",
      ),
    );
    return undefined;
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    // NUL bytes are reported by the text checks with their place; UTF-16 files land here too.
  }
  try {
    return DECODER.decode(bytes);
  } catch {
    problems.push(
      fileProblem(
        file,
        "file/encoding",
        "UTF-8로 저장된 파일이 아닙니다.",
        "not valid UTF-8",
        "편집기에서 인코딩을 'UTF-8'로 골라 다시 저장하세요.",
      ),
    );
    return undefined;
  }
}

/**
 * The entries of one folder whose files are named by their id (`<id>.json`, `<id>.md`):
 * the extension is matched ignoring case (so NEW.JSON is not silently skipped), and each
 * name must be a kebab-case id in NFC, unique ignoring case (an NFC and an NFD twin, or
 * Job-School.json beside job-school.json, would otherwise lose one file with no message).
 */
export function readEntryFolder(
  root: string,
  dir: string,
  extension: ".json" | ".md",
  problems: Problem[],
): SourceFile[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute) && OPTIONAL_DIRS.has(dir) && !lstatExists(absolute)) return [];
  if (!existsSync(absolute)) {
    problems.push(
      fileProblem(
        dir,
        "file/missing-folder",
        `${dir}/ 폴더가 없습니다.`,
        `the folder ${dir}/ is missing`,
        "폴더를 되살리세요 (git checkout).",
      ),
    );
    return [];
  }
  // Valid names first, so of two case-only twins the one to rename is the one reported.
  const names = readdirSync(absolute).sort(
    (a, b) =>
      Number(!ID_PATTERN.test(a.slice(0, -extension.length))) -
        Number(!ID_PATTERN.test(b.slice(0, -extension.length))) || a.localeCompare(b),
  );
  const seen = new Map<string, string>();
  const entries: SourceFile[] = [];
  for (const name of names) {
    if (name.startsWith(".") && !name.toLowerCase().endsWith(extension)) continue; // .DS_Store and the like
    const file = `${dir}/${name}`;
    if (!name.toLowerCase().endsWith(extension)) {
      problems.push({
        ...fileProblem(
          file,
          "file/ignored",
          `이 파일은 ${extension} 파일이 아니라서 읽지 않습니다.`,
          `not a ${extension} file: ignored`,
          `필요한 파일이면 이름을 <id>${extension}로 바꾸세요.`,
        ),
        severity: "warning",
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    const key = id.normalize("NFC").toLowerCase();
    const twin = seen.get(key);
    if (twin !== undefined) {
      problems.push(
        fileProblem(
          file,
          "file/twin",
          `"${twin}"와(과) 대소문자나 글자 조합만 다른 같은 이름의 파일입니다.`,
          `same name as ${twin} ignoring case and Unicode normalization`,
          "둘 중 하나만 남기세요.",
        ),
      );
      continue;
    }
    seen.set(key, name);
    if (name !== name.normalize("NFC")) {
      problems.push(
        fileProblem(
          file,
          "file/name-nfc",
          "파일 이름의 글자가 조합형(NFD)으로 저장되어 있습니다.",
          "file name is not in Unicode NFC",
          `이름을 "${kebab(id)}${extension}"처럼 영어로 바꾸세요.`,
        ),
      );
      continue;
    }
    if (!name.endsWith(extension)) {
      problems.push(
        fileProblem(
          file,
          "file/extension-case",
          `확장자는 소문자 ${extension}여야 합니다.`,
          `the extension must be lowercase ${extension}`,
          `"${kebab(id)}${extension}"로 이름을 바꾸세요.`,
        ),
      );
      continue;
    }
    if (!ID_PATTERN.test(id)) {
      const what =
        dir === STORIES_DIR ? `파일 이름이 곧 페이지 주소(/stories/${id}/)가 되므로` : "파일 이름이 곧 id이므로";
      problems.push(
        fileProblem(
          file,
          "file/name",
          id === "" ? "파일 이름이 비어 있습니다." : `${what} 영어 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다.`,
          id === "" ? "empty file name" : `file name "${name}" must be a kebab-case id`,
          `"${kebab(id)}${extension}"처럼 이름을 바꾸세요.`,
        ),
      );
      continue;
    }
    const text = readSourceFile(root, file, problems);
    if (text !== undefined) entries.push({ file, id, text });
  }
  return entries;
}

/** One list file (data/sources.json …): it must exist, unless it is optional, and be a file. */
export function readListFile(root: string, file: string, problems: Problem[]): SourceFile | undefined {
  if (!existsSync(join(root, file)) && !lstatExists(join(root, file))) {
    if (OPTIONAL_FILES.has(file)) return undefined;
    problems.push(
      fileProblem(
        file,
        "file/missing",
        "이 파일이 없습니다.",
        "the file is missing",
        "파일을 되살리세요 (git checkout).",
      ),
    );
    return undefined;
  }
  const text = readSourceFile(root, file, problems);
  return text === undefined ? undefined : { file, id: file, text };
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
