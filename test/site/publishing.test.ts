/**
 * Publishing metadata in the real build (test/helpers/built-site.ts, SITE_URL set as a
 * production build has it): JSON-LD on every story page with the fields Google's article and
 * dataset guidelines ask for, canonical URLs, the RSS feed, the sitemap and robots.txt. The
 * XML is checked by a real parser (fast-xml-parser's XMLValidator); every expectation comes
 * from content/stories/ and data/sources.json of the built copy, read here as plain text and
 * JSON, independently of src/publish/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { MAIN_STORY } from "../../src/model/stories.ts";
import { readPngHeader } from "../downloads/png-file.ts";
import { useBuiltSite } from "../helpers/built-site.ts";
import { ROOT } from "../helpers/site-data.ts";

interface Frontmatter {
  title: string;
  dek: string;
  byline: string;
  published: string;
  updated: string;
  sourceIds: string[];
}

interface RawSource {
  id: string;
  outlet: string;
  reporter: string;
  headline: string;
  publishedAt: string;
  url: string | null;
}

type Json = Record<string, unknown>;

/** content/stories/ of a project as plain YAML, by slug. */
function readStories(root: string): Map<string, Frontmatter> {
  const dir = join(root, "content/stories");
  const stories = new Map<string, Frontmatter>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(join(dir, file), "utf8");
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (yaml === undefined) throw new Error(`${file}: no frontmatter`);
    stories.set(file.replace(/\.md$/, ""), parseYaml(yaml) as Frontmatter);
  }
  return stories;
}

/** Where the site puts a story, as the README says: the main story at the root, the others under stories/. */
const storyRoute = (slug: string) => (slug === MAIN_STORY ? "" : `stories/${slug}/`);

// Test names from the repository's stories as the run starts; expectations from the built copy.
const SLUGS = [...readStories(ROOT).keys()].sort();
const site = useBuiltSite();
let stories = new Map<string, Frontmatter>();
let sources: RawSource[] = [];
let home = "";
beforeAll(() => {
  stories = readStories(site().dir);
  sources = JSON.parse(readFileSync(join(site().dir, "data/sources.json"), "utf8")) as RawSource[];
  const { site: siteUrl, base } = site().links;
  if (!siteUrl) throw new Error("the shared build has no SITE_URL: test builds must set one");
  home = new URL(base, siteUrl).href;
});

const absolute = (route: string) => new URL(route, home).href;
/** The dist/ file an absolute URL of this site names, or null when it is not under the site. */
function fileOf(url: string): string | null {
  if (!url.startsWith(home)) return null;
  const route = decodeURI(new URL(url).pathname.slice(new URL(home).pathname.length));
  return join(site().dist, route === "" || route.endsWith("/") ? `${route}index.html` : route);
}
const existsAt = (url: string) => {
  const file = fileOf(url);
  return file !== null && existsSync(file);
};
const page = (route: string) => {
  const html = readFileSync(join(site().dist, route, "index.html"), "utf8");
  return { html, document: parseHTML(html).document };
};
const jsonLdOf = (document: Document): Json[] =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? "") as Json,
  );
const ofType = (items: Json[], type: string) => items.filter((item) => item["@type"] === type);
const SEOUL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}\+09:00$/;

it("the build has stories to check", () => {
  expect(SLUGS.length).toBeGreaterThan(0);
  expect(SLUGS).toContain(MAIN_STORY);
});

describe.each(SLUGS)("the story %s", (slug) => {
  const load = () => {
    const story = stories.get(slug);
    if (!story) throw new Error(`content/stories/${slug}.md is not in the built copy`);
    const { html, document } = page(storyRoute(slug));
    return { story, html, document, url: absolute(storyRoute(slug)) };
  };
  const article = () => {
    const { document } = load();
    const articles = ofType(jsonLdOf(document), "NewsArticle");
    expect(articles, "one NewsArticle on the page").toHaveLength(1);
    return articles[0]!;
  };

  it("has a canonical URL, absolute, its og:url, and a link to the feed", () => {
    const { document, url } = load();
    const links = [...document.querySelectorAll('link[rel="canonical"]')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute("href")).toBe(url);
    expect(document.querySelector('meta[property="og:url"]')?.getAttribute("content")).toBe(url);
    const feed = document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute("href");
    expect(feed).toBe(absolute("rss.xml"));
  });

  it("prints its JSON-LD as data that no text can break out of, and it parses", () => {
    const { html } = load();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block).not.toMatch(/[<>]/);
      const data = JSON.parse(block) as Json;
      expect(data["@context"]).toBe("https://schema.org");
    }
  });

  it("is a NewsArticle with the story's headline (≤ 110 characters), description and page", () => {
    const { story, url } = load();
    const a = article();
    const headline = String(a["headline"]);
    expect([...headline].length).toBeLessThanOrEqual(110);
    if ([...story.title].length <= 110) expect(headline).toBe(story.title);
    else expect(headline.endsWith("…") && story.title.startsWith(headline.slice(0, -1))).toBe(true);
    expect(a["description"]).toBe(story.dek);
    expect(a["mainEntityOfPage"]).toEqual({ "@type": "WebPage", "@id": url });
    expect(a["url"]).toBe(url);
  });

  it("has absolute image URLs of files in the build, the share image among them", () => {
    const { document } = load();
    const images = article()["image"] as string[];
    expect(Array.isArray(images) && images.length > 0).toBe(true);
    for (const image of images) {
      expect(image.startsWith(home), `${image} is under ${home}`).toBe(true);
      expect(existsAt(image), `${image} is built`).toBe(true);
    }
    const ogImage = document.querySelector('meta[property="og:image"]')?.getAttribute("content");
    if (ogImage) expect(images).toContain(ogImage);
  });

  it("is dated in ISO 8601 with the +09:00 zone, on the frontmatter's days", () => {
    const { story } = load();
    const a = article();
    const published = SEOUL_DATE_TIME.exec(String(a["datePublished"]));
    const modified = SEOUL_DATE_TIME.exec(String(a["dateModified"]));
    expect(published?.[1]).toBe(story.published);
    expect(modified?.[1]).toBe(story.updated);
    expect(Date.parse(String(a["datePublished"]))).toBeLessThanOrEqual(Date.parse(String(a["dateModified"])));
  });

  it("names its author from the byline, as a Person or an Organization", () => {
    const { story } = load();
    const authors = article()["author"] as Json[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      expect(["Person", "Organization"]).toContain(author["@type"]);
      expect(typeof author["name"] === "string" && story.byline.includes(author["name"])).toBe(true);
      if (author["url"] !== undefined) expect(() => new URL(String(author["url"]))).not.toThrow();
    }
  });

  it("is published by the site, an Organization with a PNG logo of at least 112 px in the build", () => {
    const { document } = load();
    const publisher = article()["publisher"] as Json;
    expect(publisher["@type"]).toBe("Organization");
    expect(publisher["name"]).toBe(document.querySelector('meta[property="og:site_name"]')?.getAttribute("content"));
    const logo = publisher["logo"] as Json;
    const file = fileOf(String(logo["url"]));
    expect(file && existsSync(file), `${String(logo["url"])} is built`).toBe(true);
    const png = readPngHeader(new Uint8Array(readFileSync(file!)));
    expect([png.width, png.height]).toEqual([logo["width"], logo["height"]]);
    expect(Math.min(png.width, png.height)).toBeGreaterThanOrEqual(112);
  });

  it("isBasedOn the reports its frontmatter names: headline, outlet and time as data/sources.json has them", () => {
    const { story } = load();
    const basedOn = article()["isBasedOn"] as Json[];
    expect(basedOn).toHaveLength(story.sourceIds.length);
    story.sourceIds.forEach((id, i) => {
      const source = sources.find((s) => s.id === id)!;
      expect(basedOn[i]).toMatchObject({
        headline: source.headline,
        datePublished: source.publishedAt,
        publisher: { "@type": "Organization", name: source.outlet },
        author: { name: source.reporter },
      });
      if (source.url) expect(basedOn[i]!["url"]).toBe(source.url);
      else expect(basedOn[i]).not.toHaveProperty("url");
    });
  });

  it("declares a Dataset for every CSV the page offers, with its download", () => {
    const { document, url } = load();
    const csvs = [...document.querySelectorAll("a[download]")]
      .map((a) => new URL(a.getAttribute("href") ?? "", url).href)
      .filter((href) => href.endsWith(".csv"));
    const datasets = ofType(jsonLdOf(document), "Dataset");
    const offered = datasets.flatMap((d) =>
      (d["distribution"] as Json[])
        .filter((x) => x["encodingFormat"] === "text/csv")
        .map((x) => String(x["contentUrl"])),
    );
    expect(offered.sort()).toEqual([...new Set(csvs)].sort());
    for (const dataset of datasets) {
      const name = String(dataset["name"]);
      expect(name.length, "name").toBeGreaterThan(0);
      const description = [...String(dataset["description"])].length;
      expect(description, `${name}: description of 50 to 5000 characters`).toBeGreaterThanOrEqual(50);
      expect(description).toBeLessThanOrEqual(5000);
      expect((dataset["creator"] as Json)["name"], `${name}: creator`).toBeTruthy();
      if (dataset["license"] !== undefined) expect(() => new URL(String(dataset["license"]))).not.toThrow();
      const anchor = String(dataset["url"]);
      expect(anchor.startsWith(`${url}#`), `${name}: ${anchor} is on this page`).toBe(true);
      expect(document.getElementById(decodeURIComponent(anchor.slice(url.length + 1))), `${anchor}'s id`).toBeTruthy();
      for (const download of dataset["distribution"] as Json[]) {
        expect(download["@type"]).toBe("DataDownload");
        expect(existsAt(String(download["contentUrl"])), `${String(download["contentUrl"])} is built`).toBe(true);
      }
    }
  });
});

describe("every page", () => {
  it("has one canonical URL, absolute under the site, and og:url says the same", () => {
    const problems: string[] = [];
    for (const file of site().pages) {
      const document = parseHTML(readFileSync(join(site().dist, file), "utf8")).document;
      const canonical = [...document.querySelectorAll('link[rel="canonical"]')].map(
        (l) => l.getAttribute("href") ?? "",
      );
      if (canonical.length !== 1 || !canonical[0]!.startsWith(home)) problems.push(`${file}: canonical ${canonical}`);
      const ogUrl = document.querySelector('meta[property="og:url"]')?.getAttribute("content");
      if (ogUrl !== undefined && ogUrl !== null && ogUrl !== canonical[0]) problems.push(`${file}: og:url ${ogUrl}`);
    }
    expect(problems).toEqual([]);
  });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
/** A feed or sitemap file of the build: well-formed XML (XMLValidator), parsed. */
function readXml(route: string): Json {
  const text = readFileSync(join(site().dist, route), "utf8");
  expect(XMLValidator.validate(text), `${route} is well-formed XML`).toBe(true);
  return xml.parse(text) as Json;
}
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe("the RSS feed (/rss.xml)", () => {
  const channel = () => (readXml("rss.xml")["rss"] as Json)["channel"] as Json;

  it("is RSS 2.0 in Korean, with the site's home and its own absolute address", () => {
    const rss = readXml("rss.xml")["rss"] as Json;
    expect(rss["@version"]).toBe("2.0");
    const c = channel();
    expect(String(c["title"]).length).toBeGreaterThan(0);
    expect(String(c["description"])).toMatch(/[가-힣]/);
    expect(c["language"]).toBe("ko");
    expect(c["link"]).toBe(home);
    expect((c["atom:link"] as Json)["@href"]).toBe(absolute("rss.xml"));
  });

  it("has every story once, newest first, with its title, dek, absolute link and day", () => {
    const items = list(channel()["item"] as Json | Json[]);
    const expected = [...stories.entries()].sort(
      ([a, x], [b, y]) =>
        y.published.localeCompare(x.published) || y.updated.localeCompare(x.updated) || a.localeCompare(b),
    );
    expect(items.map((i) => i["link"])).toEqual(expected.map(([slug]) => absolute(storyRoute(slug))));
    items.forEach((item, i) => {
      const [, story] = expected[i]!;
      expect(item["title"]).toBe(story.title);
      expect(item["description"]).toBe(story.dek);
      expect(new Date(String(item["pubDate"])).toISOString()).toBe(
        new Date(`${story.published}T00:00:00+09:00`).toISOString(),
      );
      expect(existsAt(String(item["link"])), `${String(item["link"])} is built`).toBe(true);
    });
  });
});

describe("the sitemap", () => {
  /** Every <loc> of the sitemap files the index names. */
  const locations = () => {
    const index = readXml("sitemap-index.xml")["sitemapindex"] as Json;
    const maps = list(index["sitemap"] as Json | Json[]).map((s) => String(s["loc"]));
    expect(maps.length).toBeGreaterThan(0);
    return maps.flatMap((map) => {
      expect(map.startsWith(home), `${map} is under ${home}`).toBe(true);
      const urlset = readXml(fileOf(map)!.slice(site().dist.length + 1))["urlset"] as Json;
      return list(urlset["url"] as Json | Json[]).map((u) => String(u["loc"]));
    });
  };

  it("lists every indexable HTML page once, by its absolute URL, and no embed page", () => {
    const locs = locations();
    expect(new Set(locs).size).toBe(locs.length);
    // Directory pages (…/index.html); a status page such as 404.html is never in a sitemap.
    const indexable = site()
      .pages.filter((file) => file === "index.html" || file.endsWith("/index.html"))
      .filter((file) => {
        const html = readFileSync(join(site().dist, file), "utf8");
        return !parseHTML(html).document.querySelector('meta[name="robots"][content~="noindex"]');
      })
      .map((file) => absolute(file.replace(/(^|\/)index\.html$/, "$1")))
      .filter((url) => !url.startsWith(absolute("embed/")));
    expect(locs.sort()).toEqual(indexable.sort());
    expect(locs.filter((loc) => loc.startsWith(absolute("embed/")))).toEqual([]);
    for (const loc of locs) expect(existsAt(loc), `${loc} is built`).toBe(true);
    for (const slug of SLUGS) expect(locs).toContain(absolute(storyRoute(slug)));
  });

  it("is named by robots.txt with its absolute URL", () => {
    const robots = readFileSync(join(site().dist, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots.match(/^Sitemap: (.+)$/m)?.[1]).toBe(absolute("sitemap-index.xml"));
  });
});
