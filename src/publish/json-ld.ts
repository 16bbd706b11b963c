/**
 * Structured data (schema.org as JSON-LD) for the stories: a NewsArticle per story page and
 * a Dataset per chart it offers for download. Pure functions of plain data: the page passes
 * its story, URLs, sources and figures; src/components/JsonLd.astro prints the result. The
 * fields are those Google's article and dataset guidelines ask for (headline ≤ 110
 * characters, absolute image URLs, dates with a time zone, author, publisher with a logo;
 * a dataset's name, 50-5000 character description and downloads).
 */
import { siteUrls, type SiteUrls } from "../embed/urls.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import type { Story } from "../schemas/story.ts";
import { seoulDateTime } from "./dates.ts";
import { sitePublisher, type Publisher } from "./publisher.ts";
import { storyUrl } from "./story-urls.ts";

export type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";
const LANGUAGE = "ko-KR";
export const HEADLINE_MAX = 110;
const DESCRIPTION_MIN = 50;
const DESCRIPTION_MAX = 5000;

type ArticleStory = Pick<Story, "title" | "dek" | "byline" | "published" | "updated">;
type CitedSource = Pick<Source, "outlet" | "reporter" | "headline" | "publishedAt" | "url">;
type DataFigure = Pick<Figure, "id" | "title" | "subtitle" | "description">;

/** Text cut to `max` characters (code points) with "…" when longer: headline("…", 110). */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** The headline search engines show: the story's title, at most 110 characters. */
export function headlineOf(title: string): string {
  return clip(title, HEADLINE_MAX);
}

// A byline that names a desk rather than a person: "데이터팀", "사회부", "편집국".
const DESK = /(?:팀|부|국|센터|데스크|취재반)$/u;

/**
 * The authors a byline names, split at "·" or ",": a desk is an Organization, anyone else a
 * Person ("기자" dropped).
 *   authorsOf("데이터팀") → [{ "@type": "Organization", name: "데이터팀" }]
 *   authorsOf("김하늘 기자·이바다") → [{ "@type": "Person", name: "김하늘" }, { "@type": "Person", name: "이바다" }]
 */
export function authorsOf(byline: string): JsonLd[] {
  return byline
    .split(/\s*[·,]\s*/u)
    .map((name) => name.replace(/\s*기자$/u, "").trim())
    .filter((name) => name !== "")
    .map((name) => ({ "@type": DESK.test(name) ? "Organization" : "Person", name }));
}

export function publisherJsonLd(publisher: Publisher): JsonLd {
  return {
    "@type": "Organization",
    name: publisher.name,
    url: publisher.url,
    logo: {
      "@type": "ImageObject",
      url: publisher.logo.url,
      width: publisher.logo.width,
      height: publisher.logo.height,
    },
  };
}

/** The report a story or a chart is based on, as the outlet published it (its address only when known). */
export function sourceJsonLd(source: CitedSource): JsonLd {
  return {
    "@type": "NewsArticle",
    headline: source.headline,
    datePublished: source.publishedAt,
    author: { "@type": "Person", name: source.reporter },
    publisher: { "@type": "Organization", name: source.outlet },
    ...(source.url ? { url: source.url } : {}),
  };
}

export interface ArticleInput {
  story: ArticleStory;
  /** The page's canonical URL. */
  url: string;
  /** Absolute URLs of the story's images (its share image first). */
  images: readonly string[];
  /** The reports the story is based on. */
  sources: readonly CitedSource[];
  publisher: Publisher;
}

export function newsArticleJsonLd({ story, url, images, sources, publisher }: ArticleInput): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: headlineOf(story.title),
    description: story.dek,
    inLanguage: LANGUAGE,
    image: [...images],
    datePublished: seoulDateTime(story.published),
    dateModified: seoulDateTime(story.updated),
    author: authorsOf(story.byline),
    publisher: publisherJsonLd(publisher),
    isBasedOn: sources.map(sourceJsonLd),
    isAccessibleForFree: true,
  };
}

/** A dataset's description, 50 to 5000 characters: the figure's description, after its subtitle when short. */
function datasetDescription(figure: DataFigure): string {
  const text =
    [...figure.description].length >= DESCRIPTION_MIN ? figure.description : `${figure.subtitle} ${figure.description}`;
  return clip(text, DESCRIPTION_MAX);
}

export interface DatasetInput {
  figure: DataFigure;
  /** Where the chart is on the page (page URL#figure-<id>). */
  url: string;
  /** Its CSV download, absolute. */
  csvUrl: string;
  /** The reports its numbers come from. */
  sources: readonly CitedSource[];
  publisher: Publisher;
  /** The story's last update ("YYYY-MM-DD"), when the data was last checked. */
  updated?: string;
  /** A license URL, when the data is published under one (none is stated today). */
  license?: string;
}

export function datasetJsonLd({ figure, url, csvUrl, sources, publisher, updated, license }: DatasetInput): JsonLd {
  const creator = publisherJsonLd(publisher);
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    "@id": url,
    url,
    name: figure.title,
    description: datasetDescription(figure),
    inLanguage: LANGUAGE,
    creator,
    publisher: creator,
    isBasedOn: sources.map(sourceJsonLd),
    isAccessibleForFree: true,
    ...(updated ? { dateModified: seoulDateTime(updated) } : {}),
    ...(license ? { license } : {}),
    distribution: [{ "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: csvUrl }],
  };
}

type SourceById = CitedSource & Pick<Source, "id">;

export interface StoryJsonLdInput {
  /** content/stories/<slug>.md */
  slug: string;
  story: ArticleStory & Pick<Story, "sourceIds">;
  /** Every source (data/sources.json): the story's and each figure's are picked by id. */
  sources: readonly SourceById[];
  /** The figures the page shows with their downloads, in page order. */
  figures: readonly (DataFigure & Pick<Figure, "sourceIds">)[];
  /** The story's share image (og:image), absolute. */
  image: string;
  /** This build's URLs unless told (a test passes createUrls({ site, base })). */
  urls?: SiteUrls;
}

/**
 * Everything a story page declares: its NewsArticle, then a Dataset per downloadable chart.
 * The one call a story layout makes: <JsonLd data={storyJsonLd({ ... })} />.
 */
export function storyJsonLd({ slug, story, sources, figures, image, urls = siteUrls() }: StoryJsonLdInput): JsonLd[] {
  const url = storyUrl(slug, urls);
  const publisher = sitePublisher(urls);
  const pick = (ids: readonly string[]) =>
    ids.map((id) => {
      const source = sources.find((s) => s.id === id);
      if (!source) throw new Error(`storyJsonLd: no source "${id}" (data/sources.json)`);
      return source;
    });
  return [
    newsArticleJsonLd({ story, url, images: [image], sources: pick(story.sourceIds), publisher }),
    ...figures.map((figure) =>
      datasetJsonLd({
        figure,
        url: `${url}#figure-${figure.id}`,
        csvUrl: urls.download(figure.id, "csv"),
        sources: pick(figure.sourceIds),
        publisher,
        updated: story.updated,
      }),
    ),
  ];
}
