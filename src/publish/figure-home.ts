import { getCollection } from "astro:content";
import { siteUrls, type SiteUrls } from "../embed/urls.ts";
import { figureHomes } from "../model/placements.ts";
import { storyRoute } from "./story-urls.ts";

/**
 * This build's URLs, with each figure's link home set to the first story that places it
 * (or its embed page where none does): what embed pages, codes and canonical links use.
 */
export async function siteUrlsWithFigureHomes(): Promise<SiteUrls> {
  const homes = figureHomes(await getCollection("stories"));
  return siteUrls((figureId) => {
    const slug = homes.get(figureId);
    return slug === undefined ? null : storyRoute(slug);
  });
}
