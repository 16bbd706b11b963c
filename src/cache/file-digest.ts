import type { Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Adds every file under `root`/`folder` to `hash`, in path order: its path relative to
 * `root`, its size and its bytes (never its time, so two checkouts of the same files agree).
 * A missing folder is hashed as missing. What the code fingerprint and the validation
 * cache's key are made of.
 */
export function hashFolder(hash: Hash, root: string, folder: string): void {
  let files: string[];
  try {
    files = readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
      .sort();
  } catch {
    hash.update(`${folder}: missing\n`);
    return;
  }
  for (const file of files) hashFile(hash, root, file);
}

/** Adds one file (by its path relative to `root`) to `hash`, or that it is missing. */
export function hashFile(hash: Hash, root: string, file: string): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch {
    hash.update(`${file}: missing\n`);
    return;
  }
  hash.update(`${file}: ${bytes.length}\n`).update(bytes);
}
