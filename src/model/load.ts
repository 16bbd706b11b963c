import { existsSync, readFileSync } from "node:fs";
import { getCollection } from "astro:content";
import type { Entry, SiteEntries } from "./entries.ts";

const CORRECTIONS_LOG = "data/corrections.json";

/**
 * The corrections log in the file's own order: the content store gives entries sorted by
 * id, and an editor lists one day's corrections in the order they read best. Only the ids'
 * order is read from the file (already validated); an absent or empty log is [] without
 * asking the store, which would warn about an empty collection.
 */
async function correctionsLog(): Promise<SiteEntries["corrections"]> {
  if (!existsSync(CORRECTIONS_LOG)) return [];
  const ids = (JSON.parse(readFileSync(CORRECTIONS_LOG, "utf8")) as { id: string }[]).map((c) => c.id);
  if (ids.length === 0) return [];
  const position = (entry: Entry<unknown>) => ids.indexOf(entry.id);
  return (await getCollection("corrections")).sort((a, b) => position(a) - position(b));
}

/**
 * Every collection, as the loaders gave them. Build-time only. The loaders take their
 * entries from the one validation pipeline (src/validate/), which has already checked
 * every cross-file reference, so a page is never built around a missing number.
 */
export function loadSite(): Promise<SiteEntries> {
  // A build reads the collections once, not once per page: with a page per figure and per
  // program, reading them on every page made the build's work grow with the square of the
  // site. The live preview reads them afresh, since an editor's save changes them.
  if (!import.meta.env.DEV) return (built ??= readSite());
  return readSite();
}

let built: Promise<SiteEntries> | undefined;

async function readSite(): Promise<SiteEntries> {
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
    corrections: await correctionsLog(),
    stories: await getCollection("stories"),
  };
}
