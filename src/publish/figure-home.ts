import { siteUrls, type SiteUrls } from "../embed/urls.ts";
import type { SiteEntries } from "../model/entries.ts";
import { loadSite } from "../model/load.ts";
import { figureHomes } from "../model/placements.ts";
import { storyRoute } from "./story-urls.ts";

const bySite = new WeakMap<SiteEntries, SiteUrls>();

/**
 * This build's URLs, with each figure's link home set to the first story that places it
 * (or its embed page where none does): what embed pages, codes and canonical links use.
 * Worked out once per site read (once per build), not on each of the pages that ask.
 */
export async function siteUrlsWithFigureHomes(): Promise<SiteUrls> {
  const site = await loadSite();
  let urls = bySite.get(site);
  if (!urls) {
    const homes = figureHomes(site.stories);
    urls = siteUrls((figureId) => {
      const slug = homes.get(figureId);
      return slug === undefined ? null : storyRoute(slug);
    });
    bySite.set(site, urls);
  }
  return urls;
}
