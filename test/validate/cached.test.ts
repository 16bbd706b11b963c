import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputsDigest, validateProjectCached } from "../../src/validate/cached.ts";
import { validateProject } from "../../src/validate/index.ts";
import { FIXTURE_ROOT, ROOT } from "../helpers/site-data.ts";

/** A copy of the fixture site (data/ and content/), with its own cache folder. */
let root: string;
let cacheDir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "validate-cached-"));
  cpSync(join(FIXTURE_ROOT, "data"), join(root, "data"), { recursive: true });
  cpSync(join(FIXTURE_ROOT, "content"), join(root, "content"), { recursive: true });
  cacheDir = join(root, ".tmp", "value-cache");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cachedFiles = () =>
  readdirSync(cacheDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe("validateProjectCached", () => {
  it("gives what the pipeline gives, and keeps it", async () => {
    const expected = await validateProject(root);
    expect(await validateProjectCached(root, { cacheDir, codeRoot: ROOT })).toEqual(expected);
    expect(cachedFiles()).toHaveLength(1);
  });

  it("reads the kept result back for the same files (the pipeline does not run again)", async () => {
    const [file] = cachedFiles();
    const kept = JSON.parse(readFileSync(file!, "utf8"));
    kept.problems = [{ marker: "from the cache" }];
    writeFileSync(file!, JSON.stringify(kept));
    expect((await validateProjectCached(root, { cacheDir, codeRoot: ROOT })).problems).toEqual([
      { marker: "from the cache" },
    ]);
  });

  it("runs the pipeline again after any edit, and finds the new mistake", async () => {
    const file = join(root, "data/programs/job-school.json");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace(/"count": \d+/, '"count": -3'));
    const { problems } = await validateProjectCached(root, { cacheDir, codeRoot: ROOT });
    expect(problems.some((p) => p.file.endsWith("job-school.json") && p.severity === "error")).toBe(true);
    writeFileSync(file, before);
  });
});

describe("inputsDigest", () => {
  it("follows the bytes of every file under data/ and content/, not their times", () => {
    const digest = inputsDigest(root);
    const file = join(root, "content/stories/goyang-jobs-2025.md");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text);
    expect(inputsDigest(root)).toBe(digest);
    writeFileSync(file, `${text} `);
    expect(inputsDigest(root)).not.toBe(digest);
    writeFileSync(file, text);
    writeFileSync(join(root, "data/programs/new.json"), "{}");
    expect(inputsDigest(root)).not.toBe(digest);
    rmSync(join(root, "data/programs/new.json"));
    expect(inputsDigest(root)).toBe(digest);
  });
});

describe("the preflight and the loaders", () => {
  it("find the same kept result whether the folder is written with a trailing slash or not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "validate-slash-"));
    try {
      await validateProjectCached(root, { cacheDir: dir, codeRoot: ROOT });
      await validateProjectCached(`${root}/`, { cacheDir: dir, codeRoot: `${ROOT}/` });
      expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json"))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
