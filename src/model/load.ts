import { getCollection } from "astro:content";
import { assertIntegrity, type SiteEntries } from "./integrity.ts";

/**
 * Every collection, checked for cross-file references. Build-time only. A broken
 * reference throws, so a page is never built around a missing number.
 */
export async function loadSite(): Promise<SiteEntries> {
  const site: SiteEntries = {
    sources: await getCollection("sources"),
    programs: await getCollection("programs"),
    awards: await getCollection("awards"),
    timeline: await getCollection("timeline"),
    contests: await getCollection("contests"),
    figures: await getCollection("figures"),
    stories: await getCollection("stories"),
  };
  assertIntegrity(site);
  return site;
}
