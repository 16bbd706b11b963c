import { afterAll, beforeAll, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { distManifest } from "../helpers/dist-manifest.ts";
import { MALFORMED } from "./fixtures.ts";

/**
 * Runs every `of`-th fixture starting at `part` (the fixtures are split over two test
 * files so vitest builds two copies in parallel). One project copy is built cleanly
 * first; each fixture is then planted, built, checked, and undone.
 */
export function runMalformedFixtures(part: number, of: number) {
  let copy: ProjectCopy;
  let manifest: Record<string, string>;

  beforeAll(() => {
    copy = new ProjectCopy();
    const first = copy.build();
    expect(first.status, first.output).toBe(0);
    manifest = distManifest(copy.dist);
    expect(Object.keys(manifest)).toContain("index.html");
  }, 180_000);
  afterAll(() => copy?.cleanup());

  MALFORMED.filter((_, i) => i % of === part).forEach((fixture) => {
    it(`rejects ${fixture.name} (${fixture.file}) and leaves dist/ as it was`, () => {
      let original = "";
      copy.edit(fixture.file, (text) => ((original = text), fixture.change(text)));
      try {
        const run = copy.build();
        expect(run.status, run.output).not.toBe(0);
        for (const mention of fixture.mentions) expect(run.output).toMatch(mention);
        expect(distManifest(copy.dist)).toEqual(manifest);
      } finally {
        copy.edit(fixture.file, () => original);
      }
    }, 120_000);
  });
}
