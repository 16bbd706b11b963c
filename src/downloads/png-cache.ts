import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { noteImageDone, sharedProgress } from "./image-progress.ts";
import { perProcess } from "./per-process.ts";
import { inShard, shardOf, type Shard } from "./image-shard.ts";
import { fontFilesFor } from "./font-subset.ts";
import { PNG_SCALE, pretendardFiles, resvgOptions } from "./png.ts";

/**
 * The build's PNGs, rendered once and in parallel.
 *
 * - Content-addressed: an image's key is the SHA-256 of its SVG, its scale, the font files'
 *   bytes and the versions of resvg and subset-font, so an untouched figure's PNG is read
 *   back from the cache on the next build (a correction to one program re-renders only the
 *   images that show it), and a new font or renderer invalidates everything at once.
 * - Drawn with the build's cut of the fonts where it covers the text (font-subset.ts): the
 *   same pixels, without loading 4.7 MB of font per image.
 * - In parallel: resvg's `renderAsync` rasterizes on libuv's thread pool, so the PNG routes,
 *   which Astro renders several at a time (build.concurrency), keep every core busy.
 * - The cache is `.tmp/image-cache/` (kept out of git with .tmp/; safe to delete: the next
 *   build renders everything again). IMAGE_CACHE_DIR moves it, e.g. to a folder CI keeps.
 *   A file is written under a temporary name and renamed, so a killed build never leaves a
 *   half-written PNG under a key.
 * - Sharded (IMAGE_SHARD=i/n, set by `npm run build -- --shard i/n`): an image whose key is
 *   outside shard i is read from the cache if it is there and otherwise not rendered: the
 *   route gets an empty body, which is never written to the cache (image-shard.ts).
 * - A long build prints its progress (image-progress.ts): each image ready is counted, and
 *   the PNG routes announce how many are coming with expectImages.
 */
export interface CacheStats {
  reused: number;
  rendered: number;
  /** Left to the other shards: not in the cache, outside this build's IMAGE_SHARD. */
  skipped: number;
  /** Milliseconds spent rendering the cache misses (summed over parallel renders). */
  renderMs: number;
}

// One tally per process: the build's page chunks and the integration that prints the
// summary are different module instances (per-process.ts).
export function cacheStats(): CacheStats {
  return perProcess<CacheStats>("png-cache.stats", () => ({ reused: 0, rendered: 0, skipped: 0, renderMs: 0 }));
}

export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env["IMAGE_CACHE_DIR"] || join(process.cwd(), ".tmp", "image-cache");
}

const fontDigests = new Map<string, string>();

/** The fonts' part of the key: their bytes' hash, computed once per file and process. */
function fontsDigest(fontFiles: string[]): string {
  return fontFiles
    .map((file) => {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let digest = fontDigests.get(key);
      if (!digest) fontDigests.set(key, (digest = createHash("sha256").update(readFileSync(file)).digest("hex")));
      return digest;
    })
    .join(",");
}

let renderersVersion: string | undefined;

export interface CachedPngOptions {
  scale?: number;
  fontFiles?: string[];
  cacheDir?: string;
  /** The shard this process renders; IMAGE_SHARD's unless told, null for every image. */
  shard?: Shard | null;
}

// What draws an image: resvg, and the subsetter that cuts its fonts (font-subset.ts).
const RENDERERS = ["@resvg/resvg-js", "subset-font"];
const packageVersion = (name: string) =>
  (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;

/** The cache key of one image (exported for the tests and the benchmark). */
export function pngCacheKey(svg: string, { scale = PNG_SCALE, fontFiles = pretendardFiles() }: CachedPngOptions = {}) {
  renderersVersion ??= RENDERERS.map((name) => `${name} ${packageVersion(name)}`).join("\n");
  return createHash("sha256")
    .update(`${renderersVersion}\nscale ${scale}\nfonts ${fontsDigest(fontFiles)}\n`)
    .update(svg)
    .digest("hex");
}

// Renders under way by cache file: a renamed figure's former ids ask for the same image
// while it is still rendering, and wait for that render instead of starting another.
const rendering = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The PNG of `svg`: from the cache when an identical image was rendered before, else rendered and stored. */
export async function cachedPng(svg: string, options: CachedPngOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { scale = PNG_SCALE, fontFiles = pretendardFiles(), cacheDir = imageCacheDir() } = options;
  const shard = options.shard === undefined ? shardOf() : options.shard;
  const key = pngCacheKey(svg, { scale, fontFiles });
  const file = join(cacheDir, key.slice(0, 2), `${key}.png`);
  let png = rendering.get(file);
  if (!png) {
    const render = {
      scale,
      fontFiles,
      fontsDir: join(cacheDir, "fonts"),
      otherShard: shard !== null && !inShard(key, shard),
    };
    png = readOrRender(svg, file, render).finally(() => rendering.delete(file));
    rendering.set(file, png);
  }
  const bytes = await png;
  noteImageDone(cacheStats());
  return bytes;
}

/**
 * Called by a PNG route's getStaticPaths with its paths, which it returns, so the progress
 * line knows how many images are coming:
 *   export const getStaticPaths = () => figurePathsWithFormerIds().then(expectImages);
 */
export function expectImages<T>(paths: T[]): T[] {
  sharedProgress().expected += paths.length;
  return paths;
}

interface Render {
  scale: number;
  fontFiles: string[];
  /** Where the build's cut of the fonts goes (font-subset.ts): beside the images. */
  fontsDir: string;
  /** Outside this build's shard: read from the cache, never rendered. */
  otherShard: boolean;
}

async function readOrRender(svg: string, file: string, { scale, fontFiles, fontsDir, otherShard }: Render) {
  const stats = cacheStats();
  try {
    const png = Uint8Array.from(readFileSync(file));
    stats.reused += 1;
    return png;
  } catch {
    // Not rendered yet (or the cache was deleted): render it now, unless another shard does.
  }
  if (otherShard) {
    // A shard build's output is never published; the final build renders or reads the real image.
    stats.skipped += 1;
    return new Uint8Array(0);
  }
  const started = performance.now();
  // The build's cut of the fonts draws the same pixels, several times faster (font-subset.ts).
  const image = await renderAsync(svg, resvgOptions(scale, await fontFilesFor(svg, fontFiles, fontsDir)));
  const png = Uint8Array.from(image.asPng());
  stats.rendered += 1;
  stats.renderMs += performance.now() - started;
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/** An Astro endpoint's response for a cached PNG. */
export async function pngResponse(svg: string, options: CachedPngOptions = {}): Promise<Response> {
  return new Response(await cachedPng(svg, options), { headers: { "Content-Type": "image/png" } });
}
