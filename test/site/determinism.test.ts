import { afterAll, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { distManifest } from "../helpers/dist-manifest.ts";
import { sharedSite } from "../helpers/shared-build.ts";

let copy: ProjectCopy | undefined;
afterAll(() => copy?.cleanup());

it("two clean builds of the same sources give identical SHA-256 manifests of dist/", async () => {
  // The run's shared build is one; the other is a fresh copy made from that build's own
  // sources (not from the working tree, which may have changed since), built from clean.
  const shared = await sharedSite("site");
  copy = new ProjectCopy(shared.dir);
  const run = await copy.buildAsync();
  expect(run.status, run.output).toBe(0);
  const [first, second] = [distManifest(shared.dist), distManifest(copy.dist)];
  expect(Object.keys(first)).toContain("index.html");
  expect(Object.keys(first)).toContain("_headers");
  expect(second).toEqual(first);
}, 240_000);
