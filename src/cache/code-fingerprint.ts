import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { hashFile, hashFolder } from "./file-digest.ts";

/**
 * What the project's code is: the digest of every file under src/, the Astro config and the
 * installed packages' lockfile (node_modules/.package-lock.json, npm's record of what is
 * installed). A value cached between builds that the code computed (a figure's heights, a
 * validation result) is keyed on it as well as on its inputs, so any change to the code,
 * however small, recomputes everything: a stale cache can cost a rebuild, never a wrong page.
 */
export function codeFingerprint(given: string = process.cwd()): string {
  const root = resolve(given);
  let print = fingerprints.get(root);
  if (print === undefined) fingerprints.set(root, (print = computeFingerprint(root)));
  return print;
}

// Once per process: a build's code does not change while it runs. (The live preview, whose
// code does, never caches computed values: see the callers.)
const fingerprints = new Map<string, string>();

const FILES = ["astro.config.mjs", "package.json", "node_modules/.package-lock.json"];

function computeFingerprint(root: string): string {
  const hash = createHash("sha256");
  hashFolder(hash, root, "src");
  for (const file of FILES) hashFile(hash, root, file);
  return hash.digest("hex");
}
