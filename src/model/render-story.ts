import { readFile } from "node:fs/promises";
import { render, type CollectionEntry } from "astro:content";
import { checkStoryMarkdown } from "../markdown/check-story";

/**
 * Renders a story, or throws when its body is missing: a Markdown error that Astro's
 * loader only logged (the build would otherwise publish the page without its text) is
 * found again with its file:line:column and becomes the build's error.
 */
export async function renderStory(entry: CollectionEntry<"stories">) {
  if (entry.body?.trim() && entry.rendered?.html.trim()) return render(entry);
  const path = entry.filePath ?? `content/stories/${entry.id}.md`;
  const problems = entry.filePath ? await checkStoryMarkdown(path, await readFile(entry.filePath, "utf8")) : [];
  throw new Error(problems.length > 0 ? problems.join("\n") : `${path}: the story body is empty or failed to render`);
}
