import type { ChartData } from "../charts/types.ts";
import type { SiteEntries } from "./entries.ts";

/** What a figure may draw from, as plain data: every collection a dataset reads. */
export function chartDataOf(site: Omit<SiteEntries, "stories">): Required<ChartData> {
  const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  return {
    programs: data(site.programs),
    timeline: data(site.timeline),
    awards: data(site.awards),
    contests: data(site.contests),
    tables: data(site.tables),
  };
}
