import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { hashFolder } from "../cache/file-digest.ts";
import { buildValues } from "../cache/json-cache.ts";
import { validateProject, type ValidatedProject } from "./index.ts";

/** The folders the pipeline reads (as src/validate/fingerprint.ts watches them). */
const INPUTS = ["data", "content"];

/** The digest of every file under data/ and content/: its path and its bytes. */
export function inputsDigest(root: string): string {
  const hash = createHash("sha256");
  for (const folder of INPUTS) hashFolder(hash, resolve(root), folder);
  return hash.digest("hex");
}

/**
 * validateProject, for a build: `npm run build` validates in its preflight and again in
 * Astro's loaders (two processes), and a rebuild of unchanged files validates what it
 * validated before. The result is kept in .tmp/value-cache/ under the digest of the files'
 * bytes and the code fingerprint, so the pipeline runs once per change of either; any
 * edit, however small, runs it in full. The live preview, whose code changes while it
 * runs, calls validateProject itself. `codeRoot` is where the code is (the project; a
 * test validates another folder with this project's code).
 */
export function validateProjectCached(
  given: string,
  { cacheDir, codeRoot }: { cacheDir?: string; codeRoot?: string } = {},
): Promise<ValidatedProject> {
  // One spelling of the folder: the loaders are given Astro's root URL, with a trailing slash,
  // the preflight the working directory, without; both must find the same entry.
  const root = resolve(given);
  const values = buildValues("validation", {
    root,
    codeRoot: codeRoot ?? root,
    ...(cacheDir ? { dir: cacheDir } : {}),
  });
  return values.getAsync(`${root}\n${inputsDigest(root)}`, () => validateProject(root));
}
