import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Code, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lintMarkdownFile } from "../../src/validate/lint.ts";
import { figureSchema, programSchema, storySchema } from "../../src/schemas/index.ts";
import { renderWithData, siteData, storyFile } from "../helpers/render-story.ts";
import { ROOT } from "../helpers/site-data.ts";

/**
 * docs/editors-guide.md is tested, not just read: every ```md block must render with 0
 * problems, every ```md error block must fail with the fragment in the <!-- error: … -->
 * comment right after it, every ```json program / ```json figure block must pass its
 * schema, every row of a table that shows `:num[…]` and what it prints must print exactly
 * that, and a sentence quoted as what the block above it gives ("위 문장은 "…"처럼") must
 * be that block's text. So the guide cannot drift from the pipeline.
 *
 * The examples render with the tests' own copy of the data (test/fixtures/site/data, the
 * data as the guide was written), never with data/: the guide's outputs are examples, and
 * an editor's correction to data/ must not make them fail.
 */
const GUIDE = "docs/editors-guide.md";
const text = readFileSync(join(ROOT, GUIDE), "utf8");
const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

interface Example {
  kind: "md" | "md error" | "json program" | "json figure";
  value: string;
  line: number;
  fragment?: string;
}

const examples: Example[] = [];
tree.children.forEach((node: RootContent, index) => {
  if (node.type !== "code") return;
  const code = node as Code;
  const kind = [code.lang, code.meta].filter(Boolean).join(" ");
  if (kind !== "md" && kind !== "md error" && kind !== "json program" && kind !== "json figure") return;
  const example: Example = { kind, value: code.value, line: code.position?.start.line ?? 0 };
  if (kind === "md error") {
    const next = tree.children[index + 1];
    const comment = next?.type === "html" ? /^<!--\s*error:\s*([\s\S]*?)\s*-->$/.exec(next.value.trim()) : null;
    if (comment?.[1]) example.fragment = comment[1];
  }
  examples.push(example);
});

const named = (e: Example) => `${GUIDE}:${e.line} (${e.kind}) ${JSON.stringify(e.value.split("\n")[0]?.slice(0, 50))}`;
/** A block that starts with frontmatter is a whole story file; any other is a body. */
const asStory = (value: string) => (value.startsWith("---\n") ? `${value}\n` : storyFile(value));
/** What :num prints: a Korean money or count format, or an unknown value said in words. */
const KOREAN_NUMBER = /\d[\d,]*\s*(?:억|만 원|원|명|개 |건|년|회)|미공개|계산 불가/;

// @astrojs/markdown-remark console.error()s every failed render; md error blocks fail on purpose.
beforeAll(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
afterAll(() => vi.restoreAllMocks());

describe("the editors' guide: every example does what the guide says", () => {
  it("has examples of every kind", () => {
    expect(examples.filter((e) => e.kind === "md").length).toBeGreaterThan(5);
    expect(examples.filter((e) => e.kind === "md error").length).toBeGreaterThan(5);
    expect(examples.filter((e) => e.kind === "json program")).toHaveLength(1);
    expect(examples.filter((e) => e.kind === "json figure")).toHaveLength(1);
  });

  for (const example of examples.filter((e) => e.kind === "md")) {
    it(`renders with 0 problems: ${named(example)}`, async () => {
      const { html, problems } = await renderWithData(asStory(example.value), "guide.md");
      expect(problems).toEqual([]);
      if (example.value.includes(":num[")) expect(html).toMatch(KOREAN_NUMBER);
      if (example.value.startsWith("---\n")) {
        const { frontmatter } = parseFrontmatter(example.value);
        expect(storySchema.safeParse(frontmatter).error?.issues ?? []).toEqual([]);
      }
    });
  }

  for (const example of examples.filter((e) => e.kind === "md error")) {
    it(`fails with its message: ${named(example)}`, async () => {
      expect(example.fragment, "an <!-- error: … --> comment right after the block").toBeDefined();
      const { problems } = await renderWithData(asStory(example.value), "guide.md");
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join("\n")).toContain(example.fragment);
    });
  }

  for (const example of examples.filter((e) => e.kind.startsWith("json"))) {
    it(`passes its schema and names existing ids: ${named(example)}`, () => {
      const value: unknown = JSON.parse(example.value);
      if (example.kind === "json program") {
        const program = programSchema.parse(value);
        expect(program.sourceIds.every((id) => siteData.sources.some((s) => s.id === id))).toBe(true);
      } else {
        const figure = figureSchema.parse(value);
        expect((figure.data.ids ?? []).filter((id) => !siteData.programs.some((p) => p.id === id))).toEqual([]);
        expect(figure.sourceIds.every((id) => siteData.sources.some((s) => s.id === id))).toBe(true);
      }
    });
  }

  // "| 사업 예산 | `:num[job-school.budget]` | 1억 3500만 원 |": the last cell is what it prints.
  const rows = [...text.matchAll(/^\|.*`(:num\[[^\]`]+\])`[^|]*\|\s*([^|`]+?)\s*\|\s*$/gm)].map(([, directive, output]) => ({ directive: directive!, output: output! }));
  it("has a table of :num examples", () => expect(rows.length).toBeGreaterThan(15));
  for (const { directive, output } of rows) {
    it(`${directive} prints "${output}" as the table says`, async () => {
      const { html, problems } = await renderWithData(storyFile(directive));
      expect(problems).toEqual([]);
      expect(html.trim()).toBe(`<p>${output}</p>`);
    });
  }
});

describe("the editors' guide quotes what its examples print", () => {
  // "위 문장은 "고양 맞춤형 … 참여했습니다."처럼 나옵니다": the md block just above, as text.
  const quotes = [...text.matchAll(/^위 문장은 "([^"]+)"/gm)].map((match) => ({
    quoted: match[1]!,
    line: text.slice(0, match.index).split("\n").length,
  }));
  it("has such a sentence", () => expect(quotes.length).toBeGreaterThan(0));
  for (const { quoted, line } of quotes) {
    it(`${GUIDE}:${line} quotes the example above it as it renders`, async () => {
      const example = examples.filter((e) => e.kind === "md" && e.line < line).at(-1);
      expect(example, "an md block before the sentence").toBeDefined();
      const { html, problems } = await renderWithData(asStory(example!.value), "guide.md");
      expect(problems).toEqual([]);
      expect(html.replace(/<[^>]+>/g, "").trim()).toBe(quoted);
    });
  }
});

describe("the editors' guide covers what an editor needs", () => {
  const mdBlocks = examples.filter((e) => e.kind === "md").map((e) => e.value);
  for (const directive of ["::chart[", ":num[", ":program[", ":cite[", ":literal["]) {
    it(`shows ${directive}…] in a working example`, () => expect(mdBlocks.some((b) => b.includes(directive))).toBe(true));
  }

  const fragments = examples.flatMap((e) => (e.kind === "md error" && e.fragment ? [e.fragment] : []));
  // The pipeline's Korean wording (src/markdown/, src/validate/) of each kind of mistake.
  const ERROR_KINDS = {
    "unknown chart id": "없는 그림 id",
    "unknown program id": "없는 사업 id",
    "unknown source id": "없는 출처 id",
    "unknown :num id": "없는 id",
    "unknown field": "항목이 없습니다",
    "missing id": "id가 없습니다",
    "field that is not a number": "숫자가 아니라서",
    "hand-typed figure": "직접 적은 숫자",
    "raw HTML": "HTML 태그를 쓸 수 없습니다",
    "unsafe link": "안전하지 않은 링크 주소",
    "unknown directive": "모르는 지시어",
    "directive in the wrong place": "지시어로 읽히지 않았습니다",
  };
  for (const [kind, fragment] of Object.entries(ERROR_KINDS)) {
    it(`shows the error for ${kind} ("${fragment}")`, () => expect(fragments.some((f) => f.includes(fragment))).toBe(true));
  }

  it("explains the live preview, the check and the scaffold", () => {
    for (const needle of ["npm run dev", "http://localhost:4321/", "npm run check", "--no-types", "npm run new-story", ":literal[", "unknownReason", "approximate"]) {
      expect(text).toContain(needle);
    }
    for (const kind of ["enrolled", "completed", "participations", "supported", "placed", "hiringTarget"]) expect(text).toContain(`\`${kind}\``);
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("(docs/editors-guide.md)");
  });

  it("passes the Markdown lint npm run check applies", async () => {
    expect(await lintMarkdownFile(GUIDE, text)).toEqual([]);
  });
});
