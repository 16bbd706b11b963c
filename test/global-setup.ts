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

export default function setup(project: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "goyang-shared-builds-"));
  mkdirSync(join(state, COPIES_DIR));
  project.provide("sharedBuildState", state);
  return () => {
    for (const name of readdirSync(join(state, COPIES_DIR))) {
      const dir = readFileSync(join(state, COPIES_DIR, name), "utf8");
      if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
    }
    rmSync(state, { recursive: true, force: true });
  };
}
