import { beforeAll, describe, expect, it } from "vitest";
import { cacheKeys } from "../../src/cache/page-keys.ts";
import type { SiteEntries } from "../../src/model/entries.ts";
import { validateProject } from "../../src/validate/index.ts";
import { FIXTURE_ROOT } from "../helpers/site-data.ts";

/**
 * The incremental build reuses a page whose key is unchanged: a key that misses something
 * the page shows publishes a stale number, and a key that takes in what the page does not
 * show rebuilds it for nothing. The fixture site's figures: money-by-program draws every
 * program by id, award-history the awards, contest-cases a table of its own.
 */
let site: SiteEntries;
beforeAll(async () => {
  const { entries, problems } = await validateProject(FIXTURE_ROOT);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  site = entries;
});

/** A copy of the fixture site with one change. */
function changed(change: (copy: SiteEntries) => void): SiteEntries {
  const copy = structuredClone(site);
  change(copy);
  return copy;
}

const figure = (s: SiteEntries, id: string) => s.figures.find((f) => f.id === id)!.data;
const program = (s: SiteEntries, id: string) => s.programs.find((p) => p.id === id)!.data;
const figureKey = (s: SiteEntries, id: string) => cacheKeys(s).figure(figure(s, id));
const programKey = (s: SiteEntries, id: string) => cacheKeys(s).program(program(s, id));

describe("a figure's key", () => {
  it("is the same for the same data read twice (what lets a rebuild reuse it)", () => {
    const again = structuredClone(site);
    for (const { id } of site.figures) expect(figureKey(again, id)).toBe(figureKey(site, id));
  });

  it("differs between figures", () => {
    const keys = site.figures.map((f) => figureKey(site, f.id));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("changes when a program it draws changes, and only then", () => {
    const edited = changed((s) => {
      program(s, "job-fair").people.count = (program(s, "job-fair").people.count ?? 0) + 1;
    });
    expect(figureKey(edited, "money-by-program")).not.toBe(figureKey(site, "money-by-program"));
    expect(figureKey(edited, "people-by-program")).not.toBe(figureKey(site, "people-by-program"));
    expect(figureKey(edited, "award-history")).toBe(figureKey(site, "award-history"));
    expect(figureKey(edited, "contest-cases")).toBe(figureKey(site, "contest-cases"));
  });

  it("changes with its own spec, but not with another figure's", () => {
    const edited = changed((s) => {
      figure(s, "award-history").title = "다른 제목";
    });
    expect(figureKey(edited, "award-history")).not.toBe(figureKey(site, "award-history"));
    expect(figureKey(edited, "money-by-program")).toBe(figureKey(site, "money-by-program"));
  });

  it("changes with the sources (every figure cites them) and with the title of the story its credit names", () => {
    const source = changed((s) => {
      s.sources[0]!.data.headline = `${s.sources[0]!.data.headline} (수정)`;
    });
    const story = changed((s) => {
      s.stories[0]!.data.title = "바뀐 기사 제목";
    });
    for (const { id } of site.figures) {
      expect(figureKey(source, id), id).not.toBe(figureKey(site, id));
      expect(figureKey(story, id), id).not.toBe(figureKey(site, id));
    }
  });

  it("changes with a table row the figure draws", () => {
    const edited = changed((s) => {
      const cells = s.tables[0]!.data.rows[0]!.cells;
      cells["cases"] = Number(cells["cases"]) + 1;
    });
    expect(figureKey(edited, "contest-cases")).not.toBe(figureKey(site, "contest-cases"));
    expect(figureKey(edited, "money-by-program")).toBe(figureKey(site, "money-by-program"));
  });
});

describe("a program page's key", () => {
  it("changes with the program, not with another program", () => {
    const edited = changed((s) => {
      program(s, "job-fair").summary = "바뀐 요약";
    });
    expect(programKey(edited, "job-fair")).not.toBe(programKey(site, "job-fair"));
    expect(programKey(edited, "job-school")).toBe(programKey(site, "job-school"));
  });

  it("changes with the title of a figure that draws the program, not of one that does not", () => {
    const drawing = changed((s) => {
      figure(s, "money-by-program").title = "바뀐 그림 제목";
    });
    const other = changed((s) => {
      figure(s, "contest-cases").title = "바뀐 그림 제목";
    });
    expect(programKey(drawing, "job-fair")).not.toBe(programKey(site, "job-fair"));
    expect(programKey(other, "job-fair")).toBe(programKey(site, "job-fair"));
  });

  it("changes with the title of a story that mentions the program", () => {
    const edited = changed((s) => {
      s.stories[0]!.data.title = "바뀐 기사 제목";
    });
    expect(programKey(edited, "job-fair")).not.toBe(programKey(site, "job-fair"));
  });
});

describe("a story's key", () => {
  const storyKey = (s: SiteEntries) => cacheKeys(s).story(s.stories[0]!);

  it("is the same for the same site read twice", () => {
    expect(storyKey(structuredClone(site))).toBe(storyKey(site));
  });

  it.each([
    ["a program's count (the story words numbers)", (s: SiteEntries) => (program(s, "job-school").people.count = 1)],
    ["a figure it places", (s: SiteEntries) => figure(s, "money-by-program").notes.push("새 주")],
    ["its body", (s: SiteEntries) => (s.stories[0]!.body = `${s.stories[0]!.body}\n\n새 문단.`)],
    ["its frontmatter", (s: SiteEntries) => (s.stories[0]!.data.dek = "바뀐 요약")],
    ["the corrections log", (s: SiteEntries) => s.corrections.splice(0)],
    ["a source", (s: SiteEntries) => (s.sources[0]!.data.headline = "바뀐 출처")],
  ])("changes with %s", (_what, change) => {
    expect(site.corrections.length).toBeGreaterThan(0);
    expect(/:num\[/.test(site.stories[0]!.body ?? "")).toBe(true);
    expect(storyKey(changed(change))).not.toBe(storyKey(site));
  });

  it("changes with any data when the story words a number, even data no placed figure draws", () => {
    const words = (s: SiteEntries) => {
      s.stories[0]!.body = "예산은 :num[job-school.budget]입니다.\n\n::chart[contest-cases]\n";
    };
    const edited = changed((s) => {
      words(s);
      program(s, "job-school").budget.amount = 123_000_000;
    });
    expect(storyKey(edited)).not.toBe(storyKey(changed(words)));
  });

  describe("of a story that only places charts", () => {
    const chartsOnly = (s: SiteEntries) => {
      s.stories[0]!.body = "두 그림만 있는 글입니다.\n\n::chart[money-by-program]\n\n::chart[contest-cases]\n";
    };
    const base = () => changed(chartsOnly);

    it("changes with a program a placed figure draws", () => {
      const edited = changed((s) => {
        chartsOnly(s);
        program(s, "job-school").people.count = 1;
      });
      expect(storyKey(edited)).not.toBe(storyKey(base()));
    });

    it("changes with its frontmatter", () => {
      const edited = changed((s) => {
        chartsOnly(s);
        s.stories[0]!.data.dek = "바뀐 요약";
      });
      expect(storyKey(edited)).not.toBe(storyKey(base()));
    });

    it("does not change with data no placed figure draws", () => {
      const edited = changed((s) => {
        chartsOnly(s);
        s.awards.splice(0, 1);
        figure(s, "award-history").title = "다른 그림";
      });
      expect(storyKey(edited)).toBe(storyKey(base()));
    });
  });
});
