import type { SiteEntries } from "../model/entries.ts";
import type { StoryData } from "../markdown/story-data.ts";
import { crossFileProblems } from "./cross-file.ts";
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

/** The data as story directives see it; a figure keeps only the programs that loaded. */
export function storyDataOf(entries: Omit<SiteEntries, "stories">): StoryData {
  const data = <T>(list: { data: T }[]) => list.map((e) => e.data);
  const programIds = new Set(entries.programs.map((p) => p.id));
  return {
    programs: data(entries.programs),
    figures: data(entries.figures)
      .map((f) => ({ ...f, data: { ...f.data, programIds: f.data.programIds.filter((id) => programIds.has(id)) } }))
      .filter((f) => f.data.programIds.length > 0),
    sources: data(entries.sources),
    awards: data(entries.awards),
    contests: data(entries.contests),
  };
}

/**
 * The one validation pipeline over data/ and content/: files (names, kinds, links) →
 * JSON and YAML with positions → text hygiene → schemas → cross-file ids → story
 * frontmatter and bodies (rendered with the data) → Markdown style. Every stage runs
 * whatever the earlier ones found, so one run lists every problem; a reference to
 * something whose own file failed is left out (that file's problem is the one to fix).
 * Pure of Astro: the loaders, `npm run build`, `npm run check` and the dev server's error
 * page all call it, so they cannot disagree.
 */
export async function validateProject(root: string): Promise<ValidatedProject> {
  const data = validateData(root);
  const stories = validateStoryFiles(root, data.entries.sources, data.failedIds);
  const bodies = await validateStoryBodies(stories, storyDataOf(data.entries));
  const lint = (
    await Promise.all([...stories.sources.values()].map((source) => lintMarkdownFile(source.file, source.text)))
  ).flat();
  const problems = [...data.problems, ...crossFileProblems(data), ...stories.problems, ...bodies, ...lint].filter(
    (p) => !(p.ruleId.startsWith("story/") && p.refId !== undefined && data.failedIds.has(p.refId)),
  );
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
