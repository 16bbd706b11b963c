import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectCopy, type BuildRun } from "../helpers/build-project.ts";

/** Every file of a built site, by path, as a digest of its bytes. */
function snapshot(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(dist, file), createHash("sha256").update(readFileSync(file)).digest("hex")] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Whether the build log says Astro copied `page` from the last build instead of rendering it. */
const restored = (run: BuildRun, page: string) =>
  new RegExp(`${page.replaceAll(".", "\\.")}\\s*\\((?:restored|cached)\\)`).test(run.output);

/**
 * The incremental build (experimental.incrementalBuild with src/cache/page-keys.ts) reuses
 * what a change did not touch, and what it publishes is exactly what a build from nothing
 * publishes from the same files: a key that missed an input would show here as a stale file.
 * On the fixture site: job-school's count goes up by one; money-by-program and
 * people-by-program draw it, award-history and contest-cases do not.
 */
describe("a rebuild after one program changed", () => {
  const copy = new ProjectCopy().useFixtureSite();
  let first: Map<string, string>;
  let incremental: Map<string, string>;
  let fromNothing: Map<string, string>;
  let rebuild: BuildRun;

  beforeAll(async () => {
    const cold = await copy.buildAsync();
    expect(cold.status, cold.output).toBe(0);
    first = snapshot(copy.dist);
    copy.edit("data/programs/job-school.json", (text) =>
      text.replace(/"count": (\d+)/, (_, count) => `"count": ${Number(count) + 1}`),
    );
    rebuild = await copy.buildAsync();
    expect(rebuild.status, rebuild.output).toBe(0);
    incremental = snapshot(copy.dist);
    // The same files from nothing: no page or value kept (the PNG cache is keyed on each
    // image's SVG bytes, so it cannot be stale, and keeping it saves rendering again).
    for (const cache of ["astro-cache", "value-cache"]) rmSync(join(copy.dir, ".tmp", cache), { recursive: true });
    const again = await copy.buildAsync();
    expect(again.status, again.output).toBe(0);
    fromNothing = snapshot(copy.dist);
  }, 300_000);

  afterAll(() => copy.cleanup());

  it("publishes byte for byte what a build from nothing publishes", () => {
    expect([...incremental.keys()]).toEqual([...fromNothing.keys()]);
    const differing = [...incremental].filter(([file, digest]) => fromNothing.get(file) !== digest).map(([f]) => f);
    expect(differing).toEqual([]);
  });

  it("changed the files that show the program", () => {
    for (const file of [
      "programs/job-school/index.html",
      "downloads/people-by-program.csv",
      "downloads/people-by-program.svg",
      "embed/people-by-program/index.html",
      "index.html",
    ]) {
      expect(incremental.get(file), file).toBeDefined();
      expect(incremental.get(file), file).not.toBe(first.get(file));
    }
  });

  it("copied the pages the change did not touch instead of rendering them", () => {
    for (const page of [
      "/embed/award-history/index.html",
      "/downloads/contest-cases.csv",
      "/downloads/award-history-card.png",
      "/oembed/contest-cases/320.json",
      "/programs/job-fair/index.html",
    ]) {
      expect(restored(rebuild, page), page).toBe(true);
      expect(incremental.get(page.slice(1)), page).toBe(first.get(page.slice(1)));
    }
    for (const page of ["/programs/job-school/index.html", "/embed/money-by-program/index.html"]) {
      expect(restored(rebuild, page), page).toBe(false);
    }
  });
});
