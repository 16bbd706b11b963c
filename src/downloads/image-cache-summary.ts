import type { AstroIntegration } from "astro";
import { cacheStats } from "./png-cache.ts";

/** "images: 2 rendered (1.4 s of rendering), 14 reused from the cache": what a build did with its PNGs. */
export function imageCacheSummary({ reused, rendered, renderMs }: ReturnType<typeof cacheStats>): string {
  const renderedPart =
    rendered === 0 ? "none rendered" : `${rendered} rendered (${(renderMs / 1000).toFixed(1)} s of rendering)`;
  return `images: ${renderedPart}, ${reused} reused from the cache`;
}

/** Prints the summary at the end of a build, so an editor sees that a correction re-rendered only what it touched. */
export function imageCacheReport(): AstroIntegration {
  return {
    name: "goyang-image-cache",
    hooks: {
      "astro:build:done": ({ logger }) => {
        logger.info(imageCacheSummary(cacheStats()));
      },
    },
  };
}
