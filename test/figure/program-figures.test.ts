import { beforeAll, describe, expect, it } from "vitest";
import { figureRows } from "../../src/charts/scene.ts";
import { figuresByProgram, siteFiguresByProgram } from "../../src/figure/program-figures.ts";
import { chartDataOf } from "../../src/model/chart-data.ts";
import type { SiteEntries } from "../../src/model/entries.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { validateProject } from "../../src/validate/index.ts";
import { FIXTURE_ROOT } from "../helpers/site-data.ts";

let site: SiteEntries;
beforeAll(async () => {
  site = (await validateProject(FIXTURE_ROOT)).entries;
});

describe("figuresByProgram", () => {
  it("gives each program the figures that have a row of it or a row tied to it, in the figures' order", () => {
    const figures = site.figures.map((f) => f.data);
    const data = chartDataOf(site);
    const index = figuresByProgram(figures, data, ko);
    for (const { id } of site.programs) {
      // The definition, asked figure by figure (what each program page used to do).
      const drawing = figures.filter((figure) =>
        figureRows(figure, data, ko).some((row) => row.key === id || row.attributes["programId"] === id),
      );
      expect(
        (index.get(id) ?? []).map((f) => f.id),
        id,
      ).toEqual(drawing.map((f) => f.id));
    }
  });

  it("on the fixture: job-fair is drawn by the bar and glyph charts, not by the awards or the table", () => {
    const ids = (siteFiguresByProgram(site).get("job-fair") ?? []).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["money-by-program", "people-by-program"]));
    expect(ids).not.toContain("award-history");
    expect(ids).not.toContain("contest-cases");
  });

  it("ties a timeline event to its program (funding-timeline draws new-middle-age's start)", () => {
    expect((siteFiguresByProgram(site).get("new-middle-age") ?? []).map((f) => f.id)).toContain("funding-timeline");
  });

  it("is worked out once per site read", () => {
    expect(siteFiguresByProgram(site)).toBe(siteFiguresByProgram(site));
    expect(siteFiguresByProgram(structuredClone(site))).not.toBe(siteFiguresByProgram(site));
  });
});
