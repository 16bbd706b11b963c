/**
 * One real build per configuration for the whole test run, shared by every test file that
 * needs it. test/global-setup.ts provides a state folder; the first test file to ask for a
 * configuration takes its lock there, copies the project and builds it (without blocking
 * its worker), and writes the result; every other file, in any worker, waits for that
 * result and reads the same dist/. The global teardown removes the copies. Nothing is
 * built until a test asks, so a run of unit tests alone builds nothing.
 *
 * Test files must only read a shared build: a test that changes files copies dist/ first.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { COPIES_DIR } from "../global-setup.ts";
import { ProjectCopy, TEST_SITE_URL, type BuildRun } from "./build-project.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** test/global-setup.ts's folder of shared builds (locks, results, copies to remove). */
    sharedBuildState: string;
  }
}

export interface SharedBuild extends BuildRun {
  /** The project copy that was built: a second copy made from it has exactly the same sources. */
  dir: string;
  dist: string;
}

/** The environment of each shared configuration, by name. */
export const CONFIGURATIONS = {
  /** A production build at the site root: `SITE_URL=https://goyang-jobs.example npm run build`. */
  site: { SITE_URL: TEST_SITE_URL },
  /** A newsroom's own address under a sub-path (test/downloads/subpath.test.ts). */
  subpath: { SITE_URL: "https://news.example", BASE_PATH: "/goyang/" },
} as const satisfies Record<string, Record<string, string>>;

export type Configuration = keyof typeof CONFIGURATIONS;

const WAIT_MS = 240_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Outside a run with test/global-setup.ts (another config), each test process builds its own copy. */
const privateBuilds = new Map<Configuration, Promise<SharedBuild>>();

async function buildInto(copy: ProjectCopy, configuration: Configuration): Promise<SharedBuild> {
  const run = await copy.buildAsync(CONFIGURATIONS[configuration]);
  return { ...run, dir: copy.dir, dist: copy.dist };
}

/**
 * The build of `configuration` for this run; built by whichever test file asks first.
 * `status` and `output` say whether it built: each caller decides what a failure means.
 */
export async function sharedBuild(configuration: Configuration): Promise<SharedBuild> {
  const state = inject("sharedBuildState");
  if (!state) {
    let build = privateBuilds.get(configuration);
    if (!build) {
      const copy = new ProjectCopy();
      process.once("exit", () => copy.cleanup());
      privateBuilds.set(configuration, (build = buildInto(copy, configuration)));
    }
    return build;
  }
  const result = join(state, `${configuration}.json`);
  let owner = false;
  try {
    mkdirSync(join(state, `${configuration}.lock`));
    owner = true;
  } catch {
    // another test file is building it
  }
  if (owner) {
    let build: SharedBuild;
    try {
      const copy = new ProjectCopy();
      writeFileSync(join(state, COPIES_DIR, configuration), copy.dir);
      build = await buildInto(copy, configuration);
    } catch (error) {
      build = { status: null, output: `the shared build could not run: ${String(error)}`, dir: "", dist: "" };
    }
    writeFileSync(`${result}.part`, JSON.stringify(build));
    renameSync(`${result}.part`, result);
    return build;
  }
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(result)) {
    if (Date.now() > deadline) throw new Error(`sharedBuild(${configuration}): no result after ${WAIT_MS / 1000} s`);
    await sleep(100);
  }
  return JSON.parse(readFileSync(result, "utf8")) as SharedBuild;
}

/** The shared build of `configuration`, or an error with the build's output if it failed. */
export async function sharedSite(configuration: Configuration): Promise<SharedBuild> {
  const build = await sharedBuild(configuration);
  if (build.status !== 0) throw new Error(`the site (${configuration}) did not build:\n${build.output}`);
  return build;
}
