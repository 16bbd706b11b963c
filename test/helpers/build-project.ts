import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./site-data.ts";

/**
 * Vitest puts import.meta.env's defaults into process.env (BASE_URL=/, MODE=test, DEV=1,
 * PROD=, SSR=1, NODE_ENV=test); a child build would inherit them and Astro reads them at
 * render time, so BASE_URL=/ would override a configured BASE_PATH. A test's build gets
 * the environment a developer's shell would give it.
 */
const VITEST_ENV = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]);

function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith("VITEST")),
  );
}

/**
 * The address test builds are published at: `npm run build` fails under CI without a
 * SITE_URL (src/publish/site-url.ts), so every test build names one unless it passes its own,
 * and tests read absolute URLs from it, never "http://localhost:4321".
 */
export const TEST_SITE_URL = "https://goyang-jobs.example";

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

  /**
   * `from` is the project to copy: the repository unless told. Another copy's directory gives
   * a second copy of exactly the same sources, however the working tree changed since.
   */
  constructor(from: string = ROOT) {
    for (const entry of PROJECT_ENTRIES) cpSync(join(from, entry), join(this.dir, entry), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(this.dir, "node_modules"), "dir");
  }

  get dist(): string {
    return join(this.dir, "dist");
  }

  /**
   * Replaces the copy's data/ and content/stories with the tests' own (test/fixtures/site),
   * for a test that plants defects by value or expects values: an editor's correction to
   * the repository's data/ must not reach it.
   */
  useFixtureSite(): this {
    for (const dir of ["data", "content/stories"]) {
      rmSync(join(this.dir, dir), { recursive: true, force: true });
      cpSync(join(ROOT, "test/fixtures/site", dir), join(this.dir, dir), { recursive: true });
    }
    return this;
  }

  /** Rewrites one file of the copy, e.g. copy.edit("data/awards.json", (t) => t.replace(...)). */
  edit(file: string, change: (text: string) => string): this {
    const path = join(this.dir, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
    return this;
  }

  private buildCommand(env: Record<string, string>) {
    return {
      args: [join(this.dir, "src/cli/build.ts")],
      options: {
        cwd: this.dir,
        env: {
          ...buildEnvironment(),
          ASTRO_TELEMETRY_DISABLED: "1",
          NO_COLOR: "1",
          FORCE_COLOR: "0",
          SITE_URL: TEST_SITE_URL,
          ...env,
        },
      },
    };
  }

  build(env: Record<string, string> = {}): BuildRun {
    const { args, options } = this.buildCommand(env);
    const run = spawnSync(process.execPath, args, { ...options, encoding: "utf8", timeout: 180_000 });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  }

  /**
   * The same build without blocking the process, so that several builds (or a build and
   * other tests) can share the machine's cores. Killed after `timeout` ms, like build().
   */
  buildAsync(env: Record<string, string> = {}, { timeout = 180_000 } = {}): Promise<BuildRun> {
    const { args, options } = this.buildCommand(env);
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const timer = setTimeout(() => child.kill("SIGTERM"), timeout);
      child.on("error", (error) => {
        clearTimeout(timer);
        resolve({ status: null, output: `${stdout}\n${stderr}\n${error.message}` });
      });
      child.on("close", (status) => {
        clearTimeout(timer);
        resolve({ status, output: `${stdout}\n${stderr}` });
      });
    });
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
