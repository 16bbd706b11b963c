import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { storyRemarkPlugins } from "./story-plugins";

/**
 * Runs a story file's Markdown through the project's remark plugins and returns its
 * problems as "file:line:column: message". Astro's content loader only logs a plugin's
 * error and leaves the entry without a body; this finds the same error again with its
 * position, so the build can fail with it.
 */
export async function checkStoryMarkdown(path: string, markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
  for (const plugin of storyRemarkPlugins) processor.use(plugin);
  const file = new VFile({ path, value: markdown });
  try {
    await processor.run(processor.parse(file), file);
  } catch (error) {
    // file.fail() has already recorded its message before throwing; anything else has not.
    if (!(error instanceof Error)) throw error;
    if (!file.messages.includes(error as never)) file.message(error.message);
  }
  return file.messages.map((m) => `${path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason}`);
}
