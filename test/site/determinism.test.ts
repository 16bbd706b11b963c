import { afterAll, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { distManifest } from "../helpers/dist-manifest.ts";

const copies = [new ProjectCopy(), new ProjectCopy()];
afterAll(() => copies.forEach((copy) => copy.cleanup()));

it("two clean builds of the same commit give identical SHA-256 manifests of dist/", () => {
  const manifests = copies.map((copy) => {
    const run = copy.build();
    expect(run.status, run.output).toBe(0);
    return distManifest(copy.dist);
  });
  expect(Object.keys(manifests[0]!)).toContain("index.html");
  expect(Object.keys(manifests[0]!)).toContain("_headers");
  expect(manifests[1]).toEqual(manifests[0]);
}, 240_000);
