import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { codeFingerprint } from "./code-fingerprint.ts";

/**
 * A folder of JSON values kept between builds, each under the digest of what it was
 * computed from (the caller's key: its inputs and the code fingerprint). Out of git with
 * .tmp/ and safe to delete: a missing or unreadable value is computed again. A value is
 * written under a temporary name and renamed, so a killed build never leaves half a file
 * under a key.
 */
export interface JsonCache {
  /** The value stored under `key`, or computed (and stored) when there is none. */
  get<T>(key: string, compute: () => T): T;
  /** The same for a value computed asynchronously. */
  getAsync<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function buildCacheDir(root: string = process.cwd()): string {
  return join(root, ".tmp", "value-cache");
}

export function jsonCache(dir: string): JsonCache {
  const fileOf = (key: string) => {
    const digest = createHash("sha256").update(key).digest("hex");
    return join(dir, digest.slice(0, 2), `${digest}.json`);
  };
  const read = <T>(file: string): { value: T } | null => {
    try {
      return { value: JSON.parse(readFileSync(file, "utf8")) as T };
    } catch {
      return null; // not computed yet, deleted, or cut short: computed again
    }
  };
  const write = (file: string, value: unknown) => {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
  };
  return {
    get<T>(key: string, compute: () => T): T {
      const file = fileOf(key);
      const found = read<T>(file);
      if (found) return found.value;
      const value = compute();
      write(file, value);
      return value;
    },
    async getAsync<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const file = fileOf(key);
      const found = read<T>(file);
      if (found) return found.value;
      const value = await compute();
      write(file, value);
      return value;
    },
  };
}

/** `cache` with every key prefixed: one folder holds the values of several purposes. */
export function scoped(cache: JsonCache, prefix: string): JsonCache {
  return {
    get: (key, compute) => cache.get(`${prefix}${key}`, compute),
    getAsync: (key, compute) => cache.getAsync(`${prefix}${key}`, compute),
  };
}

/**
 * A build's values for one purpose ("embeddable", "search-text", "validation"), in
 * .tmp/value-cache/, each key taking the purpose and the code fingerprint, so no caller can
 * forget that a value the code computed is stale once the code changes. `codeRoot` is where
 * the code is (the project; a test may work on another folder with this project's code).
 */
export function buildValues(
  purpose: string,
  {
    root = process.cwd(),
    dir = buildCacheDir(root),
    codeRoot = root,
  }: { root?: string; dir?: string; codeRoot?: string } = {},
): JsonCache {
  return scoped(jsonCache(dir), `${purpose}\n${codeFingerprint(codeRoot)}\n`);
}

/** A cache that keeps nothing: the live preview's, whose code changes while it runs. */
export const NO_CACHE: JsonCache = { get: (_key, compute) => compute(), getAsync: (_key, compute) => compute() };
