import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import type { VFile } from "vfile";
import type { WordedMessage } from "./directive-node.ts";
import { remarkNoHandTypedFigures } from "./remark-no-hand-typed-figures.ts";
import { remarkSafeMarkdown } from "./remark-safe-markdown.ts";
import { citedSources, remarkStoryDirectives } from "./remark-story-directives.ts";
import type { StoryData } from "./story-data.ts";

/** One mistake in a story's Markdown, at its line and column, worded for the editor. */
export interface MarkdownProblem {
  line: number;
  column: number;
  ruleId: string;
  /** Korean. */
  message: string;
  messageEn: string;
  hint?: string | undefined;
  refId?: string | undefined;
}

/** Every mistake found in one story file. */
export class StoryMarkdownError extends Error {
  readonly problems: MarkdownProblem[];
  constructor(path: string, problems: MarkdownProblem[]) {
    super(
      `${path}: 이야기에 문제 ${problems.length}건 / ${problems.length} problem(s) in the story:\n` +
        problems.map((p) => `${path}:${p.line}:${p.column} ${p.message}${p.hint ? ` (${p.hint})` : ""}`).join("\n"),
    );
    this.name = "StoryMarkdownError";
    this.problems = problems;
  }
}

export interface RenderedStory {
  /** The summary box (:::takeaways) when the body opens with it, shown above the contents; else "". */
  lead: string;
  html: string;
  /** Source ids in the order the body first cites them: the numbering of its notes. */
  citedSourceIds: string[];
  /** The body's sections (its h2 headings, not the boxes'), for the table of contents. */
  sections: { id: string; text: string }[];
}

/** The boxes' own headings (:::takeaways, ::unknowns) are not sections of the story. */
const BOX_HEADINGS = new Set(["takeaways-heading", "unknowns-heading"]);

/** Every fatal message on the file, in reading order, with the wording our plugins attached. */
export function collectProblems(file: VFile): MarkdownProblem[] {
  return file.messages
    .filter((m) => m.fatal)
    .sort((a, b) => (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1))
    .map((m) => {
      const worded = m as unknown as WordedMessage;
      return {
        line: m.line ?? 1,
        column: m.column ?? 1,
        ruleId: m.ruleId ?? "story",
        message: m.reason,
        messageEn: worded.en ?? m.reason,
        hint: worded.hint,
        refId: worded.refId,
      };
    });
}

/**
 * Renders a whole story file (frontmatter included, so positions are the file's own lines)
 * through Astro's unified Markdown pipeline with the project's plugins, or throws a
 * StoryMarkdownError listing every mistake. Plugins record mistakes and go on; the last
 * one turns them into the error, so an editor sees them all at once.
 */
export async function renderStoryMarkdown(
  source: string,
  path: string,
  data: StoryData,
  document: Document,
): Promise<RenderedStory> {
  let cited: string[] = [];
  const failOnProblems = () => (_tree: unknown, file: VFile) => {
    const problems = collectProblems(file);
    if (problems.length > 0) throw new StoryMarkdownError(path, problems);
    cited = citedSources(file);
  };
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [
      [remarkFrontmatter, ["yaml"]],
      remarkDirective,
      [remarkSafeMarkdown, { failFast: false }],
      remarkNoHandTypedFigures,
      [remarkStoryDirectives, { data, document }],
      failOnProblems,
    ],
  });
  // @astrojs/markdown-remark console.error()s every failed render ("Failed to parse Markdown
  // file "undefined"" and a stack) before rethrowing; the error itself carries every problem,
  // shown once by whoever shows problems.
  const consoleError = console.error;
  console.error = () => {};
  try {
    const { code, metadata } = await processor.render(source);
    const sections = (metadata.headings ?? [])
      .filter((h) => h.depth === 2 && !BOX_HEADINGS.has(h.slug))
      .map((h) => ({ id: h.slug, text: h.text }));
    // A body that opens with its summary box shows it above the table of contents.
    const lead = /^\s*<aside class="takeaways"[\s\S]*?<\/aside>/.exec(code)?.[0] ?? "";
    return { lead: lead.trim(), html: code.slice(lead.length), citedSourceIds: cited, sections };
  } catch (error) {
    // A plugin that stops at its first finding (file.fail) gets the same shape.
    if (error instanceof StoryMarkdownError) throw error;
    const place = error as { line?: number; column?: number; reason?: string };
    if (place.reason !== undefined) {
      const [ko, en] = place.reason.split(" / ");
      throw new StoryMarkdownError(path, [
        {
          line: place.line ?? 1,
          column: place.column ?? 1,
          ruleId: "story",
          message: ko ?? place.reason,
          messageEn: en ?? place.reason,
        },
      ]);
    }
    throw error;
  } finally {
    console.error = consoleError;
  }
}
