import { describe, expect, it } from "vitest";
import { figureHomes, storiesInOrder, storiesMentioning, storyPlacements } from "../../src/model/placements.ts";

const story = (id: string, published: string, body: string) => ({ id, body, data: { published } });

describe("storyPlacements reads a story's ::chart and :program directives without rendering it", () => {
  it("lists each figure and program once, in reading order", () => {
    const body = [
      "## 제목",
      "",
      ":program[youth-package]와 :program[dream-factory], 다시 :program[youth-package].",
      "",
      "::chart[money-by-program]",
      "",
      "문장 속 ::chart[not-a-leaf]는 그림이 아닙니다. :num[job-school.budget]",
      "",
      "::chart[award-history]",
    ].join("\n");
    expect(storyPlacements(body)).toEqual({
      figureIds: ["money-by-program", "award-history"],
      programIds: ["youth-package", "dream-factory"],
    });
  });

  it("finds nothing in a body without directives", () =>
    expect(storyPlacements("그냥 글입니다.")).toEqual({ figureIds: [], programIds: [] }));
});

describe("a figure's home is the first story, in the site's order, that places it", () => {
  const stories = [
    story("later", "2026-12-05", "::chart[shared]\n\n::chart[only-later]"),
    story("goyang-jobs-2025", "2026-12-09", "::chart[shared]"),
    story("earlier", "2026-12-01", "::chart[shared]\n\n::chart[only-earlier]"),
  ];

  it("orders the main story first, then by publication day", () =>
    expect(storiesInOrder(stories).map((s) => s.id)).toEqual(["goyang-jobs-2025", "earlier", "later"]));

  it("gives a figure placed by several stories the first one's, and an unplaced figure none", () => {
    const homes = figureHomes(stories);
    expect(Object.fromEntries(homes)).toEqual({
      shared: "goyang-jobs-2025",
      "only-earlier": "earlier",
      "only-later": "later",
    });
    expect(homes.has("placed-nowhere")).toBe(false);
  });

  it("lists the stories that name a program, in the site's order", () => {
    const named = [story("b", "2026-12-02", ":program[x]"), story("a", "2026-12-01", ":program[x] :program[y]")];
    expect(storiesMentioning(named, "x").map((s) => s.id)).toEqual(["a", "b"]);
    expect(storiesMentioning(named, "z")).toEqual([]);
  });
});
