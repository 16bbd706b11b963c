import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { codeFingerprint } from "../../src/cache/code-fingerprint.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A tiny project: two source files, a config and a lockfile. Each call is a new root (the fingerprint is kept per root). */
function project(change: (root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), "fingerprint-"));
  dirs.push(root);
  mkdirSync(join(root, "src/charts"), { recursive: true });
  mkdirSync(join(root, "node_modules"), { recursive: true });
  writeFileSync(join(root, "src/charts/bar.ts"), "export const bar = 1;\n");
  writeFileSync(join(root, "src/pages.astro"), "---\n---\n<p>page</p>\n");
  writeFileSync(join(root, "astro.config.mjs"), "export default {};\n");
  writeFileSync(join(root, "package.json"), "{}\n");
  writeFileSync(
    join(root, "node_modules/.package-lock.json"),
    '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}\n',
  );
  change(root);
  return root;
}

describe("codeFingerprint", () => {
  it("is the same for two copies of the same code", () => {
    const a = project();
    const b = mkdtempSync(join(tmpdir(), "fingerprint-"));
    dirs.push(b);
    cpSync(a, b, { recursive: true });
    expect(codeFingerprint(b)).toBe(codeFingerprint(a));
  });

  it.each([
    [
      "a source file's bytes",
      (root: string) => writeFileSync(join(root, "src/charts/bar.ts"), "export const bar = 2;\n"),
    ],
    ["a new source file", (root: string) => writeFileSync(join(root, "src/charts/dot.ts"), "")],
    [
      "a file renamed",
      (root: string) =>
        rmSync(join(root, "src/pages.astro")) ?? writeFileSync(join(root, "src/page.astro"), "---\n---\n<p>page</p>\n"),
    ],
    [
      "the Astro config",
      (root: string) => writeFileSync(join(root, "astro.config.mjs"), "export default { base: '/x' };\n"),
    ],
    [
      "an installed package's version",
      (root: string) =>
        writeFileSync(
          join(root, "node_modules/.package-lock.json"),
          '{"packages":{"node_modules/astro":{"version":"7.4.0"}}}\n',
        ),
    ],
  ])("changes with %s", (_what, change) => {
    expect(codeFingerprint(project(change))).not.toBe(codeFingerprint(project()));
  });

  it("does not change with the editors' files (data/, content/)", () => {
    const edited = project((root) => {
      mkdirSync(join(root, "data"));
      writeFileSync(join(root, "data/awards.json"), "[]\n");
    });
    expect(codeFingerprint(edited)).toBe(codeFingerprint(project()));
  });
});
