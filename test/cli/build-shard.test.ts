/**
 * `npm run build -- --shard i/n` (src/cli/build.ts): the argument is taken out of Astro's,
 * and a bad value stops the build with one message before anything is built.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { takeShard } from "../../src/cli/build.ts";
import { ROOT } from "../helpers/site-data.ts";

describe("takeShard", () => {
  it("takes --shard i/n and --shard=i/n out of the arguments that go on to Astro", () => {
    expect(takeShard(["--shard", "2/3", "--verbose"])).toEqual({ shard: { index: 2, count: 3 }, rest: ["--verbose"] });
    expect(takeShard(["--verbose", "--shard=3/3"])).toEqual({ shard: { index: 3, count: 3 }, rest: ["--verbose"] });
  });

  it("leaves the arguments alone without --shard", () => {
    expect(takeShard(["--verbose", "--force"])).toEqual({ shard: null, rest: ["--verbose", "--force"] });
    expect(takeShard([])).toEqual({ shard: null, rest: [] });
  });

  it("refuses a bad value, a missing one and a second --shard", () => {
    const message = (text: string) =>
      `invalid --shard: expected i/n, whole numbers with 1 ≤ i ≤ n (e.g. 2/3), not "${text}"`;
    expect(takeShard(["--shard", "0/3"])).toEqual(new Error(message("0/3")));
    expect(takeShard(["--shard", "4/3"])).toEqual(new Error(message("4/3")));
    expect(takeShard(["--shard=x/y"])).toEqual(new Error(message("x/y")));
    expect(takeShard(["--shard"])).toEqual(new Error(message("")));
    expect(takeShard(["--shard", "--verbose"])).toEqual(new Error(message("")));
    expect(takeShard(["--shard", "1/2", "--shard", "2/2"])).toEqual(new Error("invalid --shard: given twice"));
  });
});

describe("npm run build -- --shard with a bad value", () => {
  const dir = mkdtempSync(join(tmpdir(), "build-shard-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1 with one line before anything is read or built", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "src/cli/build.ts"), "--shard", "4/3"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, SITE_URL: "https://goyang-jobs.example" },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'build: invalid --shard: expected i/n, whole numbers with 1 ≤ i ≤ n (e.g. 2/3), not "4/3"; nothing was built, dist/ was left as it was (there was none).\n',
    );
    expect(existsSync(join(dir, ".tmp"))).toBe(false);
  });
});
