import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./site-data";

/** What a build of the project needs: everything an editor or developer commits. */
const PROJECT_ENTRIES = ["src", "content", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * A throwaway copy of the project (node_modules linked, not copied) where a test can
 * plant a defect and run the real `npm run build` (src/cli/build.ts). The working tree
 * is never touched.
 */
export class ProjectCopy {
  readonly dir = mkdtempSync(join(tmpdir(), "goyang-build-"));

  constructor() {
    for (const entry of PROJECT_ENTRIES) cpSync(join(ROOT, entry), join(this.dir, entry), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(this.dir, "node_modules"), "dir");
  }

  get dist(): string {
    return join(this.dir, "dist");
  }

  /** Rewrites one file of the copy, e.g. copy.edit("data/awards.json", (t) => t.replace(...)). */
  edit(file: string, change: (text: string) => string): this {
    const path = join(this.dir, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
    return this;
  }

  build(env: Record<string, string> = {}): BuildRun {
    const run = spawnSync(process.execPath, [join(this.dir, "src/cli/build.ts")], {
      cwd: this.dir,
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      timeout: 180_000,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface BuildResult extends BuildRun {
  dir: string;
  dist: string;
  cleanup(): void;
}

/** Copies the project, lets `mutate` change the copy, builds it once. */
export function buildProjectCopy(mutate: (dir: string) => void = () => {}): BuildResult {
  const copy = new ProjectCopy();
  mutate(copy.dir);
  return { ...copy.build(), dir: copy.dir, dist: copy.dist, cleanup: () => copy.cleanup() };
}
