import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createServerDocument } from "../../src/charts/server-document.ts";
import { renderFigure } from "../../src/figure/render-figure.ts";
import { renderWithData, siteData, storyFile } from "../helpers/render-story.ts";

/** Serializes through one DOM implementation, so two HTML serializers compare fairly. */
const canonical = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.innerHTML;

describe("::chart[figure-id]", () => {
  for (const figure of siteData.figures) {
    it(`::chart[${figure.id}] renders exactly what the figure component renders`, async () => {
      const { html, problems } = await renderWithData(storyFile(`::chart[${figure.id}]`));
      expect(problems).toEqual([]);
      const placed = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector(
        "div.chart-block > figure",
      );
      expect(placed, html.slice(0, 200)).not.toBeNull();
      const component = renderFigure(figure, siteData, siteData.sources, createServerDocument()).outerHTML;
      expect(canonical(placed!.outerHTML)).toBe(canonical(component));
    });
  }
});
