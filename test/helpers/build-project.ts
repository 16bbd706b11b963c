import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./site-data";

/** What a build of the project needs: everything an editor or developer commits. */
const PROJECT_ENTRIES = ["src", "content", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
  dist: string;
  cleanup(): void;
}

/**
 * Runs the real `astro build` on a copy of the project, after `mutate` has edited the
 * copy (to plant a broken fixture). The working tree is never touched.
 */
export function buildProjectCopy(mutate: (dir: string) => void = () => {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), "goyang-build-"));
  for (const entry of PROJECT_ENTRIES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  mutate(dir);
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 120_000,
  });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    dir,
    dist: join(dir, "dist"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
