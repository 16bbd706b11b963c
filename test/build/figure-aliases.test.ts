/**
 * A renamed figure in a real build: the tests' own site (test/fixtures/site) with one
 * figure given former ids, as an editor renaming it would write them, built by the real
 * `npm run build` in a throwaway copy. Every old address must still work: the embed page
 * (reporting the old id, canonical to the chart in the story), the oEmbed response and the
 * story's anchor, and the pages stay valid HTML with no broken link. The repository's
 * data/ has no renamed figure, so this build is the test's own (never the shared one).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectCopy, TEST_SITE_URL, type BuildRun } from "../helpers/build-project.ts";
import { configuredLinks } from "../helpers/built-site.ts";
import { checkDist, formatBroken } from "../helpers/link-check.ts";
import config from "../site/html-validate.config.mjs";

const FIGURE = "money-by-program";
const FORMER = ["budget-by-program", "old-money"];
const STORY = "content/stories/goyang-jobs-2025.md";

const copy = new ProjectCopy()
  .useFixtureSite()
  .edit(`data/figures/${FIGURE}.json`, (text) => {
    const { id, ...rest } = JSON.parse(text) as { id: string };
    return `${JSON.stringify({ id, formerIds: FORMER, ...rest }, null, 2)}\n`;
  })
  // Old links into the story, as another page or an old share would have them.
  .edit(STORY, (text) => `${text.trimEnd()}\n\n[예전 그래프 주소](#figure-old-money)\n`);
let run: BuildRun;

beforeAll(async () => {
  run = await copy.buildAsync();
}, 300_000);
afterAll(() => copy.cleanup());

const read = (path: string) => readFileSync(join(copy.dist, path), "utf8");
const documentOf = (path: string) => parseHTML(read(path)).document as unknown as Document;

describe("a renamed figure in the build", () => {
  it("builds", () => {
    expect(run.status, run.output.slice(-3000)).toBe(0);
  });

  for (const old of FORMER) {
    it(`/embed/${old}/ is the figure's embed page, reporting the id "${old}"`, () => {
      expect(existsSync(join(copy.dist, `embed/${old}/index.html`))).toBe(true);
      const page = documentOf(`embed/${old}/index.html`);
      const main = page.querySelector("main[data-embed-content]");
      expect(main?.getAttribute("data-figure-id")).toBe(old);
      expect(page.querySelector("link[rel=canonical]")?.getAttribute("href")).toBe(
        `${TEST_SITE_URL}/#figure-${FIGURE}`,
      );
      expect(page.querySelector("figure.chart")?.id).toBe(`figure-${FIGURE}`);
      // Everything else is the figure's own page, byte for byte.
      const own = read(`embed/${FIGURE}/index.html`);
      expect(own).toContain(`data-embed-content data-figure-id="${FIGURE}"`);
      expect(read(`embed/${old}/index.html`).replace(`data-figure-id="${old}"`, `data-figure-id="${FIGURE}"`)).toBe(
        own,
      );
    });

    it(`/oembed/${old}.json answers like the figure's`, () => {
      expect(existsSync(join(copy.dist, `oembed/${old}.json`))).toBe(true);
      expect(JSON.parse(read(`oembed/${old}.json`))).toEqual(JSON.parse(read(`oembed/${FIGURE}.json`)));
      // And every other response the figure has (per-width ones, /oembed/<id>/<width>.json).
      const own = join(copy.dist, `oembed/${FIGURE}`);
      for (const file of existsSync(own) ? readdirSync(own) : [])
        expect(read(`oembed/${old}/${file}`), file).toBe(read(`oembed/${FIGURE}/${file}`));
    });

    it(`the story keeps the anchor #figure-${old} on the chart`, () => {
      const anchor = documentOf("index.html").getElementById(`figure-${old}`);
      expect(anchor?.closest("figure")?.id).toBe(`figure-${FIGURE}`);
      expect(anchor?.textContent).toBe("");
    });

    // An old code's fallback image, print image and AMP placeholder name the old id.
    it(`/downloads/${old}.{csv,svg,png}, -phone.svg and -card.png are the figure's files`, () => {
      for (const name of [".csv", ".svg", ".png", "-phone.svg", "-card.png"]) {
        const file = `downloads/${old}${name}`;
        expect(existsSync(join(copy.dist, file)), file).toBe(true);
        expect(
          readFileSync(join(copy.dist, file)).equals(readFileSync(join(copy.dist, `downloads/${FIGURE}${name}`))),
          file,
        ).toBe(true);
      }
    });
  }

  it("the gallery shows the figure under its id only", () => {
    const gallery = read("embed/index.html");
    for (const old of FORMER) expect(gallery).not.toContain(`embed/${old}/`);
    expect(gallery).toContain(`embed/${FIGURE}/`);
  });

  it("the story and the alias pages are valid HTML (html-validate, the site's configuration)", async () => {
    const validator = new HtmlValidate(config);
    const errors: string[] = [];
    for (const page of ["index.html", ...FORMER.map((old) => `embed/${old}/index.html`)]) {
      const report = await validator.validateFile(join(copy.dist, page));
      for (const m of report.results.flatMap((r) => r.messages))
        if (m.severity === 2) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it("no link of the build is broken, the old anchor included", () => {
    const report = checkDist(copy.dist, configuredLinks());
    expect(report.fragments).toBeGreaterThan(0);
    expect(report.broken.map(formatBroken)).toEqual([]);
    expect(read("index.html")).toContain('href="#figure-old-money"');
  });
});
