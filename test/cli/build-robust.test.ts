import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { preflight, processIsAlive, removeStaleStaging, stagingOwner } from "../../src/cli/build.ts";
import type { Problem } from "../../src/validate/problem.ts";
import { ProjectCopy, TEST_SITE_URL } from "../helpers/build-project.ts";
import { shellEnvironment } from "./run-cli.ts";
import { sampleProblem } from "../helpers/problem.ts";

/**
 * `npm run build` (src/cli/build.ts) when things go wrong: mistakes found before Astro
 * starts, staging folders left by killed builds, and a build killed with SIGKILL.
 */

const problem = (overrides: Partial<Problem> = {}): Problem => sampleProblem({ ...overrides });

async function runPreflight(validate: (root: string) => Promise<{ problems: Problem[] }>) {
  let output = "";
  const code = await preflight("/nonexistent-project", validate, (text) => (output += text));
  return { code, output };
}

describe("build preflight (validateProject before Astro)", () => {
  it("stops with exit code 1 on an error, printing it once and no stack trace", async () => {
    const { code, output } = await runPreflight(async () => ({ problems: [problem()] }));
    expect(code).toBe(1);
    expect(output.split("예산 금액은 원 단위 정수로 적어야 합니다.").length - 1).toBe(1);
    expect(output).toContain("data/programs/job-school.json:5:15");
    expect(output).toContain("dist/ was left as it was");
    expect(output).not.toMatch(/^\s+at /m);
  });

  it("prints warnings and goes on", async () => {
    const warning = problem({ severity: "warning", ruleId: "lint/x", message: "줄 끝에 공백이 있습니다." });
    const { code, output } = await runPreflight(async () => ({ problems: [warning] }));
    expect(code).toBe(0);
    expect(output).toContain("줄 끝에 공백이 있습니다.");
    expect(output).not.toContain("build failed");
  });

  it("goes on silently when there is no problem", async () => {
    expect(await runPreflight(async () => ({ problems: [] }))).toEqual({ code: 0, output: "" });
  });

  it("goes on, in one line, when the validation itself cannot run", async () => {
    const { code, output } = await runPreflight(async () => {
      throw new Error("boom\nsecond line");
    });
    expect(code).toBe(0);
    expect(output.trim().split("\n")).toHaveLength(1);
    expect(output).toContain("boom");
  });
});

describe("stale staging folders", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A pid that was just used and is gone (the child has exited and been reaped). */
  function deadPid(): number {
    const run = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    return Number(run.stdout);
  }

  it("names owners: new names by pid, legacy names as legacy, others not at all", () => {
    expect(stagingOwner("build-1234-AbC123")).toBe(1234);
    expect(stagingOwner("previous-1234-1764590000000")).toBe(1234);
    expect(stagingOwner("build-AbC123")).toBe("legacy");
    expect(stagingOwner("previous-1764590000000")).toBe("legacy");
    expect(stagingOwner("astro-cache")).toBeNull();
    expect(stagingOwner("vite-cache")).toBeNull();
  });

  it("removes the folders of dead builds and legacy leftovers, keeps a live build's", async () => {
    const root = mkdtempSync(join(tmpdir(), "goyang-staging-"));
    dirs.push(root);
    const staging = join(root, ".tmp");
    const dist = join(root, "dist");
    mkdirSync(dist, { recursive: true });
    const live: ChildProcess = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      const dead = deadPid();
      expect(processIsAlive(dead)).toBe(false);
      expect(processIsAlive(live.pid!)).toBe(true);
      const names = [
        `build-${dead}-aaaaaa`,
        `previous-${dead}-1764590000000`,
        `build-${live.pid}-bbbbbb`,
        "build-Zz9Yx8",
        "previous-1764590000000",
        "astro-cache",
      ];
      for (const name of names) {
        mkdirSync(join(staging, name), { recursive: true });
        writeFileSync(join(staging, name, "index.html"), name);
      }
      const removed = removeStaleStaging(staging, dist);
      expect(removed.sort()).toEqual(
        [`build-${dead}-aaaaaa`, `previous-${dead}-1764590000000`, "build-Zz9Yx8", "previous-1764590000000"].sort(),
      );
      expect(readdirSync(staging).sort()).toEqual([`build-${live.pid}-bbbbbb`, "astro-cache"].sort());
    } finally {
      live.kill("SIGKILL");
    }
  });

  it("puts dist/ back when a build died between its two renames", () => {
    const root = mkdtempSync(join(tmpdir(), "goyang-staging-"));
    dirs.push(root);
    const staging = join(root, ".tmp");
    const dead = deadPid();
    mkdirSync(join(staging, `previous-${dead}-1764590000000`), { recursive: true });
    writeFileSync(join(staging, `previous-${dead}-1764590000000`, "index.html"), "published");
    mkdirSync(join(staging, `build-${dead}-cccccc`), { recursive: true });
    removeStaleStaging(staging, join(root, "dist"));
    expect(readFileSync(join(root, "dist", "index.html"), "utf8")).toBe("published");
    expect(readdirSync(staging)).toEqual([]);
  });
});

/** Pids of the live processes (not zombies) whose working directory is `dir`. */
function processesIn(dir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === dir && processIsAlive(Number(entry))) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function until(what: string, test: () => boolean, timeout: number, log = () => ""): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!existsSync("/proc/self/stat"))("a build killed with SIGKILL", () => {
  const copy = new ProjectCopy();
  afterAll(() => {
    for (const pid of processesIn(copy.dir)) process.kill(pid, "SIGKILL");
    copy.cleanup();
  });

  it("takes Astro with it, leaves dist/ alone, and the next build removes its folder", async () => {
    mkdirSync(copy.dist, { recursive: true });
    writeFileSync(join(copy.dist, "index.html"), "the published site");

    let output = "";
    const build = spawn(process.execPath, [join(copy.dir, "src/cli/build.ts")], {
      cwd: copy.dir,
      env: shellEnvironment({ SITE_URL: TEST_SITE_URL }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    build.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    build.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const exited = new Promise((r) => build.once("exit", r));

    // Astro has started: its child runs and has logged its first line ("12:34:56 [content] …").
    let astro: number | undefined;
    await until(
      "astro build to start",
      () => {
        astro ??= childrenOf(build.pid!).find((pid) =>
          readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("astro.mjs"),
        );
        return astro !== undefined && /\d\d:\d\d:\d\d \[/.test(output);
      },
      60_000,
      () => output,
    );
    expect(readFileSync(`/proc/${astro}/cmdline`, "utf8")).toContain("--import");
    const staged = readdirSync(join(copy.dir, ".tmp")).filter((name) => name.startsWith(`build-${build.pid}-`));
    expect(staged).toHaveLength(1);

    build.kill("SIGKILL");
    await exited;
    await until(
      "the orphaned astro build to exit",
      () => !processIsAlive(astro!),
      5_000,
      () => output,
    );
    await until("every process of the copy to end", () => processesIn(copy.dir).length === 0, 5_000);
    expect(output).toContain("parent process");
    expect(output).not.toContain("dist/ replaced");

    // A few seconds on, nothing has swapped dist/ behind our back.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(readFileSync(join(copy.dist, "index.html"), "utf8")).toBe("the published site");
    expect(readdirSync(copy.dist)).toEqual(["index.html"]);
    expect(existsSync(join(copy.dir, ".tmp", staged[0]!))).toBe(true);

    // The next build (failing fast on a broken data file) removes the debris first.
    copy.edit("data/awards.json", (text) => `${text.trimEnd()},`);
    const next = copy.build();
    expect(next.status, next.output).toBe(1);
    expect(next.output).toContain(staged[0]);
    expect(readdirSync(join(copy.dir, ".tmp")).filter((name) => name.startsWith("build-"))).toEqual([]);
    expect(readFileSync(join(copy.dist, "index.html"), "utf8")).toBe("the published site");
  }, 90_000);
});
