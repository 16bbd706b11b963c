import { getEntry } from "astro:content";
import { createServerDocument } from "../charts/server-document.ts";
import { pngResponse } from "../downloads/png-cache.ts";
import { shareFigure, storyShareImage } from "../downloads/share-image.ts";
import { PROVIDER_NAME } from "../embed/codes.ts";
import { siteUrls, type SiteUrls } from "../embed/urls.ts";
import { chartDataOf } from "../model/chart-data.ts";
import { loadSite } from "../model/load.ts";
import { MAIN_STORY } from "../model/stories.ts";

/**
 * Where a story's 1200×630 share image (og:image, JSON-LD image) lives: the main story's
 * at /downloads/story.png (published before there were other stories), every other one at
 * /downloads/stories/<slug>.png.
 */
export function storyShareImageUrl(slug: string, urls: SiteUrls = siteUrls()): string {
  return slug === MAIN_STORY ? urls.shareImage() : urls.absolute(`downloads/stories/${slug}.png`);
}

/** The PNG response of a story's share image: its title and the first chart it places. */
export async function storyShareImageResponse(slug: string): Promise<Response> {
  const site = await loadSite();
  const entry = await getEntry("stories", slug);
  if (!entry) throw new Error(`content/stories/${slug}.md is missing`);
  const figure = shareFigure(
    entry.body ?? "",
    site.figures.map((f) => f.data),
  );
  const image = storyShareImage(
    entry.data,
    figure,
    chartDataOf(site),
    site.sources.map((s) => s.data),
    createServerDocument(),
    PROVIDER_NAME,
  );
  return pngResponse(image.svg, { scale: 1 });
}
