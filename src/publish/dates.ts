/**
 * A story's day (frontmatter `published`/`updated`, "YYYY-MM-DD") as a full ISO 8601 date-time
 * in Seoul time, which JSON-LD and RSS want: the frontmatter names the day, not the hour, so
 * the moment is the start of that day where the site publishes.
 *   seoulDateTime("2026-11-27") → "2026-11-27T00:00:00+09:00"
 */
export function seoulDateTime(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new RangeError(`invalid day: ${JSON.stringify(day)} (expected YYYY-MM-DD)`);
  return `${day}T00:00:00+09:00`;
}
