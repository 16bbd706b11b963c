/**
 * Where each figure lives in the built site, read from the stories' Markdown (not through
 * src/), so the published site's tests follow an editor who moves a chart: a figure's home
 * is the first story placing it with ::chart[id], the main story first, then by publication
 * day and slug; a figure no story places has none (it links to its embed page).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const MAIN_STORY = "goyang-jobs-2025";

export interface StoryPlacing {
  slug: string;
  /** The story's route under the base: "" for the main story, "stories/<slug>/" otherwise. */
  route: string;
  published: string;
  figures: string[];
  programs: string[];
  headings: string[];
}

export function storiesOf(projectDir: string): StoryPlacing[] {
  const folder = join(projectDir, "content/stories");
  return readdirSync(folder)
    .filter((f) => f.endsWith(".md"))
    .map((file) => {
      const text = readFileSync(join(folder, file), "utf8");
      const ids = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))];
      const slug = file.replace(/\.md$/, "");
      return {
        slug,
        route: slug === MAIN_STORY ? "" : `stories/${slug}/`,
        published: /^published:\s*"?([\d-]+)"?/m.exec(text)?.[1] ?? "",
        figures: ids(/^::chart\[([^\]]+)\]\s*$/gm),
        programs: ids(/:program\[([^\]]+)\]/g),
        headings: ids(/^## (.+)$/gm),
      };
    })
    .sort(
      (a, b) =>
        Number(b.slug === MAIN_STORY) - Number(a.slug === MAIN_STORY) ||
        a.published.localeCompare(b.published) ||
        a.slug.localeCompare(b.slug),
    );
}

/** The route of the story that is the figure's home, or null where no story places it. */
export function figureHomeRoute(projectDir: string, figureId: string): string | null {
  return storiesOf(projectDir).find((story) => story.figures.includes(figureId))?.route ?? null;
}

/** The figure's link home as an absolute URL: `absolute(route)#figure-<id>`, or its embed page. */
export function figureHomeUrl(projectDir: string, figureId: string, absolute: (route: string) => string): string {
  const route = figureHomeRoute(projectDir, figureId);
  return route === null ? absolute(`embed/${figureId}/`) : `${absolute(route)}#figure-${figureId}`;
}
