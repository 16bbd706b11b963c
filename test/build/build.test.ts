import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it, type ExpectStatic } from "vitest";
import { formatCount } from "../../src/format/index.ts";
import { ProjectCopy } from "../helpers/build-project.ts";
import { useBuiltSite } from "../helpers/built-site.ts";
import {
  budgetText,
  budgetTotalText,
  dateText,
  peopleText,
  perPersonText,
  readPublishedData,
  unitTexts,
  type PublishedData,
} from "../helpers/published-data.ts";
import { readJson, ROOT } from "../helpers/site-data.ts";

/**
 * The real build of the repository (the run's shared build, test/helpers/built-site.ts).
 * What the page must show comes from the data/ it was built from, read as plain JSON, and
 * is written with the formats of src/format/ (tested on fixed values in test/format/), so
 * an editor's correction to data/ changes the expectation with the page.
 */
const STORY = "content/stories/goyang-jobs-2025.md";
/** Test names come from the repository's data/ as the run starts; values from the built copy's. */
const programIds = readPublishedData(ROOT).programs.map((p) => p.id);

/**
 * Money per counted unit is worded by what was counted (the README's vocabulary): a
 * participation is not a person, and a hiring target gets no per-unit figure at all.
 */
const PER_UNIT: Readonly<Record<string, string | null>> = {
  enrolled: "교육 대상 1명당",
  completed: "수료 1명당",
  participations: "참여 1회당",
  supported: "지원 1명당",
  placed: "배치 1명당",
  hiringTarget: null,
};

/** "교육 대상 1명당 약 196만 원", or null where the card shows no per-unit figure. */
function perUnitText(program: PublishedData["programs"][number]): string | null {
  const amount = perPersonText(program);
  const unit = program.people.counts === null ? null : PER_UNIT[program.people.counts];
  return amount === null || unit == null ? null : `${unit} ${amount}`;
}

describe("the real build", () => {
  const site = useBuiltSite();
  let html: string;
  let document: Document;
  let data: PublishedData;
  const text = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/g, " ");

  beforeAll(() => {
    html = readFileSync(join(site().dist, "index.html"), "utf8");
    document = parseHTML(html).document as unknown as Document;
    data = readPublishedData(site().dir);
  });

  it("writes a Korean page", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("ko");
  });

  it("has a page for every program of data/programs, and the story links each program it names", () => {
    for (const program of data.programs)
      expect(existsSync(join(site().dist, "programs", program.id, "index.html")), program.id).toBe(true);
    const story = readFileSync(join(site().dir, STORY), "utf8");
    const named = [...new Set([...story.matchAll(/:program\[([^\]]+)\]/g)].map((m) => m[1]!))];
    const linked = [...document.querySelectorAll('#programs-heading ~ ul a[href*="/programs/"]')].map((a) =>
      a.getAttribute("href")!.split("/").at(-2),
    );
    expect(linked.sort()).toEqual(named.sort());
  });

  for (const id of programIds) {
    it(`/programs/${id}/ shows its name, summary, budget, people, units and per-unit figure as the formats write them`, () => {
      const program = data.programs.find((p) => p.id === id)!;
      expect(program, `data/programs/${id}.json in the build`).toBeDefined();
      const page = parseHTML(readFileSync(join(site().dist, "programs", id, "index.html"), "utf8"))
        .document as unknown as Document;
      const main = text(page.querySelector("main"));
      const expected = [program.name, program.summary, budgetText(program), peopleText(program), ...unitTexts(program)];
      const perUnit = perUnitText(program);
      if (perUnit !== null) expected.push(perUnit);
      for (const figure of expected) expect(main, `/programs/${id}/`).toContain(figure.replace(/\s+/g, " "));
      // Each count is a different thing: the facts never say "1인당" (per person).
      expect(text(page.querySelector("dl")), `/programs/${id}/ dl`).not.toContain("1인당");
    });
  }

  it("shows the total of the known budgets, computed from the programs", () => {
    expect(text(document.body)).toContain(budgetTotalText(data.programs));
  });

  /** The table of the figure the main story places that draws `dataset`. */
  const tableOf = (dataset: string) => {
    const figure = data.figures.find((f) => f.data.dataset === dataset && document.querySelector(`#figure-${f.id}`));
    expect(figure, `a figure of the ${dataset} dataset on the main story`).toBeDefined();
    return [...document.querySelectorAll(`#figure-${figure!.id} table tbody tr`)].map((tr) => text(tr));
  };

  it("shows every award in its chart's table with its prize, streak and year, and no year where the source gives none", () => {
    const rows = tableOf("awards");
    for (const award of data.awards) {
      const row = rows.find((r) => r.includes(award.event));
      expect(row, award.event).toBeDefined();
      expect(row).toContain(award.prize);
      if (award.streak) expect(row).toContain(`${award.streak.years}년 연속`);
      if (award.year === null) expect(row).not.toMatch(/\d{4}년/);
      else expect(row).toContain(`${award.year}년`);
    }
  });

  it("shows every contest with its edition, day and number of cases", () => {
    const body = text(document.body);
    for (const contest of data.contests) {
      expect(body).toContain(`제${contest.edition}회`);
      expect(body).toContain(dateText(contest.heldOn));
      expect(body).toContain(formatCount(contest.caseCount, "case"));
    }
  });

  it("shows every timeline entry with its dates in its chart's table, inferred ones marked (추정)", () => {
    const rows = tableOf("timeline");
    for (const event of data.timeline) {
      const row = rows.find((r) => r.includes(event.label));
      expect(row, event.label).toBeDefined();
      expect(row).toContain(`${dateText(event.start, event.end)}${event.inferred ? " (추정)" : ""}`);
    }
  });

  it("names every source's outlet and the day it was published", () => {
    const body = text(document.body);
    for (const source of data.sources) {
      expect(body).toContain(source.outlet);
      expect(body).toContain(dateText(source.publishedAt.slice(0, 10)));
    }
  });

  it("never shows the source caption's misspelling of the award", () => {
    expect(html).not.toContain("지방자치경영대진");
  });

  it("has every chart the story places in the HTML, each view an image named by its title, with a table", () => {
    const story = readFileSync(join(site().dir, STORY), "utf8");
    const placed = [...story.matchAll(/^::chart\[([^\]]+)\]\s*$/gm)].map((m) => m[1]!);
    expect(placed.length).toBeGreaterThan(0);
    const charts = [...document.querySelectorAll("figure.chart")];
    expect(charts.map((f) => f.id)).toEqual(placed.map((id) => `figure-${id}`));
    for (const figure of charts) {
      const json = data.figures.find((f) => `figure-${f.id}` === figure.id)!;
      const view = figure.querySelector('.chart-view[role="img"]');
      expect(view?.getAttribute("aria-labelledby")).toBe(figure.querySelector(".chart-title")?.id);
      expect(figure.querySelector("table caption")?.textContent).toBeTruthy();
      expect(figure.querySelectorAll('th[scope="col"]').length).toBeGreaterThan(1);
      const rows = figure.querySelectorAll('th[scope="row"]').length;
      // A figure that lists its rows shows exactly those; one that selects them shows some.
      if (json.data.ids) expect(rows).toBe(json.data.ids.length);
      else expect(rows).toBeGreaterThan(0);
      for (const sourceId of json.sourceIds) {
        const outlet = data.sources.find((source) => source.id === sourceId)?.outlet;
        expect(figure.querySelector(".chart-source")?.textContent).toContain(outlet);
      }
    }
  });

  it("shows no NaN, undefined or null to readers", () => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll("script").forEach((s) => s.remove());
    const attributes = [...body.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value));
    expect(body.textContent).not.toMatch(/NaN|undefined|null|Infinity/);
    expect(attributes.filter((v) => /NaN|undefined|null|Infinity/.test(v))).toEqual([]);
  });

  it("ships the chart island as one module script, with d3-selection and no chart library or schema", () => {
    const scripts = [...document.querySelectorAll("script[type=module]")];
    const island = scripts.map((s) => s.getAttribute("src")).find((src) => src?.includes("ChartIsland"));
    expect(island, "the island's module").toBeTruthy();
    const code = readFileSync(join(site().dist, island!.replace(/^\//, "")), "utf8");
    expect(code).toContain("chart-island");
    // Plot, zod and the build-time chart grammar would show up if they leaked into the bundle.
    expect(code).not.toMatch(/observablehq|ZodError|scaleLinear|buildScene/);
  });

  it("renders the story body from Markdown", () => {
    expect(document.querySelectorAll(".story-body h2").length).toBeGreaterThanOrEqual(5);
  });
});

/**
 * Plants a defect in a copy of the project and expects the build to refuse it. The builds
 * run side by side (it.concurrent, each an async child process); each mutation says
 * whether it found what it changes, so a corrected data file cannot turn one into a no-op.
 */
async function expectBuildToFail(
  expect: ExpectStatic,
  plant: (copy: ProjectCopy) => void,
  ...mentions: (string | RegExp)[]
): Promise<void> {
  const copy = new ProjectCopy();
  try {
    plant(copy);
    const build = await copy.buildAsync();
    expect(build.status, build.output).not.toBe(0);
    for (const mention of mentions) expect(build.output).toMatch(mention);
    expect(existsSync(join(copy.dist, "index.html"))).toBe(false);
  } finally {
    copy.cleanup();
  }
}

/** Rewrites one file of the copy; fails if the change leaves it as it was. */
function edit(copy: ProjectCopy, file: string, change: (text: string) => string): void {
  copy.edit(file, (text) => {
    const changed = change(text);
    if (changed === text) throw new Error(`the defect was not planted: ${file} has nothing to change`);
    return changed;
  });
}

describe("a broken input fails the build and names the file and the field", () => {
  it.concurrent(
    "fractional money in a program file",
    async ({ expect }) => {
      await expectBuildToFail(
        expect,
        (copy) => edit(copy, "data/programs/job-school.json", (t) => t.replace(/("amount": )(\d+)/, "$1$2.5")),
        "data/programs/job-school.json",
        /budget\.amount: must be a whole number of won/,
      );
    },
    120_000,
  );

  it.concurrent(
    "invalid JSON",
    async ({ expect }) => {
      await expectBuildToFail(
        expect,
        (copy) => edit(copy, "data/programs/job-fair.json", (t) => t.replace('"name":', "name:")),
        "data/programs/job-fair.json",
        /JSON/,
      );
    },
    120_000,
  );

  it.concurrent(
    "a figure that points at a program that does not exist",
    async ({ expect }) => {
      const file = "data/figures/people-by-program.json";
      const index = (readJson(file) as { data: { ids: string[] } }).data.ids.indexOf("job-school");
      expect(index, `${file} shows job-school`).toBeGreaterThanOrEqual(0);
      await expectBuildToFail(
        expect,
        (copy) => edit(copy, file, (t) => t.replace('"job-school"', '"job-schol"')),
        file,
        `data.ids[${index}]`,
        'unknown program id "job-schol"',
      );
    },
    120_000,
  );

  it.concurrent(
    "story frontmatter with a bad date",
    async ({ expect }) => {
      await expectBuildToFail(
        expect,
        (copy) => edit(copy, STORY, (t) => t.replace(/^(published: "\d{4}-\d{2}-)\d{2}"/m, '$132"')),
        STORY,
        /published: must be a date written YYYY-MM-DD/,
      );
    },
    120_000,
  );
});

describe("a story whose body is missing is never published", () => {
  it("an empty Markdown body fails the build", async ({ expect }) => {
    await expectBuildToFail(
      expect,
      (copy) => edit(copy, STORY, (t) => t.slice(0, t.indexOf("---", 4) + 4)),
      STORY,
      /the story body is empty/,
    );
  }, 120_000);
});
