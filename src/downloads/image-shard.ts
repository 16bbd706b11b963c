/**
 * Image shards: `npm run build -- --shard 2/3` renders only the images of shard 2 of 3 into
 * the shared image cache, so several CI runners can split a large archive's rendering and a
 * last, ordinary build reuses every image (docs/publishing.md, "Sharding the images").
 *
 *   parseShard("2/3") → { index: 2, count: 3 }
 *   parseShard("4/3") → Error: expected i/n, whole numbers with 1 ≤ i ≤ n (e.g. 2/3), not "4/3"
 *   inShard("a3f0…", { index: 2, count: 3 }) → whether parseInt("a3f0…".slice(0, 8), 16) % 3 is 1
 *
 * The shard of an image is a function of its cache key (hex SHA-256) alone, so every runner
 * agrees on it without talking to the others, and every image is in exactly one shard.
 */
export interface Shard {
  /** 1-based: shard 1 of 3 is the first. */
  index: number;
  count: number;
}

/** The environment variable a shard build's Astro process reads (set by src/cli/build.ts). */
export const SHARD_ENV = "IMAGE_SHARD";

export function parseShard(text: string): Shard | Error {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) {
    return new Error(`expected i/n, whole numbers with 1 ≤ i ≤ n (e.g. 2/3), not "${text}"`);
  }
  return { index, count };
}

export function formatShard({ index, count }: Shard): string {
  return `${index}/${count}`;
}

/** Whether the image whose cache key is `key` (hex) is rendered by `shard`. */
export function inShard(key: string, { index, count }: Shard): boolean {
  return parseInt(key.slice(0, 8), 16) % count === index - 1;
}

/** The shard of this process (IMAGE_SHARD), or null when it renders every image; throws on a malformed value. */
export function shardOf(env: NodeJS.ProcessEnv = process.env): Shard | null {
  const value = env[SHARD_ENV];
  if (value === undefined || value === "") return null;
  const shard = parseShard(value);
  if (shard instanceof Error) throw new Error(`invalid ${SHARD_ENV}: ${shard.message}`);
  return shard;
}
