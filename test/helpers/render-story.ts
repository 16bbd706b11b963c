import { createServerDocument } from "../../src/charts/server-document.ts";
import { renderStoryMarkdown, StoryMarkdownError } from "../../src/markdown/render-story.ts";
import { loadStoryData } from "./site-data.ts";

/** The tests' own data (test/fixtures/site/data), never the repository's data/, which editors correct. */
export const siteData = loadStoryData();

/** A story file around `body`: frontmatter of 3 lines, a blank line, then body from line 5. */
export const storyFile = (body: string) => `---\ntitle: t\n---\n\n${body}\n`;
export const BODY_LINE = 5;

/**
 * Renders a story file with the fixture's data (test/fixtures/site); returns its HTML or
 * its problems, each as "file:line:column: message → hint" (the Korean message and its fix).
 */
export async function renderWithData(
  source: string,
  path = "content/stories/x.md",
): Promise<{ html: string; problems: string[]; cited: string[] }> {
  try {
    // The whole body as it renders: a leading summary box (lead) and the rest.
    const { lead, html, citedSourceIds } = await renderStoryMarkdown(source, path, siteData, createServerDocument());
    return { html: `${lead}${html}`, problems: [], cited: citedSourceIds };
  } catch (error) {
    if (error instanceof StoryMarkdownError) {
      return {
        html: "",
        problems: error.problems.map(
          (p) => `${path}:${p.line}:${p.column}: ${p.message}${p.hint ? ` → ${p.hint}` : ""}`,
        ),
        cited: [],
      };
    }
    throw error;
  }
}
