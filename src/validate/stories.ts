import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { createServerDocument } from "../charts/server-document.ts";
import type { Entry, StoryEntry } from "../model/entries.ts";
import { MAIN_STORY } from "../model/stories.ts";
import { renderStoryMarkdown, StoryMarkdownError } from "../markdown/render-story.ts";
import type { StoryData } from "../markdown/story-data.ts";
import type { Source } from "../schemas/source.ts";
import { storySchema, type Story } from "../schemas/story.ts";
import { choices, didYouMean } from "../text/did-you-mean.ts";
import { findHandTypedFigures } from "./hand-typed.ts";
import { noGlyphProblem } from "./editor-text.ts";
import { missingGlyphs } from "./glyphs.ts";
import { BAD_CHARACTER_HINT, findBadCharacters } from "./hygiene.ts";
import { readEntryFolder, STORIES_DIR, type SourceFile } from "./files.ts";
import { lineIndex, type Place } from "./positions.ts";
import type { Problem } from "./problem.ts";
import { issueToProblems, mergeMisspeltKeys } from "./zod-issues.ts";

const YAML_WORDS: Record<string, [string, string]> = {
  DUPLICATE_KEY: ["같은 항목 이름이 두 번 있습니다.", "둘 중 하나를 지우세요."],
  BAD_INDENT: ["들여쓰기나 괄호가 맞지 않습니다.", "줄 앞의 빈칸과 [ ]의 짝을 확인하세요."],
  TAB_AS_INDENT: ["들여쓰기에 탭을 썼습니다.", "탭 대신 빈칸 두 개로 들여 쓰세요."],
  MISSING_CHAR: ["닫는 따옴표나 괄호가 없습니다.", "여는 따옴표·괄호마다 닫는 짝을 넣으세요."],
  BLOCK_AS_IMPLICIT_KEY: [
    "항목 이름 뒤에 쌍점(:)이 없거나 줄이 잘못 나뉘었습니다.",
    '"이름: 값" 모양으로 한 줄에 적으세요.',
  ],
  MULTILINE_IMPLICIT_KEY: ["항목 이름이 여러 줄에 걸쳐 있습니다.", '"이름: 값" 모양으로 한 줄에 적으세요.'],
  UNEXPECTED_TOKEN: [
    "이 자리에 올 수 없는 글자가 있습니다.",
    "값에 쌍점(:)이나 #이 있으면 값 전체를 큰따옴표로 감싸세요.",
  ],
};

interface Frontmatter {
  value: unknown;
  doc: Document | undefined;
  /** Offset of the frontmatter's first character in the file. */
  start: number;
  body: string;
  bodyStart: number;
}

function problem(
  file: string,
  at: Place,
  path: string,
  ruleId: string,
  message: string,
  messageEn: string,
  hint?: string,
): Problem {
  return { file, ...at, path, ruleId, message, messageEn, hint, severity: "error" };
}

/** Splits "---\n<yaml>\n---\n<body>"; YAML errors are placed at their own line. */
function readFrontmatter(
  source: SourceFile,
  place: (offset: number) => Place,
  problems: Problem[],
): Frontmatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.text);
  if (!match) {
    problems.push(
      problem(
        source.file,
        { line: 1, column: 1 },
        "frontmatter",
        "story/frontmatter-missing",
        "파일 맨 위에 --- 로 감싼 머리말(frontmatter)이 없습니다.",
        "the frontmatter (--- … ---) is missing at the top",
        "content/templates/story.md를 본떠 맨 위에 title, dek, byline, published, updated, sourceIds를 적으세요.",
      ),
    );
    return undefined;
  }
  const start = match[0].indexOf(match[1] as string);
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] as string, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const [ko, hint] = YAML_WORDS[error.code] ?? [
      "머리말(YAML)의 문법이 맞지 않습니다.",
      "다른 이야기의 머리말과 비교해 보세요.",
    ];
    problems.push(
      problem(
        source.file,
        place(start + error.pos[0]),
        "frontmatter",
        `yaml/${error.code.toLowerCase().replace(/_/g, "-")}`,
        ko,
        `invalid frontmatter (YAML): ${error.message.split("\n")[0]}`,
        hint,
      ),
    );
  }
  return {
    value: doc.errors.length > 0 ? undefined : doc.toJS(),
    doc,
    start,
    body: source.text.slice(match[0].length),
    bodyStart: match[0].length,
  };
}

/** Offset of a frontmatter field (its key for a key that does not belong) in the file. */
function fieldOffset(fm: Frontmatter, path: (string | number)[], key: boolean): number {
  const doc = fm.doc;
  if (!doc) return 0;
  for (let length = path.length; length > 0; length--) {
    const parentPath = path.slice(0, length - 1);
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (!isMap(parent)) continue;
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[length - 1]));
    if (!pair) continue;
    const node = key || length < path.length ? pair.key : (pair.value ?? pair.key);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return fm.start + range[0];
  }
  return 0;
}

export interface StoryStage {
  /** The stories that passed every check of their file. */
  stories: StoryEntry[];
  problems: Problem[];
  /** Every story file whose body can be rendered (its frontmatter may have failed): the body stage checks them all. */
  sources: Map<string, SourceFile>;
  /** The id of every story file with a valid name, passed or not: a reference to a failed one is a follow-on. */
  fileIds: string[];
}

/** content/stories/: file names, frontmatter (YAML, schema, source ids, text) for every story. */
export function validateStoryFiles(
  root: string,
  sources: readonly Entry<Source>[],
  failedSourceIds: ReadonlySet<string>,
): StoryStage {
  const problems: Problem[] = [];
  const files = readEntryFolder(root, STORIES_DIR, ".md", problems);
  const stories: StoryEntry[] = [];
  const kept = new Map<string, SourceFile>();
  if (!files.some((f) => f.id === MAIN_STORY) && !problems.some((p) => p.ruleId === "file/missing-folder")) {
    problems.push(
      problem(
        `${STORIES_DIR}/${MAIN_STORY}.md`,
        { line: 1, column: 1 },
        "",
        "story/main-missing",
        "첫 화면(/)이 되는 주 이야기 파일이 없습니다.",
        "the main story (the page at /) is missing",
        "이 파일을 되살리세요 (git checkout).",
      ),
    );
  }
  const sourceIds = sources.map((s) => s.id);
  for (const source of files) {
    const place = lineIndex(source.text);
    const before = problems.length;
    for (const bad of findBadCharacters(source.text, { multiline: true })) {
      problems.push(problem(source.file, place(bad.index), "", bad.ruleId, bad.ko, bad.en, BAD_CHARACTER_HINT));
    }
    const fm = readFrontmatter(source, place, problems);
    if (!fm) continue;
    if (fm.body.trim() !== "") kept.set(source.id, source);
    if (fm.value === undefined) continue;
    const result = storySchema.safeParse(fm.value);
    if (!result.success) {
      const found: Problem[] = [];
      for (const issue of result.error.issues) {
        found.push(
          ...issueToProblems(issue, {
            file: source.file,
            base: [],
            value: fm.value,
            schema: storySchema,
            pathPrefix: "frontmatter.",
            locate: (path, options) => place(fieldOffset(fm, path, options?.key ?? false)),
          }),
        );
      }
      problems.push(...mergeMisspeltKeys(found));
      continue;
    }
    const story: Story = result.data;
    for (const field of ["title", "dek"] as const) {
      const offset = fieldOffset(fm, [field], false);
      for (const character of missingGlyphs(story[field])) {
        const at = source.text.indexOf(character, offset);
        problems.push(noGlyphProblem(source.file, place(at >= 0 ? at : offset), `frontmatter.${field}`, character));
      }
      for (const found of findHandTypedFigures(story[field])) {
        const offset = fieldOffset(fm, [field], false);
        const raw = source.text.slice(offset);
        const at = raw.indexOf(found.text);
        problems.push(
          problem(
            source.file,
            place(at >= 0 && at < 400 ? offset + at : offset),
            `frontmatter.${field}`,
            "text/hand-typed-figure",
            `${field === "title" ? "제목" : "요약(dek)"}에 숫자 "${found.text}"을(를) 직접 적었습니다. 공유 카드와 검색 결과에 그대로 나가는 글이라 숫자는 데이터에서만 나와야 합니다.`,
            `hand-typed figure "${found.text}" in frontmatter.${field}`,
            "제목과 요약에서는 숫자를 빼고 쓰세요.",
          ),
        );
      }
    }
    story.sourceIds.forEach((id, i) => {
      if (sourceIds.includes(id) || failedSourceIds.has(id)) return;
      problems.push({
        ...problem(
          source.file,
          place(fieldOffset(fm, ["sourceIds", i], false)),
          `frontmatter.sourceIds[${i}]`,
          "data/unknown-source",
          `없는 출처 id "${id}"입니다.`,
          `unknown source id "${id}"; valid ids: ${sourceIds.join(", ")}`,
          [didYouMean(id, sourceIds), `data/sources.json에 있는 id: ${choices(id, sourceIds)}`]
            .filter(Boolean)
            .join(" "),
        ),
        refId: id,
      });
    });
    if (fm.body.trim() === "") {
      problems.push(
        problem(
          source.file,
          place(fm.bodyStart),
          "",
          "story/empty-body",
          "이야기 본문이 비어 있습니다.",
          "the story body is empty",
          "머리말 아래에 본문을 쓰세요.",
        ),
      );
      continue;
    }
    if (problems.length > before) continue;
    stories.push({ id: source.id, filePath: source.file, data: story, body: fm.body });
  }
  return { stories, problems, sources: kept, fileIds: files.map((f) => f.id) };
}

/**
 * Every story body through the real renderer with the data: directives, hand-typed
 * figures, raw HTML, full-width punctuation, a chart placed twice, a heading id that
 * collides with the page's own.
 */
export async function validateStoryBodies(stage: StoryStage, data: StoryData): Promise<Problem[]> {
  const problems: Problem[] = [];
  const document = createServerDocument();
  for (const source of stage.sources.values()) {
    try {
      const { html } = await renderStoryMarkdown(source.text, source.file, data, document);
      problems.push(...headingIdProblems(source, html));
    } catch (error) {
      if (!(error instanceof StoryMarkdownError)) {
        problems.push(
          problem(
            source.file,
            { line: 1, column: 1 },
            "",
            "story/render",
            "이야기를 그리는 중 예상하지 못한 오류가 났습니다.",
            `the story could not be rendered: ${(error as Error).message.replace(/^Failed to parse Markdown file "[^"]*":\s*/, "")}`,
            "개발자에게 알려 주세요.",
          ),
        );
        continue;
      }
      for (const p of error.problems) {
        problems.push({
          file: source.file,
          line: p.line,
          column: p.column,
          path: "",
          ruleId: `story/${p.ruleId}`,
          message: p.message,
          messageEn: p.messageEn,
          hint: p.hint,
          refId: p.refId,
          severity: "error",
        });
      }
    }
  }
  return problems;
}

/**
 * Ids the page around a story uses (src/layouts/, src/components/): a heading whose slug
 * is one of them, or starts like them, would give the page two elements with one id and
 * break the links to it ("## Figure money by program" → id="figure-money-by-program").
 */
const PAGE_IDS = ["programs-heading", "awards-heading", "timeline-heading", "sources", "main"];
const PAGE_ID_PREFIXES = ["figure-", "program-", "source-", "cite-", "contest-", "gallery-"];

/** A heading whose id (the slug Astro gives it) collides with another id of the page. */
function headingIdProblems(source: SourceFile, html: string): Problem[] {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  // The story's own headings carry only the id Astro gives them; a chart's title has a class too.
  const headingIds = [...html.matchAll(/<h[1-6] id="([^"]+)">/g)].map((m) => m[1] as string);
  const place = lineIndex(source.text);
  const headingLines = [...source.text.matchAll(/^#{1,6}[ \t].*$/gm)].map((m) => place(m.index));
  const problems: Problem[] = [];
  headingIds.forEach((id, n) => {
    const clash =
      PAGE_IDS.includes(id) ||
      PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix)) ||
      ids.filter((x) => x === id).length > 1;
    if (!clash) return;
    problems.push(
      problem(
        source.file,
        headingLines[n] ?? { line: 1, column: 1 },
        "",
        "story/heading-id",
        `이 제목의 주소(id "${id}")가 페이지의 다른 요소와 겹칩니다.`,
        `the heading's id "${id}" collides with another id on the page`,
        "제목의 글을 조금 바꾸세요 (figure-, program-, source- 같은 말로 시작하지 않게).",
      ),
    );
  });
  return problems;
}
