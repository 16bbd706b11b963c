import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { createUrls } from "../../src/embed/urls.ts";
import { MAIN_STORY } from "../../src/model/stories.ts";
import { robotsTxt } from "../../src/publish/robots.ts";
import { feedItems } from "../../src/publish/rss-items.ts";
import { inSitemap } from "../../src/publish/sitemap.ts";

const urls = createUrls({ site: "https://goyang-jobs.example", base: "/" });
const sub = createUrls({ site: "https://news.example", base: "/goyang/" });
const story = (id: string, published: string, updated = published) => ({
  id,
  data: { title: `제목 ${id}`, dek: `요약 ${id}`, published, updated },
});

describe("feedItems", () => {
  it("lists every story newest first, then by last update, then by slug", () => {
    const items = feedItems(
      [
        story(MAIN_STORY, "2026-11-27"),
        story("b", "2026-12-05"),
        story("a", "2026-12-05"),
        story("c", "2026-12-01", "2026-12-09"),
        story("d", "2026-12-01"),
      ],
      urls,
    );
    expect(items.map((i) => i.link)).toEqual([
      "https://goyang-jobs.example/stories/a/",
      "https://goyang-jobs.example/stories/b/",
      "https://goyang-jobs.example/stories/c/",
      "https://goyang-jobs.example/stories/d/",
      "https://goyang-jobs.example/",
    ]);
  });
  it("a story's item is its title, dek, absolute link and the start of its day in Seoul", () => {
    expect(feedItems([story("youth", "2026-11-27")], sub)).toEqual([
      {
        title: "제목 youth",
        description: "요약 youth",
        link: "https://news.example/goyang/stories/youth/",
        pubDate: new Date("2026-11-26T15:00:00Z"),
      },
    ]);
  });
});

describe("inSitemap", () => {
  it("keeps the HTML pages", () => {
    expect(inSitemap("https://goyang-jobs.example/", "/")).toBe(true);
    expect(inSitemap("https://goyang-jobs.example/stories/youth/", "/")).toBe(true);
    expect(inSitemap("https://news.example/goyang/programs/job-fair/", "/goyang/")).toBe(true);
  });
  it("leaves out the embed pages and the gallery", () => {
    expect(inSitemap("https://goyang-jobs.example/embed/", "/")).toBe(false);
    expect(inSitemap("https://goyang-jobs.example/embed/money/", "/")).toBe(false);
    expect(inSitemap("https://news.example/goyang/embed/money/", "/goyang/")).toBe(false);
  });
  it("leaves out files: downloads, oEmbed, the host script, the feed", () => {
    for (const file of ["downloads/money.csv", "oembed/money.json", "embed.js", "rss.xml", "robots.txt"]) {
      expect(inSitemap(`https://goyang-jobs.example/${file}`, "/"), file).toBe(false);
    }
  });
});

describe("robotsTxt", () => {
  it("allows every page and names the sitemap by its absolute URL", () => {
    expect(robotsTxt(urls)).toBe("User-agent: *\nAllow: /\n\nSitemap: https://goyang-jobs.example/sitemap-index.xml\n");
    expect(robotsTxt(sub)).toContain("Sitemap: https://news.example/goyang/sitemap-index.xml\n");
  });
});

describe("the XML parser the site tests use", () => {
  it("XMLValidator refuses malformed XML (so a passing feed test means well-formed XML)", () => {
    expect(XMLValidator.validate("<rss><channel></rss>")).not.toBe(true);
    expect(XMLValidator.validate('<?xml version="1.0"?><rss><channel/></rss>')).toBe(true);
    expect(new XMLParser().parse("<a><b>1</b></a>")).toEqual({ a: { b: 1 } });
  });
});
