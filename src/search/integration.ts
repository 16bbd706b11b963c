/**
 * Site search at build time: once Astro has written every page, reads the built HTML and
 * writes the index the search page fetches (dist/search/index.json, src/search/indexer.ts).
 * Built from the output rather than from data/ and content/, so any new page (a story, a
 * program page, the methodology) is found without telling search about it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildValues } from "../cache/json-cache.ts";
import { buildSearchIndex, INDEX_PATH } from "./indexer.ts";

export function siteSearch(): AstroIntegration {
  let base = "/";
  return {
    name: "goyang-site-search",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const index = buildSearchIndex(dist, base, buildValues("search-text"));
        const file = join(dist, INDEX_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(index));
        logger.info(`search: ${index.engine.documentCount} pages indexed → ${INDEX_PATH}`);
      },
    },
  };
}
