import { spawnSync } from "node:child_process";

/**
 * Vitest puts import.meta.env's defaults (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV) and
 * its own VITEST* variables into process.env; a child Astro process would read them.
 * A child gets the environment a developer's shell would give it.
 */
const VITEST_ENV = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]);

export function shellEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith("VITEST")),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run --silent <script> -- <args>` in `dir`, exactly as an editor types it. */
export function npmRun(dir: string, script: string, args: string[] = [], timeout = 120_000): CliRun {
  const run = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: shellEnvironment(),
    timeout,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Line and column (1-based) where `needle` first occurs in `text`. */
export function placeOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`placeOf: ${JSON.stringify(needle)} not found`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
