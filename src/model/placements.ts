import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { toString } from "mdast-util-to-string";
import { MAIN_STORY } from "./stories.ts";

/** What a story's body places: the figures of its ::chart lines and the programs its :program links name. */
export interface StoryPlacements {
  figureIds: string[];
  programIds: string[];
}

/**
 * Reads the directives of a story body without rendering it, in reading order, each id
 * once. Pages that are not the story (an embed page, a program page) need to know which
 * story places a figure or mentions a program; rendering every story for that would run
 * every chart. A body with mistakes never gets this far: the validation pipeline stops it.
 */
export function storyPlacements(body: string): StoryPlacements {
  // Pure in the body, and asked for by every embed and program page (figure homes, the
  // stories mentioning a program): parsed once per body, not once per page.
  let placements = parsed.get(body);
  if (!placements) {
    if (parsed.size >= PARSED_LIMIT) parsed.clear(); // the live preview sees a new body per save
    parsed.set(body, (placements = parsePlacements(body)));
  }
  return placements;
}

const PARSED_LIMIT = 1000;
const parsed = new Map<string, StoryPlacements>();

function parsePlacements(body: string): StoryPlacements {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
  const figureIds = new Set<string>();
  const programIds = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "leafDirective" && node.name === "chart") figureIds.add(toString(node).trim());
    if (node.type === "textDirective" && node.name === "program") programIds.add(toString(node).trim());
  });
  return { figureIds: [...figureIds], programIds: [...programIds] };
}

interface StoryLike {
  id: string;
  body?: string | undefined;
  data: { published: string };
}

/** Stories in the site's order: the main story first, then by publication day, then by slug. */
export function storiesInOrder<T extends StoryLike>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) =>
      Number(b.id === MAIN_STORY) - Number(a.id === MAIN_STORY) ||
      a.data.published.localeCompare(b.data.published) ||
      a.id.localeCompare(b.id),
  );
}

const homesOf = new WeakMap<readonly StoryLike[], Map<string, string>>();

/**
 * Each figure's home: the first story (in the site's order) that places it. A figure no
 * story places has none, and links to its own embed page instead, never to a dead anchor.
 */
export function figureHomes(stories: readonly StoryLike[]): Map<string, string> {
  // Asked by every embed, program and download page of a build, over the same stories.
  const known = homesOf.get(stories);
  if (known) return known;
  const homes = new Map<string, string>();
  homesOf.set(stories, homes);
  for (const story of storiesInOrder(stories)) {
    for (const id of storyPlacements(story.body ?? "").figureIds) if (!homes.has(id)) homes.set(id, story.id);
  }
  return homes;
}

/** The story a figure's credit line names: its home (figureHomes), else the main story. */
export function creditStoryId(homes: ReadonlyMap<string, string>, figureId: string): string {
  return homes.get(figureId) ?? MAIN_STORY;
}

/** The stories that mention a program with :program[…], in the site's order. */
export function storiesMentioning<T extends StoryLike>(stories: readonly T[], programId: string): T[] {
  return storiesInOrder(stories).filter((story) => storyPlacements(story.body ?? "").programIds.includes(programId));
}
