/**
 * The search index of a built site: every HTML page of dist/ except those no reader should
 * land on from search (embed pages and the embed gallery, downloads, the search page, a
 * 404 page, any page whose robots meta says noindex), read by src/search/extract.ts, in
 * path order so two builds of the same pages write the same bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { NO_CACHE, type JsonCache } from "../cache/json-cache.ts";
import { indexFile, type SearchDoc, type SearchIndexFile } from "./engine.ts";

export { INDEX_PATH } from "./engine.ts";
import { pageText } from "./extract.ts";

/** Folders (relative to dist/, "/"-separated) whose pages are never indexed. */
const EXCLUDED_FOLDERS = ["embed/", "downloads/", "search/"];

/** Whether a page (e.g. "programs/job-school/index.html") may be indexed at all, by its path. */
export function indexablePath(page: string): boolean {
  if (!page.endsWith(".html")) return false;
  if (page === "404.html" || page.endsWith("/404.html")) return false;
  return !EXCLUDED_FOLDERS.some((folder) => page.startsWith(folder));
}

/** The page's URL path under `base`: "programs/x/index.html" → "/programs/x/", "index.html" → "/". */
export function pageUrl(page: string, base = "/"): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${page.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Every .html file under `dist`, relative and "/"-separated, sorted. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/**
 * The documents of the pages to index, in path order. A build passes its cache (its keys
 * take the code fingerprint: buildValues), so a page whose HTML is byte for byte the last build's is not read
 * again: reading a thousand pages was most of the index's time.
 */
export function searchDocs(dist: string, base = "/", cache: JsonCache = NO_CACHE): SearchDoc[] {
  return htmlFiles(dist)
    .filter(indexablePath)
    .flatMap((page) => {
      const html = readFileSync(join(dist, page), "utf8");
      const text = cache.get(html, () => pageText(html));
      return text ? [{ url: pageUrl(page, base), ...text }] : [];
    });
}

export function buildSearchIndex(dist: string, base = "/", cache: JsonCache = NO_CACHE): SearchIndexFile {
  return indexFile(searchDocs(dist, base, cache));
}
