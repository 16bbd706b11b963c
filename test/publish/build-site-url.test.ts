/**
 * The real `npm run build` (src/cli/build.ts) under CI with no SITE_URL: it stops with exit 1
 * and the SITE_URL message before anything is built or touched. (The warning without CI, and
 * every other case, are the unit tests of checkSiteUrl in site-url.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { shellEnvironment } from "../cli/run-cli.ts";

const copy = new ProjectCopy();
afterAll(() => copy.cleanup());

it("CI=true without SITE_URL: exit 1 within seconds, the message, dist/ and .tmp/ untouched", () => {
  mkdirSync(copy.dist, { recursive: true });
  writeFileSync(join(copy.dist, "index.html"), "the published site");
  const { SITE_URL: _unset, ...env } = shellEnvironment({ CI: "true" });
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(copy.dir, "src/cli/build.ts")], {
    cwd: copy.dir,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(1);
  expect(output).toContain("빌드 중단: CI에서는 SITE_URL이 꼭 있어야 합니다.");
  expect(output).toContain("build stopped: SITE_URL is required when CI is set.");
  expect(output).toContain("SITE_URL=https://사이트-주소 npm run build");
  expect(output).toContain("dist/ was left as it was");
  expect(output, "Astro never started").not.toMatch(/\[build\]|\[content\]|astro/i);
  expect(seconds, "it stops before the preflight and the build").toBeLessThan(15);
  expect(readFileSync(join(copy.dist, "index.html"), "utf8")).toBe("the published site");
  expect(readdirSync(copy.dist)).toEqual(["index.html"]);
  expect(existsSync(join(copy.dir, ".tmp")), "no staging folder").toBe(false);
});
