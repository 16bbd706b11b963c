/**
 * The build's image cache (src/downloads/png-cache.ts): an image is rendered once, read back
 * on the next build while its SVG, scale, fonts and renderer are the same, rendered again
 * when any of them changes, and a deleted cache only costs a render.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { imageCacheSummary } from "../../src/downloads/image-cache-summary.ts";
import { inShard, type Shard } from "../../src/downloads/image-shard.ts";
import { cachedPng, cacheStats, pngCacheKey } from "../../src/downloads/png-cache.ts";
import { pretendardFiles, renderPng } from "../../src/downloads/png.ts";

const cacheDir = mkdtempSync(join(tmpdir(), "png-cache-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="30"><text x="4" y="22" font-size="18">${text}</text></svg>`;

/** What one call did to the process's tally. */
async function counted(run: () => Promise<Uint8Array>) {
  const before = { ...cacheStats() };
  const png = await run();
  const after = cacheStats();
  return {
    png,
    rendered: after.rendered - before.rendered,
    reused: after.reused - before.reused,
    skipped: after.skipped - before.skipped,
  };
}

const cachedFiles = () => readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith(".png"));

describe("the content-addressed PNG cache", () => {
  it("renders a new image once, with the same bytes as the synchronous renderer", async () => {
    const first = await counted(() => cachedPng(svg("고양"), { cacheDir }));
    expect(first).toMatchObject({ rendered: 1, reused: 0 });
    expect(Buffer.from(first.png).equals(Buffer.from(renderPng(svg("고양")).png))).toBe(true);
    expect(cachedFiles()).toHaveLength(1);
  });

  it("reads an unchanged image back from the cache instead of rendering it", async () => {
    const again = await counted(() => cachedPng(svg("고양"), { cacheDir }));
    expect(again).toMatchObject({ rendered: 0, reused: 1 });
    expect(Buffer.from(again.png).equals(Buffer.from(renderPng(svg("고양")).png))).toBe(true);
  });

  it("renders again when the SVG or the scale changes, and keeps the first image", async () => {
    expect(await counted(() => cachedPng(svg("일산"), { cacheDir }))).toMatchObject({ rendered: 1, reused: 0 });
    const scaled = await counted(() => cachedPng(svg("고양"), { cacheDir, scale: 1 }));
    expect(scaled).toMatchObject({ rendered: 1, reused: 0 });
    expect(Buffer.from(scaled.png).equals(Buffer.from(renderPng(svg("고양"), { scale: 1 }).png))).toBe(true);
    expect(cachedFiles()).toHaveLength(3);
  });

  it("keys on the fonts' bytes, not their names: a changed font file is a new key", () => {
    const [regular, semibold] = pretendardFiles();
    const copy = join(cacheDir, "font.otf");
    copyFileSync(regular!, copy);
    const key = pngCacheKey(svg("고양"), { fontFiles: [copy] });
    expect(pngCacheKey(svg("고양"), { fontFiles: [regular!] })).toBe(key);
    copyFileSync(semibold!, copy);
    expect(pngCacheKey(svg("고양"), { fontFiles: [copy] })).not.toBe(key);
  });

  it("is safe to delete: the next call renders the image again", async () => {
    for (const entry of readdirSync(cacheDir)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
    expect(await counted(() => cachedPng(svg("고양"), { cacheDir }))).toMatchObject({ rendered: 1, reused: 0 });
  });

  it("renders many images concurrently, each once", async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `사업 ${i}`);
    const result = await counted(async () => {
      await Promise.all(texts.map((t) => cachedPng(svg(t), { cacheDir })));
      return new Uint8Array();
    });
    expect(result).toMatchObject({ rendered: 6, reused: 0 });
  });

  it("renders an image asked for twice at once (a renamed figure's former id) only once", async () => {
    const both = await counted(async () => {
      const [first, second] = await Promise.all([
        cachedPng(svg("같은 그림"), { cacheDir }),
        cachedPng(svg("같은 그림"), { cacheDir }),
      ]);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      return first;
    });
    expect(both).toMatchObject({ rendered: 1, reused: 0 });
  });
});

describe("a shard build's images (IMAGE_SHARD=i/n)", () => {
  const shardDir = mkdtempSync(join(tmpdir(), "png-cache-shard-"));
  afterAll(() => rmSync(shardDir, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  const shard: Shard = { index: 2, count: 3 };
  const texts = Array.from({ length: 12 }, (_, i) => `샤드 ${i}`);
  const mine = texts.filter((t) => inShard(pngCacheKey(svg(t)), shard));
  const others = texts.filter((t) => !mine.includes(t));
  const shardFiles = () =>
    readdirSync(shardDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".png"));

  it("has images in and outside the shard to test with", () => {
    expect(mine.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
  });

  it("renders the shard's images into the cache and writes nothing for the others", async () => {
    const result = await counted(async () => {
      for (const t of texts) {
        const png = await cachedPng(svg(t), { cacheDir: shardDir, shard });
        expect(png.length > 0, t).toBe(mine.includes(t));
      }
      return new Uint8Array();
    });
    expect(result).toMatchObject({ rendered: mine.length, reused: 0, skipped: others.length });
    expect(shardFiles().sort()).toEqual(
      mine.map((t) => `${pngCacheKey(svg(t)).slice(0, 2)}/${pngCacheKey(svg(t))}.png`).sort(),
    );
  });

  it("reads IMAGE_SHARD unless told, and refuses a malformed one", async () => {
    vi.stubEnv("IMAGE_SHARD", "2/3");
    expect(await counted(() => cachedPng(svg(others[0]!), { cacheDir: shardDir }))).toMatchObject({ skipped: 1 });
    vi.stubEnv("IMAGE_SHARD", "4/3");
    await expect(cachedPng(svg(others[0]!), { cacheDir: shardDir })).rejects.toThrow("invalid IMAGE_SHARD");
    expect(shardFiles()).toHaveLength(mine.length);
  });

  it("leaves the other images to a build without a shard, which reuses the shard's", async () => {
    const full = await counted(async () => {
      await Promise.all(texts.map((t) => cachedPng(svg(t), { cacheDir: shardDir, shard: null })));
      return new Uint8Array();
    });
    expect(full).toMatchObject({ rendered: others.length, reused: mine.length, skipped: 0 });
  });

  it("reads an image outside the shard that is already in the cache", async () => {
    const png = await counted(() => cachedPng(svg(others[0]!), { cacheDir: shardDir, shard }));
    expect(png).toMatchObject({ reused: 1, skipped: 0 });
    expect(Buffer.from(png.png).equals(Buffer.from(renderPng(svg(others[0]!)).png))).toBe(true);
  });
});

describe("the build's image summary", () => {
  it("says how many images were rendered and how many reused", () => {
    expect(imageCacheSummary({ reused: 14, rendered: 2, renderMs: 1430 })).toBe(
      "images: 2 rendered (1.4 s of rendering), 14 reused from the cache",
    );
    expect(imageCacheSummary({ reused: 16, rendered: 0, renderMs: 0 })).toBe(
      "images: none rendered, 16 reused from the cache",
    );
  });

  it("says how many were left to the other shards in a shard build", () => {
    expect(imageCacheSummary({ reused: 3, rendered: 40, skipped: 85, renderMs: 9_140 }, { index: 2, count: 3 })).toBe(
      "images: 40 rendered (9.1 s of rendering), 3 reused from the cache, 85 left to the other shards (shard 2/3)",
    );
    expect(imageCacheSummary({ reused: 3, rendered: 0, skipped: 0, renderMs: 0 }, { index: 1, count: 3 })).toBe(
      "images: none rendered, 3 reused from the cache, none left to the other shards (shard 1/3)",
    );
  });
});
