/**
 * `npm run build`: checks data/ and content/ first, then builds into a fresh folder beside
 * dist/ and swaps it in only when the build succeeded, so a failed build (a broken data
 * file, a bad directive) leaves the previously published dist/ byte for byte as it was.
 * Runs on the project's Node 24, which strips the types of this file itself.
 *
 * SITE_URL first (src/publish/site-url.ts): without it every absolute URL would point at
 * http://localhost:4321, so a local build prints a loud warning and goes on, and a build
 * with CI set stops with exit 1 before anything is read, built or removed.
 *
 * Robust against being killed:
 * - staging folders are `.tmp/build-<pid>-XXXXXX`: every build first removes those whose
 *   owner is gone (and the legacy `build-XXXXXX`, and `previous-*` leftovers), never the
 *   folder of a build still running;
 * - SIGINT, SIGTERM and SIGHUP are forwarded to the Astro child, its folder is removed and
 *   nothing is swapped;
 * - the child runs with `--import src/cli/exit-with-parent.ts` and exits by itself when
 *   this process dies (SIGKILL cannot be forwarded); this process stops the child when it
 *   is orphaned itself (npm above it killed), and checks once more just before the swap.
 *
 * `npm run build -- --shard 2/3` renders only shard 2 of 3 of the images into the image
 * cache (src/downloads/image-shard.ts) for CI runners that split a large archive: Astro
 * runs with IMAGE_SHARD=2/3 and a throwaway Astro cache (ASTRO_CACHE_DIR), so the
 * incremental build never records a placeholder PNG, and its output, which is not a site
 * (the other shards' images are empty), is removed instead of swapped into dist/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { formatShard, parseShard, SHARD_ENV, type Shard } from "../downloads/image-shard.ts";
import { checkSiteUrl } from "../publish/site-url.ts";
import { formatProblems } from "../validate/format.ts";
import { isError, type Problem } from "../validate/problem.ts";
import { PARENT_PID_ENV } from "./exit-with-parent.ts";

type Validate = (root: string) => Promise<{ problems: Problem[] }>;
type Write = (text: string) => void;

/**
 * The preflight: every problem of data/ and content/ before Astro starts. Returns the exit
 * code: 0 when the build may go on (no problem, or warnings only, which are printed), 1 on
 * an error, after printing every problem once, as `npm run check` does, and that dist/ was
 * not touched. If the validation itself cannot run (a bug in it, not in the data), it says
 * so in one line and lets the build go on: Astro's loaders and schemas still stop a build
 * on a mistake.
 */
export async function preflight(root: string, validate: Validate, write: Write): Promise<0 | 1> {
  let problems: Problem[];
  try {
    ({ problems } = await validate(root));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    write(`build: the preflight check could not run (${message.split("\n")[0]}); Astro's own checks follow.\n`);
    return 0;
  }
  if (problems.length === 0) return 0;
  write(`${formatProblems(problems)}\n`);
  if (!problems.some(isError)) return 0;
  write(`\nbuild failed: mistakes in data/ or content/ (above); ${distLeft(join(root, "dist"))}.\n`);
  return 1;
}

function distLeft(dist: string): string {
  return `dist/ was left as it was${existsSync(dist) ? "" : " (there was none)"}`;
}

/**
 * `--shard i/n` (or `--shard=i/n`) taken out of the arguments that go on to Astro:
 *   takeShard(["--shard", "2/3", "--verbose"]) → { shard: { index: 2, count: 3 }, rest: ["--verbose"] }
 *   takeShard(["--verbose"])                   → { shard: null, rest: ["--verbose"] }
 *   takeShard(["--shard", "0/3"])              → Error: invalid --shard: expected i/n, … not "0/3"
 */
export function takeShard(args: readonly string[]): { shard: Shard | null; rest: string[] } | Error {
  let shard: Shard | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== "--shard" && !arg.startsWith("--shard=")) {
      rest.push(arg);
      continue;
    }
    const value = arg === "--shard" ? args[++i] : arg.slice("--shard=".length);
    if (shard) return new Error("invalid --shard: given twice");
    const parsed = parseShard(value === undefined || value.startsWith("--") ? "" : value);
    if (parsed instanceof Error) return new Error(`invalid --shard: ${parsed.message}`);
    shard = parsed;
  }
  return { shard, rest };
}

/** "build-<pid>-XXXXXX" → pid; "previous-<pid>-<n>" → pid; legacy names → "legacy"; else null. */
export function stagingOwner(name: string): number | "legacy" | null {
  const owned = /^(?:build|previous)-(\d+)-[A-Za-z0-9]+$/.exec(name);
  if (owned) return Number(owned[1]);
  if (/^build-[A-Za-z0-9]{6}$/.test(name) || /^previous-\d+$/.test(name)) return "legacy";
  return null;
}

/** Whether `pid` is a running process (a zombie is not; a process we may not signal is). */
export function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return false; // a folder named with our pid is from an earlier process
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ..."; the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc: kill(0) said it exists
  }
}

/**
 * Removes the staging folders of builds that are gone from `staging` (.tmp/). If dist/ is
 * missing because a build died between its two renames, the newest orphaned previous
 * dist/ is put back first. Returns the names removed (and restored).
 */
export function removeStaleStaging(staging: string, dist: string, isAlive = processIsAlive): string[] {
  if (!existsSync(staging)) return [];
  const stale = readdirSync(staging).filter((name) => {
    const owner = stagingOwner(name);
    return owner === "legacy" || (typeof owner === "number" && !isAlive(owner));
  });
  const done: string[] = [];
  if (!existsSync(dist)) {
    const previous = stale
      .filter((name) => name.startsWith("previous-"))
      .sort((a, b) => statSync(join(staging, b)).mtimeMs - statSync(join(staging, a)).mtimeMs)[0];
    if (previous) {
      renameSync(join(staging, previous), dist);
      done.push(`${previous} → dist/`);
      stale.splice(stale.indexOf(previous), 1);
    }
  }
  for (const name of stale) {
    rmSync(join(staging, name), { recursive: true, force: true });
    done.push(name);
  }
  return done;
}

/** /proc/<pid>/stat's ppid, or null where there is no /proc. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * The processes whose death orphans this build: the parent, and under `npm run` also the
 * parent's parent, since npm runs the script through `sh -c`, which stays alive when npm
 * is killed. Each with the ppid it had at start.
 */
function watchedAncestors(): Array<{ pid: number; ppid: number | null }> {
  const chain: Array<{ pid: number; ppid: number | null }> = [{ pid: process.pid, ppid: process.ppid }];
  if (process.env["npm_lifecycle_event"] && /^(?:sh|dash|bash)$/.test(commandOf(process.ppid))) {
    const shell = process.ppid;
    chain.push({ pid: shell, ppid: parentOf(shell) });
  }
  return chain;
}

function orphaned(chain: ReturnType<typeof watchedAncestors>): boolean {
  return chain.some(({ pid, ppid }) =>
    pid === process.pid ? process.ppid !== ppid : ppid !== null && parentOf(pid) !== ppid,
  );
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const SIGNAL_EXIT: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

async function main(): Promise<void> {
  const root = process.cwd();
  const dist = join(root, "dist");
  const staging = join(root, ".tmp");

  const args = takeShard(process.argv.slice(2));
  if (args instanceof Error) {
    console.error(`build: ${args.message}; nothing was built, ${distLeft(dist)}.`);
    process.exit(1);
  }
  const { shard, rest } = args;

  // Before anything is touched: a build for CI without SITE_URL would publish localhost URLs.
  const site = checkSiteUrl(process.env);
  if (site.kind === "fail") {
    console.error(`${site.message}\n${distLeft(dist)}.`);
    process.exit(1);
  }
  if (site.kind === "warn") console.error(site.message);

  const chain = watchedAncestors();

  mkdirSync(staging, { recursive: true });
  const removed = removeStaleStaging(staging, dist);
  if (removed.length > 0) console.log(`build: removed what killed builds left in .tmp/: ${removed.join(", ")}`);
  const left = distLeft(dist);

  const write: Write = (text) => process.stderr.write(text);
  let validate: Validate;
  try {
    // Kept in .tmp/value-cache/ for Astro's loaders, which would otherwise run it again.
    ({ validateProjectCached: validate } = await import("../validate/cached.ts"));
  } catch (error) {
    validate = () => Promise.reject(error);
  }
  if ((await preflight(root, validate, write)) !== 0) process.exit(1);
  if (orphaned(chain)) {
    console.error(`\nbuild stopped: the process that started it is gone; ${left}.`);
    process.exit(1);
  }

  // A shard's folder holds its output and its throwaway Astro cache; a full build's folder is the output.
  const stagingDir = mkdtempSync(join(staging, `build-${process.pid}-`));
  const outDir = shard ? join(stagingDir, "site") : stagingDir;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    [PARENT_PID_ENV]: String(process.pid),
  };
  if (shard) Object.assign(env, { [SHARD_ENV]: formatShard(shard), ASTRO_CACHE_DIR: join(stagingDir, "astro-cache") });
  else if (env[SHARD_ENV]) {
    // A build that is swapped into dist/ renders every image, whatever the environment says.
    console.error(`build: ${SHARD_ENV} is ignored; a shard build is npm run build -- --shard i/n.`);
    delete env[SHARD_ENV];
  }
  const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");
  const preload = pathToFileURL(join(import.meta.dirname, "exit-with-parent.ts")).href;
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", preload, astro, "build", "--outDir", relative(root, outDir), ...rest],
    { stdio: "inherit", env },
  );

  // Why the build stops before its end, if it does: a signal or this process orphaned.
  let stopped: (typeof SIGNALS)[number] | "orphaned" | null = null;
  const stop = (reason: (typeof SIGNALS)[number] | "orphaned") => {
    if (stopped) return;
    stopped = reason;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(reason === "orphaned" ? "SIGTERM" : reason);
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    }
  };
  for (const signal of SIGNALS) process.on(signal, () => stop(signal));
  const watch = setInterval(() => {
    if (orphaned(chain)) stop("orphaned");
  }, 250);

  const status = await new Promise<number>((resolve) => {
    child.on("error", (error) => {
      console.error(`build: could not start Astro: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearInterval(watch);

  if (!stopped && status === 0 && orphaned(chain)) stopped = "orphaned";
  if (stopped || status !== 0) {
    rmSync(stagingDir, { recursive: true, force: true });
    if (stopped === "orphaned") console.error(`\nbuild stopped: the process that started it is gone; ${left}.`);
    else if (stopped) console.error(`\nbuild stopped by ${stopped}; ${left}.`);
    else console.error(`\nbuild failed: ${left}.`);
    process.exit(stopped === "orphaned" ? 1 : stopped ? SIGNAL_EXIT[stopped] : status);
  }

  if (shard) {
    rmSync(stagingDir, { recursive: true, force: true });
    const { imageCacheDir } = await import("../downloads/png-cache.ts");
    console.log(
      `build: shard ${formatShard(shard)} done, its images are in ${relative(root, imageCacheDir()) || "."}/ (how many: the images: line above); ${left}: a shard's output is not a site.`,
    );
    return;
  }

  // Two renames on one file system: dist/ is never half old, half new.
  const previous = existsSync(dist) ? join(staging, `previous-${process.pid}-${Date.now()}`) : null;
  if (previous) renameSync(dist, previous);
  renameSync(outDir, dist);
  if (previous) rmSync(previous, { recursive: true, force: true });
  console.log("build: dist/ replaced with the new build.");
}

if (import.meta.main) await main();
