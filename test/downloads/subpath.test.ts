/**
 * Built for a newsroom's own address (SITE_URL=https://news.example BASE_PATH=/goyang/):
 * every code, oEmbed response, share tag and download link uses it, and every link of the
 * build still resolves under the sub-path.
 */
import { figureHomeUrl } from "../helpers/figure-homes.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDist, formatBroken } from "../helpers/link-check.ts";
import { CONFIGURATIONS, sharedSite } from "../helpers/shared-build.ts";
import { figureIds } from "../helpers/site-data.ts";

const { SITE_URL: SITE, BASE_PATH: BASE } = CONFIGURATIONS.subpath;

describe(`built with SITE_URL=${SITE} BASE_PATH=${BASE}`, () => {
  // The run's one build of this configuration (test/helpers/shared-build.ts).
  let dist = "";
  /** The figures the build published: those of the data/ it was built from. */
  let figures: string[] = [];
  let projectDir = "";
  const read = (path: string) => readFileSync(join(dist, path), "utf8");
  beforeAll(async () => {
    const build = await sharedSite("subpath");
    dist = build.dist;
    projectDir = build.dir;
    figures = figureIds(build.dir);
    expect(figures.length).toBeGreaterThan(0);
  }, 240_000);

  it("the gallery's codes point at https://news.example/goyang/, its previews at /goyang/embed/", () => {
    const html = read("embed/index.html");
    const { document } = parseHTML(html);
    for (const id of figures) {
      expect(html).toContain(`src=&quot;${SITE}${BASE}embed/${id}/&quot;`);
      expect(html).toContain(`data-goyang-embed-src=&quot;${SITE}${BASE}embed/${id}/&quot;`);
      const home = figureHomeUrl(projectDir, id, (route) => `${SITE}${BASE}${route}`);
      expect(html).toContain(`&lt;a href=&quot;${home}&quot;&gt;`);
      expect(
        [...document.querySelectorAll(`iframe[data-figure-id="${id}"]`)].map((f) => f.getAttribute("src")),
      ).toEqual(Array(3).fill(`${BASE}embed/${id}/`));
    }
    expect(html).toContain(`src=&quot;${SITE}${BASE}embed.js&quot;`);
    expect(html).not.toContain("localhost");
  });

  it("the oEmbed responses use it too", () => {
    for (const id of figures) {
      const json = JSON.parse(read(`oembed/${id}.json`)) as {
        html: string;
        provider_url: string;
        thumbnail_url: string;
      };
      expect(json.html).toContain(`<iframe src="${SITE}${BASE}embed/${id}/"`);
      expect(json.html).toContain(`<script src="${SITE}${BASE}embed.js"></script>`);
      expect(json.provider_url).toBe(`${SITE}${BASE}`);
      expect(json.thumbnail_url).toBe(`${SITE}${BASE}downloads/${id}-card.png`);
    }
  });

  it("the story's share meta and download links are under the sub-path", () => {
    const { document } = parseHTML(read("index.html"));
    expect(document.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe(
      `${SITE}${BASE}downloads/story.png`,
    );
    expect(document.querySelector('meta[property="og:url"]')!.getAttribute("content")).toBe(`${SITE}${BASE}`);
    const hrefs = [...document.querySelectorAll(".chart-downloads a")].map((a) => a.getAttribute("href"));
    // CSV, the desktop and phone SVGs and the PNG under every chart the story places.
    expect(hrefs.length).toBe(document.querySelectorAll("figure.chart").length * 4);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href!.startsWith(`${BASE}downloads/`), href!).toBe(true);
  });

  it("every link of the build resolves under /goyang/", () => {
    const report = checkDist(dist, { base: BASE, site: SITE, trailingSlash: "always" });
    expect(report.broken.map(formatBroken)).toEqual([]);
  });
});
