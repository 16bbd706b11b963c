import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderWithData, storyFile } from "../helpers/render-story.ts";

/**
 * Fixture folders: test/markdown/fixtures/<plugin>/<case>/input.md (a story body) with
 * expected.html (what it renders to), and fixtures/errors/<case>/input.md with
 * expected-error.txt (every problem, "file:line:column: message", one per line; a line
 * ending in "…" matches any message that starts with the rest, so a list of valid
 * choices can pin only the closest one, which comes first). The
 * body starts on line 5 of the story file (after a 3-line frontmatter and a blank line).
 */
const ROOT = join(import.meta.dirname, "fixtures");
const cases = (group: string) =>
  readdirSync(join(ROOT, group))
    .sort()
    .map((name) => ({ name, dir: join(ROOT, group, name) }));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8").trimEnd();

for (const group of readdirSync(ROOT)
  .filter((g) => g !== "errors")
  .sort()) {
  describe(`${group} directive`, () => {
    for (const { name, dir } of cases(group)) {
      it(`${group}/${name} renders as expected.html`, async () => {
        expect(existsSync(join(dir, "expected.html"))).toBe(true);
        const { html, problems } = await renderWithData(storyFile(read(dir, "input.md")), "x.md");
        expect(problems).toEqual([]);
        expect(html.trim()).toBe(read(dir, "expected.html"));
      });
    }
  });
}

describe("each kind of mistake fails with file:line:column and the valid choices", () => {
  for (const { name, dir } of cases("errors")) {
    it(`errors/${name}`, async () => {
      const { problems } = await renderWithData(storyFile(read(dir, "input.md")), "x.md");
      const expected = read(dir, "expected-error.txt").split("\n");
      expect(problems).toEqual(
        expected.map((line) =>
          line.endsWith("…") ? expect.stringMatching(`^${escapeRegExp(line.slice(0, -1))}`) : line,
        ),
      );
    });
  }
});
