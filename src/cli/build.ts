/**
 * `npm run build`: builds into a fresh folder beside dist/ and swaps it in only when the
 * build succeeded, so a failed build (a broken data file, a bad directive) leaves the
 * previously published dist/ byte for byte as it was. Runs on the project's Node 24,
 * which strips the types of this file itself.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const root = process.cwd();
const dist = join(root, "dist");
const staging = join(root, ".tmp");
mkdirSync(staging, { recursive: true });
const outDir = mkdtempSync(join(staging, "build-"));

const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");
const result = spawnSync(
  process.execPath,
  [astro, "build", "--outDir", relative(root, outDir), ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  },
);

if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nbuild failed: dist/ was left as it was${existsSync(dist) ? "" : " (there was none)"}.`);
  process.exit(result.status ?? 1);
}

// Two renames on one file system: dist/ is never half old, half new.
const previous = existsSync(dist) ? join(staging, `previous-${Date.now()}`) : null;
if (previous) renameSync(dist, previous);
renameSync(outDir, dist);
if (previous) rmSync(previous, { recursive: true, force: true });
console.log("build: dist/ replaced with the new build.");
