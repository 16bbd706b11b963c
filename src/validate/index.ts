import { chartDataOf } from "../model/chart-data.ts";
import type { SiteEntries } from "../model/entries.ts";
import type { StoryData } from "../markdown/story-data.ts";
import { correctionProblems } from "./corrections.ts";
import { crossFileProblems } from "./cross-file.ts";
import { figureAliasProblems } from "./figure-aliases.ts";
import { figureSpecProblems, withLoadedIds } from "./figure-specs.ts";
import { validateData } from "./data.ts";
import { lintMarkdownFile } from "./lint.ts";
import { compareProblems, type Problem } from "./problem.ts";
import { validateStoryBodies, validateStoryFiles } from "./stories.ts";

export type { Problem } from "./problem.ts";

/** What the one validation pipeline returns: the entries that passed, and every problem found. */
export interface ValidatedProject {
  entries: SiteEntries;
  problems: Problem[];
}

/**
 * The data as story directives see it. A figure that names rows whose files failed keeps
 * the rest (a figure whose spec is wrong has already been left out of the entries).
 */
export function storyDataOf(entries: Omit<SiteEntries, "stories">): StoryData {
  const chartData = chartDataOf(entries);
  return {
    ...chartData,
    sources: entries.sources.map((e) => e.data),
    figures: entries.figures.map((e) => withLoadedIds(e.data, chartData)).filter((f) => f !== null),
  };
}

/**
 * The one validation pipeline over data/ and content/: files (names, kinds, links) →
 * JSON and YAML with positions → text hygiene → schemas → cross-file ids → story
 * frontmatter, the corrections log against the stories, story bodies (rendered with the
 * data) → Markdown style. Every stage runs
 * whatever the earlier ones found, so one run lists every problem; a reference to
 * something whose own file failed is left out (that file's problem is the one to fix).
 * Pure of Astro: the loaders, `npm run build`, `npm run check` and the dev server's error
 * page all call it, so they cannot disagree.
 */
export async function validateProject(root: string): Promise<ValidatedProject> {
  const data = validateData(root);
  const specs = figureSpecProblems(data);
  // Before a bad spec leaves the entries: its former ids still claim their addresses.
  const aliases = figureAliasProblems(data);
  for (const id of specs.badFigures) data.failedIds.add(id);
  data.entries.figures = data.entries.figures.filter((e) => !specs.badFigures.has(e.id));
  const stories = validateStoryFiles(root, data.entries.sources, data.failedIds);
  const bodies = await validateStoryBodies(stories, storyDataOf(data.entries));
  const lint = (
    await Promise.all([...stories.sources.values()].map((source) => lintMarkdownFile(source.file, source.text)))
  ).flat();
  const problems = [
    ...data.problems,
    ...crossFileProblems(data),
    ...specs.problems,
    ...aliases,
    ...stories.problems,
    ...correctionProblems(data, stories),
    ...bodies,
    ...lint,
  ].filter((p) => !(p.ruleId.startsWith("story/") && p.refId !== undefined && data.failedIds.has(p.refId)));
  return { entries: { ...data.entries, stories: stories.stories }, problems: dedupe(problems).sort(compareProblems) };
}

/** The same problem found by two stages (a hand-typed figure in a title) is shown once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.ruleId}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
