import { siteUrls, type SiteUrls } from "../embed/urls.ts";
import { MAIN_STORY } from "../model/stories.ts";

/**
 * Where a story lives: the one place that knows the main story is the site root and every
 * other story is under stories/. Paths are relative to the base path, so BASE_PATH applies:
 *   storyRoute("goyang-jobs-2025") → ""        storyRoute("youth") → "stories/youth/"
 */
export function storyRoute(slug: string): string {
  return slug === MAIN_STORY ? "" : `stories/${slug}/`;
}

/** The story's site path under the base: storyPath("youth") → "/stories/youth/" ("/goyang/stories/youth/" under a base). */
export function storyPath(slug: string, urls: SiteUrls = siteUrls()): string {
  return urls.path(storyRoute(slug));
}

/** The story's absolute URL from SITE_URL: storyUrl("youth") → "https://goyang-jobs.example/stories/youth/". */
export function storyUrl(slug: string, urls: SiteUrls = siteUrls()): string {
  return urls.absolute(storyRoute(slug));
}

/**
 * The story a site path is the page of, from its shape alone, or null:
 *   storyAt("/") → MAIN_STORY   storyAt("/stories/youth/") → "youth"   storyAt("/embed/") → null
 */
export function storyAt(pathname: string, urls: SiteUrls = siteUrls()): string | null {
  const root = urls.path("");
  if (pathname === root) return MAIN_STORY;
  const match = /^stories\/([^/]+)\/$/.exec(pathname.startsWith(root) ? pathname.slice(root.length) : "");
  return match ? match[1]! : null;
}
