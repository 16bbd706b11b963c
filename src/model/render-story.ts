import type { CollectionEntry } from "astro:content";
import { createServerDocument } from "../charts/server-document.ts";
import { downloadLinks } from "../downloads/links.ts";
import { siteUrls } from "../embed/urls.ts";
import { renderStoryMarkdown, type RenderedStory } from "../markdown/render-story.ts";
import type { StoryData } from "../markdown/story-data.ts";
import { chartDataOf } from "./chart-data.ts";
import type { SiteEntries } from "./entries.ts";

/** The site's entries as the plain data a story's directives refer to. */
export function storyData(site: SiteEntries): StoryData {
  const urls = siteUrls();
  return {
    ...chartDataOf(site),
    figures: site.figures.map((e) => e.data),
    sources: site.sources.map((e) => e.data),
    figureDownloads: (figureId) => downloadLinks(urls, figureId),
    programHref: (programId) => urls.path(`programs/${programId}/`),
  };
}

/**
 * Renders a story's body with its directives bound to the data. Any mistake throws with
 * file:line:column, so the build fails instead of publishing a page without its text.
 */
export async function renderStory(entry: CollectionEntry<"stories">, site: SiteEntries): Promise<RenderedStory> {
  const path = entry.filePath ?? `content/stories/${entry.id}.md`;
  if (!entry.body?.trim()) throw new Error(`${path}: the story body is empty`);
  return renderStoryMarkdown(entry.body, path, storyData(site), createServerDocument());
}
