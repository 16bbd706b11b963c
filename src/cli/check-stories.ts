import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { createServerDocument } from "../charts/server-document.ts";
import { renderStoryMarkdown, StoryMarkdownError } from "../markdown/render-story.ts";
import type { StoryData } from "../markdown/story-data.ts";
import { findIntegrityProblems, type Entry, type SiteEntries } from "../model/integrity.ts";
import { idSchema } from "../schemas/common.ts";
import { MAIN_STORY } from "../model/stories.ts";
import { storySchema, type Story } from "../schemas/story.ts";
import { refersTo } from "./check-data.ts";
import { locateFrontmatterField, parseFieldPath } from "./locate.ts";
import { parseProblemLine, type Problem } from "./problems.ts";

export const STORIES_DIR = "content/stories";

/** content/stories/*.md, sorted, as paths relative to the root. */
export function storyFiles(root: string): string[] {
  const dir = join(root, STORIES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `${STORIES_DIR}/${name}`);
}

/**
 * Everything the build checks in a story, for every story, all at once: the file name
 * (it becomes the page address), the frontmatter (YAML, then the story schema, then its
 * source ids), and the body through the real renderer with the data (directives, no
 * hand-typed figures, no raw HTML).
 */
export async function checkStories(
  root: string,
  fullData: StoryData,
  sources: SiteEntries["sources"],
  invalidIds: ReadonlySet<string> = new Set(),
): Promise<{ problems: Problem[]; followOn: number; leftOut: Set<string> }> {
  const problems: Problem[] = [];
  const { data, dropped } = withoutInvalid(fullData);
  const leftOut = new Set([...invalidIds, ...dropped]);
  let followOn = 0;
  const files = storyFiles(root);
  if (!files.includes(`${STORIES_DIR}/${MAIN_STORY}.md`)) {
    problems.push({
      file: `${STORIES_DIR}/${MAIN_STORY}.md`,
      line: 1,
      message: "the main story (the page at /) is missing; restore this file",
    });
  }
  for (const file of files) {
    const source = readFileSync(join(root, file), "utf8");
    problems.push(...checkFileName(file), ...checkFrontmatter(file, source, sources));
    const body = await checkBody(file, source, data);
    const kept = body.filter((p) => !refersTo(p.message, leftOut));
    followOn += body.length - kept.length;
    problems.push(...kept);
  }
  return { problems, followOn, leftOut };
}

/**
 * A program that failed its schema is not in the data; a chart that lists it would stop
 * the renderer (and hide the story's own problems), so for the check each chart keeps
 * the programs that loaded (a chart left with none is left out, like a broken file).
 */
function withoutInvalid(data: StoryData): { data: StoryData; dropped: string[] } {
  const programIds = new Set(data.programs.map((p) => p.id));
  const figures = data.figures.map((f) => ({
    ...f,
    data: { ...f.data, programIds: f.data.programIds.filter((id) => programIds.has(id)) },
  }));
  return {
    data: { ...data, figures: figures.filter((f) => f.data.programIds.length > 0) },
    dropped: figures.filter((f) => f.data.programIds.length === 0).map((f) => f.id),
  };
}

function checkFileName(file: string): Problem[] {
  const slug = file.slice(STORIES_DIR.length + 1).replace(/\.md$/, "");
  const result = idSchema.safeParse(slug);
  if (result.success) return [];
  return [
    {
      file,
      line: 1,
      column: 1,
      message: `file name "${slug}.md": the name becomes the page address /stories/${slug}/ and ${result.error.issues[0]?.message ?? "must be kebab-case"}`,
    },
  ];
}

function checkFrontmatter(file: string, source: string, sources: SiteEntries["sources"]): Problem[] {
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseFrontmatter(source, { frontmatter: "empty-with-lines" }).frontmatter;
  } catch (error) {
    // js-yaml counts lines from the end of the opening `---` line (its line 0).
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    return [
      {
        file,
        line: mark ? mark.line + 1 : 1,
        column: mark ? mark.column + 1 : 1,
        message: `invalid frontmatter (YAML): ${reason}`,
      },
    ];
  }
  const result = storySchema.safeParse(frontmatter);
  if (!result.success) {
    return result.error.issues.map((issue) => {
      const keys = (issue as { keys?: string[] }).keys;
      const path =
        issue.path.length === 0 && keys?.[0] !== undefined
          ? [keys[0]]
          : issue.path.filter((k): k is string | number => typeof k !== "symbol");
      const field =
        path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("") || "(frontmatter)";
      return { file, ...locateFrontmatterField(source, path), message: `frontmatter ${field}: ${issue.message}` };
    });
  }
  const entry: Entry<Story> = { id: file, filePath: file, data: result.data };
  const site: SiteEntries = {
    sources,
    programs: [],
    awards: [],
    timeline: [],
    contests: [],
    figures: [],
    stories: [entry],
  };
  return findIntegrityProblems(site).map((p) => ({
    file,
    ...locateFrontmatterField(source, parseFieldPath(p.field)),
    message: `frontmatter ${p.field}: ${p.message}`,
  }));
}

async function checkBody(file: string, source: string, data: StoryData): Promise<Problem[]> {
  const body = (() => {
    try {
      return parseFrontmatter(source, { frontmatter: "empty-with-lines" }).content;
    } catch {
      return source.replace(/^---\n[\s\S]*?\n---/, "");
    }
  })();
  if (body.trim() === "")
    return [{ file, line: 1, message: "the story body is empty: write the story under the frontmatter" }];
  return renderAll(file, source, data);
}

/** Every problem of the story, as the renderer reports them (all at once). */
async function renderAll(file: string, source: string, data: StoryData): Promise<Problem[]> {
  const lines = await renderProblems(file, source, data);
  return lines.map((line) => parseProblemLine(line) ?? { file, line: 1, message: line });
}

/** The renderer's problem lines for the file, or none; its console noise is kept quiet. */
async function renderProblems(file: string, source: string, data: StoryData): Promise<string[]> {
  // @astrojs/markdown-remark console.error()s every failed render before rethrowing it;
  // the problems are printed once, by the check, in its own format.
  const consoleError = console.error;
  console.error = () => {};
  try {
    await renderStoryMarkdown(source, file, data, createServerDocument());
    return [];
  } catch (error) {
    if (error instanceof StoryMarkdownError) return error.problems;
    return [`${file}:1:1: the story could not be rendered: ${(error as Error).message}`];
  } finally {
    console.error = consoleError;
  }
}
