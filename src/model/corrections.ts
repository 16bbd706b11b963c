import type { Correction } from "../schemas/correction.ts";

/** Newest day first; corrections of one day in the log's order (one day's corrections read as a batch). */
export function newestFirst(log: readonly Correction[]): Correction[] {
  return log
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.index - b.index)
    .map(({ correction }) => correction);
}

/**
 * The corrections of one story, newest first. A site-wide correction (storyIds: []) is
 * not counted as any one story's: it has its own section of /corrections/.
 *   correctionsFor("goyang-jobs-2025", [<a: 2026-12-02, [goyang-jobs-2025]>, <b: 2026-12-05, []>]) → [a]
 */
export function correctionsFor(storyId: string, log: readonly Correction[]): Correction[] {
  return newestFirst(log.filter((c) => c.storyIds.includes(storyId)));
}

/** The newest correction of a story, or undefined when it has none. */
export function lastCorrection(storyId: string, log: readonly Correction[]): Correction | undefined {
  return correctionsFor(storyId, log)[0];
}

/**
 * The day a story last changed: its frontmatter's `updated`, or its newest correction if
 * that is later (the check warns about that case: src/validate/corrections.ts).
 *   lastUpdate({ updated: "2026-11-27" }, [<2026-12-02>]) → "2026-12-02"
 */
export function lastUpdate(story: { updated: string }, corrections: readonly Correction[]): string {
  return corrections.reduce((latest, c) => (c.date > latest ? c.date : latest), story.updated);
}

/** The corrections of one story (or of the whole site, storyId null), as /corrections/ lists them. */
export interface CorrectionGroup {
  storyId: string | null;
  corrections: Correction[];
}

/**
 * Every correction grouped by story, each group newest first, groups by their newest
 * correction (then in `storyIds` order); the site-wide ones are a group of their own
 * (storyId null). A correction of two stories is listed under each. Stories without
 * corrections get no group.
 */
export function correctionGroups(log: readonly Correction[], storyIds: readonly string[]): CorrectionGroup[] {
  const groups: CorrectionGroup[] = storyIds.map((storyId) => ({ storyId, corrections: correctionsFor(storyId, log) }));
  groups.push({ storyId: null, corrections: newestFirst(log.filter((c) => c.storyIds.length === 0)) });
  const newest = (group: CorrectionGroup) => group.corrections[0]?.date ?? "";
  return groups
    .map((group, order) => ({ group, order }))
    .filter(({ group }) => group.corrections.length > 0)
    .sort((a, b) => newest(b.group).localeCompare(newest(a.group)) || a.order - b.order)
    .map(({ group }) => group);
}
