import { existsSync } from "node:fs";
import { getCollection } from "astro:content";
import type { SiteEntries } from "./entries.ts";

/**
 * Every collection, as the loaders gave them. Build-time only. The loaders take their
 * entries from the one validation pipeline (src/validate/), which has already checked
 * every cross-file reference, so a page is never built around a missing number.
 */
export async function loadSite(): Promise<SiteEntries> {
  return {
    sources: await getCollection("sources"),
    programs: await getCollection("programs"),
    awards: await getCollection("awards"),
    timeline: await getCollection("timeline"),
    contests: await getCollection("contests"),
    figures: await getCollection("figures"),
    // data/tables/ is optional; Astro warns about an empty collection, which would only
    // alarm an editor whose site has no tables of its own.
    tables: existsSync("data/tables") ? await getCollection("tables") : [],
    // So is data/corrections.json, the corrections log.
    corrections: existsSync("data/corrections.json") ? await getCollection("corrections") : [],
    stories: await getCollection("stories"),
  };
}
