import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildValues, jsonCache, NO_CACHE, scoped } from "../../src/cache/json-cache.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "json-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe("jsonCache", () => {
  it("computes a value once and reads it back in a later build (a new cache over the same folder)", () => {
    const dir = tempDir();
    let runs = 0;
    const compute = () => ({ heights: [361, 402], runs: ++runs });
    expect(jsonCache(dir).get("figure a", compute)).toEqual({ heights: [361, 402], runs: 1 });
    expect(jsonCache(dir).get("figure a", compute)).toEqual({ heights: [361, 402], runs: 1 });
    expect(runs).toBe(1);
  });

  it("computes again for another key, and keeps both", () => {
    const dir = tempDir();
    const cache = jsonCache(dir);
    expect(cache.get("a", () => 1)).toBe(1);
    expect(cache.get("b", () => 2)).toBe(2);
    expect(cache.get("a", () => 3)).toBe(1);
    expect(files(dir)).toHaveLength(2);
  });

  it("keeps null and false as values, not as misses", () => {
    const cache = jsonCache(tempDir());
    cache.get("nothing", () => null);
    expect(cache.get("nothing", () => "computed again")).toBeNull();
    cache.get("no", () => false);
    expect(cache.get("no", () => true)).toBe(false);
  });

  it("computes again when the stored file was deleted or cut short, and leaves no partial file", async () => {
    const dir = tempDir();
    const cache = jsonCache(dir);
    cache.get("a", () => ({ n: 1 }));
    const [file] = files(dir);
    writeFileSync(file!, '{"n": ');
    expect(cache.get("a", () => ({ n: 2 }))).toEqual({ n: 2 });
    expect(JSON.parse(readFileSync(file!, "utf8"))).toEqual({ n: 2 });
    rmSync(dir, { recursive: true });
    expect(await cache.getAsync("a", async () => ({ n: 3 }))).toEqual({ n: 3 });
    expect(files(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });

  it("getAsync reuses what get stored under the same key", async () => {
    const cache = jsonCache(tempDir());
    cache.get("k", () => "stored");
    expect(await cache.getAsync("k", async () => "computed")).toBe("stored");
  });

  it("NO_CACHE computes every time", async () => {
    let runs = 0;
    NO_CACHE.get("k", () => ++runs);
    NO_CACHE.get("k", () => ++runs);
    await NO_CACHE.getAsync("k", async () => ++runs);
    expect(runs).toBe(3);
  });
});

describe("scoped and buildValues", () => {
  it("keeps the values of two scopes of one folder apart", () => {
    const dir = tempDir();
    scoped(jsonCache(dir), "a\n").get("k", () => "of a");
    expect(scoped(jsonCache(dir), "b\n").get("k", () => "of b")).toBe("of b");
    expect(scoped(jsonCache(dir), "a\n").get("k", () => "again")).toBe("of a");
  });

  it("buildValues scopes by purpose and by the code: a change to the code computes again", () => {
    const dir = tempDir();
    const code = mkdtempSync(join(tmpdir(), "build-values-code-"));
    dirs.push(code);
    mkdirSync(join(code, "src"));
    writeFileSync(join(code, "src/a.ts"), "export const a = 1;\n");
    const values = (purpose: string) => buildValues(purpose, { root: code, dir, codeRoot: code });
    values("heights").get("figure", () => 1);
    expect(values("heights").get("figure", () => 2)).toBe(1);
    expect(values("search-text").get("figure", () => 3)).toBe(3);
    // The fingerprint is kept per process and folder: the changed code is another folder.
    const changed = mkdtempSync(join(tmpdir(), "build-values-code-"));
    dirs.push(changed);
    mkdirSync(join(changed, "src"));
    writeFileSync(join(changed, "src/a.ts"), "export const a = 2;\n");
    expect(buildValues("heights", { root: changed, dir, codeRoot: changed }).get("figure", () => 4)).toBe(4);
  });
});
