import type { ChartData } from "../charts/types.ts";
import type { SiteEntries } from "./entries.ts";

type Collections = Omit<SiteEntries, "stories">;
const COLLECTIONS = ["programs", "timeline", "awards", "contests", "tables"] as const;

const bySite = new WeakMap<Collections, { from: unknown[]; data: Required<ChartData> }>();

/**
 * What a figure may draw from, as plain data: every collection a dataset reads. The same
 * object for the same collections, so the work keyed on it (each dataset's rows,
 * src/charts/scene.ts) is done once per build rather than once per page; a site whose
 * collections were replaced (the validation pipeline leaves failed entries out) gets a new one.
 */
export function chartDataOf(site: Collections): Required<ChartData> {
  const from = COLLECTIONS.map((name) => site[name]);
  const known = bySite.get(site);
  if (known && known.from.every((collection, i) => collection === from[i])) return known.data;
  const plain = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  const data = {
    programs: plain(site.programs),
    timeline: plain(site.timeline),
    awards: plain(site.awards),
    contests: plain(site.contests),
    tables: plain(site.tables),
  };
  bySite.set(site, { from, data });
  return data;
}
