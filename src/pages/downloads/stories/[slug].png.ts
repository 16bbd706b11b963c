import type { APIRoute, GetStaticPaths } from "astro";
import { loadSite } from "../../../model/load.ts";
import { MAIN_STORY } from "../../../model/stories.ts";
import { cacheKeys } from "../../../cache/page-keys.ts";
import { expectImages } from "../../../downloads/png-cache.ts";
import { storyShareImageResponse } from "../../../publish/share-images.ts";

/** /downloads/stories/<slug>.png: each other story's own share image (the main one is /downloads/story.png). */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const keys = cacheKeys(site);
  return expectImages(
    site.stories
      .filter((story) => story.id !== MAIN_STORY)
      .map((story) => ({ params: { slug: story.id }, cacheKey: keys.story(story) })),
  );
};

export const GET: APIRoute = ({ params }) => storyShareImageResponse(params.slug!);
