/**
 * The unit suite's global set-up: a folder where test files share one real build per
 * configuration (test/helpers/shared-build.ts), and the removal of those builds at the end.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

/** Where the copies to remove at the end are listed: one file per copy, holding its directory. */
export const COPIES_DIR = "copies";

/** Removes every shared build and its lock and result, leaving an empty state folder. */
function reset(state: string): void {
  const copies = join(state, COPIES_DIR);
  for (const name of readdirSync(copies)) {
    const dir = readFileSync(join(copies, name), "utf8");
    if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
  }
  for (const name of readdirSync(state)) rmSync(join(state, name), { recursive: true, force: true });
  mkdirSync(copies);
}

export default function setup(project: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "goyang-shared-builds-"));
  mkdirSync(join(state, COPIES_DIR));
  project.provide("sharedBuildState", state);
  // In watch mode a rerun follows an edit, so it builds again rather than reuse the last build.
  project.onTestsRerun(() => reset(state));
  return () => {
    reset(state);
    rmSync(state, { recursive: true, force: true });
  };
}
