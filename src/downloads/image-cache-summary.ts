import type { AstroIntegration } from "astro";
import { startImageProgress, stopImageProgress } from "./image-progress.ts";
import { formatShard, shardOf, type Shard } from "./image-shard.ts";
import { cacheStats, type CacheStats } from "./png-cache.ts";

/**
 * What a build did with its PNGs:
 *   "images: 2 rendered (1.4 s of rendering), 14 reused from the cache"
 * and in a shard build (image-shard.ts):
 *   "images: 40 rendered (9.1 s of rendering), 3 reused from the cache, 85 left to the other shards (shard 2/3)"
 */
export function imageCacheSummary(
  { reused, rendered, renderMs, skipped = 0 }: Omit<CacheStats, "skipped"> & { skipped?: number },
  shard: Shard | null = null,
): string {
  const renderedPart =
    rendered === 0 ? "none rendered" : `${rendered} rendered (${(renderMs / 1000).toFixed(1)} s of rendering)`;
  const shardPart =
    shard === null
      ? ""
      : `, ${skipped === 0 ? "none" : skipped} left to the other shards (shard ${formatShard(shard)})`;
  return `images: ${renderedPart}, ${reused} reused from the cache${shardPart}`;
}

/**
 * Prints the summary at the end of a build, so an editor sees that a correction re-rendered
 * only what it touched, and runs the progress line of a long build (image-progress.ts). A
 * malformed IMAGE_SHARD stops the build before any page is rendered.
 */
export function imageCacheReport(): AstroIntegration {
  let upperBound = false;
  return {
    name: "goyang-image-cache",
    hooks: {
      "astro:config:done": ({ config }) => {
        shardOf(); // throws on a malformed IMAGE_SHARD
        upperBound = config.experimental.incrementalBuild === true;
      },
      "astro:build:start": () => startImageProgress({ upperBound }),
      "astro:build:done": ({ logger }) => {
        stopImageProgress();
        logger.info(imageCacheSummary(cacheStats(), shardOf()));
      },
    },
  };
}
