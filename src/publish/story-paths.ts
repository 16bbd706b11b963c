import { cacheKeys } from "../cache/page-keys.ts";
import type { StoryEntry } from "../model/entries.ts";
import { loadSite } from "../model/load.ts";
import { MAIN_STORY } from "../model/stories.ts";

/**
 * getStaticPaths of the routes made for each story but the main one (its page
 * /stories/<slug>/ and its share image /downloads/stories/<slug>.png), keyed for the
 * incremental build on what the story shows (src/cache/page-keys.ts).
 */
export async function otherStoryPaths(): Promise<
  { params: { slug: string }; props: { entry: StoryEntry }; cacheKey: string }[]
> {
  const site = await loadSite();
  const keys = cacheKeys(site);
  return site.stories
    .filter((story) => story.id !== MAIN_STORY)
    .map((story) => ({ params: { slug: story.id }, props: { entry: story }, cacheKey: keys.story(story) }));
}
