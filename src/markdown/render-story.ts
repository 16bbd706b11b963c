import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import type { VFile } from "vfile";
import { remarkNoHandTypedFigures } from "./remark-no-hand-typed-figures.ts";
import { remarkSafeMarkdown } from "./remark-safe-markdown.ts";
import { citedSources, remarkStoryDirectives } from "./remark-story-directives.ts";
import type { StoryData } from "./story-data.ts";

/** Every mistake found in one story file, each as "file:line:column: message". */
export class StoryMarkdownError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} problem(s) in the story:\n${problems.join("\n")}`);
    this.name = "StoryMarkdownError";
    this.problems = problems;
  }
}

export interface RenderedStory {
  html: string;
  /** Source ids in the order the body first cites them: the numbering of its notes. */
  citedSourceIds: string[];
}

/** "content/stories/a.md:12:5: message" for every fatal message on the file, in reading order. */
export function formatProblems(file: VFile, path: string): string[] {
  return file.messages
    .filter((m) => m.fatal)
    .sort((a, b) => (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1))
    .map((m) => `${path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason}`);
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
    const problems = formatProblems(file, path);
    if (problems.length > 0) throw new StoryMarkdownError(problems);
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
  try {
    const { code } = await processor.render(source);
    return { html: code, citedSourceIds: cited };
  } catch (error) {
    // A plugin that stops at its first finding (file.fail) gets the same shape.
    if (error instanceof StoryMarkdownError) throw error;
    const place = error as { line?: number; column?: number; reason?: string };
    if (place.reason !== undefined)
      throw new StoryMarkdownError([`${path}:${place.line ?? 1}:${place.column ?? 1}: ${place.reason}`]);
    throw error;
  }
}
