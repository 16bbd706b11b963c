import { describe, expect, it } from "vitest";
import { createUrls } from "../../src/embed/urls.ts";
import { MAIN_STORY } from "../../src/model/stories.ts";
import {
  authorsOf,
  datasetJsonLd,
  headlineOf,
  newsArticleJsonLd,
  sourceJsonLd,
  storyJsonLd,
} from "../../src/publish/json-ld.ts";
import { seoulDateTime } from "../../src/publish/dates.ts";
import { sitePublisher } from "../../src/publish/publisher.ts";
import { serializeJsonLd } from "../../src/publish/serialize-json-ld.ts";

const urls = createUrls({ site: "https://goyang-jobs.example", base: "/" });
const publisher = sitePublisher(urls);
const source = {
  id: "report-1",
  outlet: "시험일보",
  reporter: "홍길동",
  headline: "시험 기사 제목",
  publishedAt: "2025-12-01T17:06:00+09:00",
  url: null,
};
const story = {
  title: "시험용 기사 제목",
  dek: "시험용 요약 문장입니다.",
  byline: "데이터팀",
  published: "2026-11-27",
  updated: "2026-11-30",
  sourceIds: ["report-1"],
};
const figure = {
  id: "money",
  title: "사업별 예산",
  subtitle: "2025년 사업별 예산을 비교했습니다.",
  description:
    "고양시 일자리 사업의 2025년 예산을 가로 막대로 비교한 그래프입니다. 금액이 공개되지 않은 사업은 막대 없이 적었습니다.",
  sourceIds: ["report-1"],
};

describe("seoulDateTime", () => {
  it('seoulDateTime("2026-11-27") is "2026-11-27T00:00:00+09:00"', () => {
    expect(seoulDateTime("2026-11-27")).toBe("2026-11-27T00:00:00+09:00");
  });
  it("seoulDateTime refuses anything but YYYY-MM-DD", () => {
    expect(() => seoulDateTime("2026-11")).toThrow(RangeError);
  });
});

describe("headlineOf", () => {
  it("keeps a title of up to 110 characters", () => {
    expect(headlineOf("가".repeat(110))).toBe("가".repeat(110));
  });
  it("cuts a longer one to 110 characters ending in …", () => {
    const headline = headlineOf("가".repeat(130));
    expect([...headline]).toHaveLength(110);
    expect(headline.endsWith("…")).toBe(true);
  });
});

describe("authorsOf", () => {
  it('authorsOf("데이터팀") is an Organization', () => {
    expect(authorsOf("데이터팀")).toEqual([{ "@type": "Organization", name: "데이터팀" }]);
  });
  it('authorsOf("김하늘 기자·이바다") is two Persons, without 기자', () => {
    expect(authorsOf("김하늘 기자·이바다")).toEqual([
      { "@type": "Person", name: "김하늘" },
      { "@type": "Person", name: "이바다" },
    ]);
  });
});

describe("sourceJsonLd", () => {
  it("names the report's headline, outlet, reporter and time, and no url when it is unknown", () => {
    expect(sourceJsonLd(source)).toEqual({
      "@type": "NewsArticle",
      headline: "시험 기사 제목",
      datePublished: "2025-12-01T17:06:00+09:00",
      author: { "@type": "Person", name: "홍길동" },
      publisher: { "@type": "Organization", name: "시험일보" },
    });
  });
  it("carries the report's url when it is known", () => {
    expect(sourceJsonLd({ ...source, url: "https://news.example/1" })).toMatchObject({ url: "https://news.example/1" });
  });
});

describe("newsArticleJsonLd", () => {
  const article = newsArticleJsonLd({
    story,
    url: "https://goyang-jobs.example/",
    images: ["https://goyang-jobs.example/downloads/story.png"],
    sources: [source],
    publisher,
  });
  it("has what Google's article guidelines ask for", () => {
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "시험용 기사 제목",
      description: "시험용 요약 문장입니다.",
      image: ["https://goyang-jobs.example/downloads/story.png"],
      datePublished: "2026-11-27T00:00:00+09:00",
      dateModified: "2026-11-30T00:00:00+09:00",
      author: [{ "@type": "Organization", name: "데이터팀" }],
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://goyang-jobs.example/" },
      inLanguage: "ko-KR",
    });
  });
  it("is published by the site, with its logo", () => {
    expect(article["publisher"]).toEqual({
      "@type": "Organization",
      name: "고양시 일자리 사업 해설",
      url: "https://goyang-jobs.example/",
      logo: {
        "@type": "ImageObject",
        url: "https://goyang-jobs.example/publisher-logo.png",
        width: 512,
        height: 512,
      },
    });
  });
  it("isBasedOn the source report", () => {
    expect(article["isBasedOn"]).toEqual([sourceJsonLd(source)]);
  });
});

describe("datasetJsonLd", () => {
  const dataset = datasetJsonLd({
    figure,
    url: "https://goyang-jobs.example/#figure-money",
    csvUrl: "https://goyang-jobs.example/downloads/money.csv",
    sources: [source],
    publisher,
    updated: "2026-11-30",
  });
  it("offers the chart's CSV as a DataDownload", () => {
    expect(dataset).toMatchObject({
      "@type": "Dataset",
      name: "사업별 예산",
      description: figure.description,
      url: "https://goyang-jobs.example/#figure-money",
      dateModified: "2026-11-30T00:00:00+09:00",
      creator: { "@type": "Organization", name: "고양시 일자리 사업 해설" },
      distribution: [
        {
          "@type": "DataDownload",
          encodingFormat: "text/csv",
          contentUrl: "https://goyang-jobs.example/downloads/money.csv",
        },
      ],
    });
    expect(dataset).not.toHaveProperty("license");
  });
  it("puts a short description after the subtitle, so it has at least 50 characters", () => {
    const short = datasetJsonLd({
      figure: { ...figure, description: "짧은 설명." },
      url: "",
      csvUrl: "",
      sources: [],
      publisher,
    });
    expect(short["description"]).toBe(`${figure.subtitle} 짧은 설명.`);
  });
  it("states a license only when given one", () => {
    const licensed = datasetJsonLd({
      figure,
      url: "",
      csvUrl: "",
      sources: [],
      publisher,
      license: "https://l.example/",
    });
    expect(licensed["license"]).toBe("https://l.example/");
  });
});

describe("storyJsonLd", () => {
  it("gives the article at the story's URL, then a Dataset per figure", () => {
    const items = storyJsonLd({
      slug: "youth",
      story,
      sources: [source],
      figures: [figure],
      image: "https://goyang-jobs.example/downloads/youth.png",
      urls,
    });
    expect(items.map((item) => item["@type"])).toEqual(["NewsArticle", "Dataset"]);
    expect(items[0]).toMatchObject({ url: "https://goyang-jobs.example/stories/youth/" });
    expect(items[1]).toMatchObject({
      url: "https://goyang-jobs.example/stories/youth/#figure-money",
      distribution: [{ contentUrl: "https://goyang-jobs.example/downloads/money.csv" }],
    });
  });
  it("the main story is at the site root", () => {
    const [article] = storyJsonLd({ slug: MAIN_STORY, story, sources: [source], figures: [], image: "x", urls });
    expect(article).toMatchObject({ mainEntityOfPage: { "@id": "https://goyang-jobs.example/" } });
  });
  it("names a source id that does not exist", () => {
    expect(() =>
      storyJsonLd({
        slug: "a",
        story: { ...story, sourceIds: ["nope"] },
        sources: [source],
        figures: [],
        image: "x",
        urls,
      }),
    ).toThrow('no source "nope"');
  });
});

describe("serializeJsonLd", () => {
  it("escapes <, > and & so the data cannot close its script element", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script> & <!--" });
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toBe(
      '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--"}',
    );
  });
  it("reads back as the same data", () => {
    const data = { a: "<b>&\u2028\u2029", n: [1, "고양"] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
