import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { withFormerIds } from "../../src/embed/aliases.ts";
import { renderFigure } from "../../src/figure/render-figure.ts";
import { renderStoryMarkdown } from "../../src/markdown/render-story.ts";
import { siteData, storyFile } from "../helpers/render-story.ts";
import { loadFigure } from "../helpers/site-data.ts";

const renamed = { ...loadFigure("money-by-program"), formerIds: ["budget-by-program", "old-money"] };

describe("withFormerIds(paths, figureOf)", () => {
  const props = { figure: renamed };
  const other = { figure: loadFigure("people-by-program") };

  it("adds each former id's path after the figure's own, with the same props", () => {
    const paths = withFormerIds(
      [
        { params: { id: "money-by-program" }, props },
        { params: { id: "people-by-program" }, props: other },
      ],
      (path) => path.props.figure,
    );
    expect(paths.map((p) => p.params.id)).toEqual([
      "money-by-program",
      "budget-by-program",
      "old-money",
      "people-by-program",
    ]);
    expect(paths[1]?.props).toBe(props);
    expect(paths[2]?.props).toBe(props);
    expect(paths[3]?.props).toBe(other);
  });

  it("keeps a route's other params", () => {
    const paths = withFormerIds([{ params: { id: "money-by-program", width: "320" } }], () => renamed);
    expect(paths.map((p) => p.params)).toEqual([
      { id: "money-by-program", width: "320" },
      { id: "budget-by-program", width: "320" },
      { id: "old-money", width: "320" },
    ]);
  });

  it("adds nothing for a figure never renamed", () => {
    const paths = [{ params: { id: "people-by-program" }, props: other }];
    expect(withFormerIds(paths, (path) => path.props.figure)).toEqual(paths);
  });
});

describe("a renamed figure keeps its old anchors", () => {
  it("renderFigure puts an empty #figure-<former id> inside the figure, before its title", () => {
    const figure = renderFigure(renamed, siteData, siteData.sources, createServerDocument());
    expect(figure.id).toBe("figure-money-by-program");
    const anchors = [...figure.querySelectorAll(".chart-former-id")];
    expect(anchors.map((a) => a.id)).toEqual(["figure-budget-by-program", "figure-old-money"]);
    for (const anchor of anchors) {
      expect(anchor.tagName).toBe("SPAN");
      expect(anchor.childNodes.length).toBe(0);
      expect(anchor.parentElement).toBe(figure);
    }
    expect(anchors.at(-1)?.nextElementSibling?.tagName).toBe("H3");
  });

  it("a figure never renamed has none", () => {
    const figure = renderFigure(loadFigure("money-by-program"), siteData, siteData.sources, createServerDocument());
    expect(figure.querySelector(".chart-former-id")).toBeNull();
  });

  it("a story's ::chart carries them, so /#figure-<former id> lands on the chart", async () => {
    const data = { ...siteData, figures: siteData.figures.map((f) => (f.id === renamed.id ? renamed : f)) };
    const { html } = await renderStoryMarkdown(
      storyFile("::chart[money-by-program]\n\n[예전 링크](#figure-old-money)"),
      "content/stories/x.md",
      data,
      createServerDocument(),
    );
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelector("#figure-old-money")?.closest("figure")?.id).toBe("figure-money-by-program");
    expect(document.querySelectorAll("[id]").length).toBe(
      new Set([...document.querySelectorAll("[id]")].map((e) => e.id)).size,
    );
  });
});
