/**
 * Several stories: each shows only what it places (its figures, the programs it names, its
 * own sections and share image), and each figure's canonical home is the first story that
 * places it, or its own embed page when none does: never a dead anchor. What each story
 * places is read from its Markdown in the built copy, so the test follows an editor.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { useBuiltSite } from "../helpers/built-site.ts";
import { MAIN_STORY, storiesOf, type StoryPlacing } from "../helpers/figure-homes.ts";

const site = useBuiltSite();
const MAIN = MAIN_STORY;

const pathOf = (slug: string) => (slug === MAIN ? "index.html" : `stories/${slug}/index.html`);

describe("stories", () => {
  let stories: StoryPlacing[];
  const documentOf = (slug: string) =>
    parseHTML(readFileSync(join(site().dist, pathOf(slug)), "utf8")).document as unknown as Document;

  beforeAll(() => {
    stories = storiesOf(site().dir);
  });

  it("there are several stories, each with a page", () => {
    expect(stories.length).toBeGreaterThan(1);
    for (const story of stories) expect(existsSync(join(site().dist, pathOf(story.slug))), story.slug).toBe(true);
  });

  it("each story shows exactly the figures it places and lists exactly the programs it names", () => {
    for (const story of stories) {
      const document = documentOf(story.slug);
      expect(
        [...document.querySelectorAll("figure.chart")].map((f) => f.id),
        story.slug,
      ).toEqual(story.figures.map((id) => `figure-${id}`));
      const listed = [...document.querySelectorAll('#programs-heading ~ ul a[href*="/programs/"]')].map((a) =>
        a.getAttribute("href")!.split("/").at(-2)!,
      );
      expect(listed.sort(), story.slug).toEqual([...story.programs].sort());
    }
  });

  it("no story carries another story's sections", () => {
    for (const story of stories) {
      const headings = [...documentOf(story.slug).querySelectorAll("h2")].map((h) => h.textContent?.trim());
      for (const other of stories.filter((o) => o !== story))
        for (const heading of other.headings.filter((h) => !story.headings.includes(h)))
          expect(headings, `${story.slug} has ${other.slug}'s "${heading}"`).not.toContain(heading);
    }
  });

  it("each story has its own share image, and it is a PNG of dist/", () => {
    const images = stories.map((story) => {
      const url = documentOf(story.slug).querySelector('meta[property="og:image"]')?.getAttribute("content");
      expect(url, story.slug).toBeTruthy();
      const file = join(site().dist, new URL(url!).pathname.replace(site().links.base, ""));
      expect(readFileSync(file).subarray(1, 4).toString(), file).toBe("PNG");
      return url;
    });
    expect(new Set(images).size).toBe(stories.length);
  });

  it("each figure's embed page names as canonical the first story placing it, whose page has the anchor; else itself", () => {
    const figures = readdirSync(join(site().dir, "data/figures")).map((f) => f.replace(/\.json$/, ""));
    for (const figure of figures) {
      const embed = parseHTML(readFileSync(join(site().dist, "embed", figure, "index.html"), "utf8")).document;
      const canonical = new URL(embed.querySelector('link[rel="canonical"]')!.getAttribute("href")!);
      const home = stories.find((story) => story.figures.includes(figure));
      if (home === undefined) {
        expect(canonical.pathname, figure).toBe(`${site().links.base}embed/${figure}/`);
        continue;
      }
      expect(canonical.pathname + canonical.hash, figure).toBe(
        `${site().links.base}${pathOf(home.slug).replace(/index\.html$/, "")}#figure-${figure}`,
      );
      expect(
        documentOf(home.slug).getElementById(`figure-${figure}`),
        `${home.slug} has #figure-${figure}`,
      ).not.toBeNull();
    }
  });
});
