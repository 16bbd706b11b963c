import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** SHA-256 of every file under `dir`, keyed by relative path, in sorted order. */
export function distManifest(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Object.fromEntries(
    files.map((file) => [relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex")]),
  );
}
