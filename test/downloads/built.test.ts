/**
 * The downloads, oEmbed responses, gallery and share meta as the real build writes them
 * (test/helpers/built-site.ts). Expected values come from data/ read here as plain JSON
 * (test/helpers/published-data.ts), independently of the site's schemas and chart code.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { Resvg } from "@resvg/resvg-js";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPng } from "../../src/downloads/png.ts";
import { figureHomeUrl } from "../helpers/figure-homes.ts";
import { useBuiltSite } from "../helpers/built-site.ts";
import { KIND_LABELS, readPublishedData, type RawFigure, type RawProgram } from "../helpers/published-data.ts";
import { ROOT } from "../helpers/site-data.ts";
import { readPngHeader } from "./png-file.ts";
import { parseCsv } from "./rfc4180.ts";
import { allText, drawnTexts } from "./svg-text.ts";

// The figures (and so the test names) from the repository's data/ as the run starts; every
// expected value from the data/ the shared build was made of (test/helpers/shared-build.ts).
const figures = readPublishedData(ROOT).figures;
let programs = new Map<string, RawProgram>();

const site = useBuiltSite();
let dist = "";
let origin = "";
let base = "";
beforeAll(() => {
  dist = site().dist;
  programs = new Map(readPublishedData(site().dir).programs.map((p) => [p.id, p]));
  base = site().links.base;
  origin = new URL(site().links.site!).origin;
});
const abs = (path: string) => `${origin}${base}${path}`;
const file = (path: string) => join(dist, path);
const page = (path: string) => parseHTML(readFileSync(file(path), "utf8")).document;
/** A site path (under the base) as a file of dist/. */
const fileOf = (href: string) => file(decodeURI(new URL(href, abs("")).pathname.slice(base.length)));

it("the build has figures to check", () => {
  expect(figures.length).toBeGreaterThan(0);
});

/** The ids a dataset's rows have in data/, as plain JSON: the rows a figure's CSV may list. */
function datasetIds(dataset: string): string[] | null {
  const published = readPublishedData(site().dir);
  const lists: Record<string, { id: string }[]> = {
    programs: published.programs,
    timeline: published.timeline,
    awards: published.awards,
    contests: published.contests,
  };
  return lists[dataset]?.map((row) => row.id) ?? null;
}

/** The fields a figure spec shows, read as plain JSON: x of every view, the series, the facets, the group. */
function shownFields(figure: RawFigure): string[] {
  const spec = figure as RawFigure & {
    x: { field: string };
    series?: string;
    facet?: string;
    group?: string;
    views?: { x?: { field: string }; facet?: string | null }[];
  };
  const fields = [
    spec.x.field,
    ...(spec.views ?? []).map((v) => v.x?.field),
    spec.series,
    spec.facet,
    ...(spec.views ?? []).map((v) => v.facet),
    spec.group,
  ];
  return [...new Set(fields.filter((f): f is string => typeof f === "string"))];
}

const SVG_FILES = [
  { name: "desktop", file: (id: string) => `downloads/${id}.svg`, width: 720 },
  { name: "phone", file: (id: string) => `downloads/${id}-phone.svg`, width: 375 },
];
const DOWNLOAD_ENDINGS = [".csv", ".svg", "-phone.svg", ".png"];

describe.each(figures)("downloads of $id", (figure) => {
  const csv = () => parseCsv(readFileSync(file(`downloads/${figure.id}.csv`), "utf8").slice(1));

  it("CSV: UTF-8 with BOM, CRLF records, RFC 4180, one row per datum (the figure's ids in their order)", () => {
    const bytes = readFileSync(file(`downloads/${figure.id}.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes); // throws on invalid UTF-8
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...records] = parseCsv(text.slice(1));
    expect(header![0]).toBe("id");
    expect(new Set(header).size, "no two columns share a header").toBe(header!.length);
    const ids = records.map((r) => r[0]);
    if (figure.data.ids) expect(ids).toEqual(figure.data.ids);
    expect(new Set(ids).size).toBe(ids.length);
    const known = datasetIds(figure.data.dataset);
    if (known) for (const id of ids) expect(known, id).toContain(id);
    expect(records.length).toBeGreaterThan(0);
  });

  it("CSV: raw whole numbers equal to data/programs, an unknown is an empty cell with its reason, never 0", () => {
    const [header, ...records] = csv();
    const cell = (record: string[], column: string) => {
      const i = header!.indexOf(column);
      expect(i, `column ${column}`).toBeGreaterThanOrEqual(0);
      return record[i];
    };
    const fields = shownFields(figure);
    if (figure.data.dataset === "programs") {
      for (const record of records) {
        const program = programs.get(record[0]!)!;
        expect(record[1]).toBe(program.name);
        if (fields.includes("budget")) {
          const { amount, approximate, unknownReason } = program.budget;
          expect(cell(record, "2025년 예산(원)")).toBe(amount === null ? "" : String(amount));
          expect(cell(record, "2025년 예산 어림값 여부")).toBe(amount === null ? "" : approximate ? "예" : "아니요");
          expect(cell(record, "2025년 예산 미공개 사유")).toBe(amount === null ? unknownReason : "");
        }
        if (fields.includes("people")) {
          const { count, counts, unknownReason } = program.people;
          expect(cell(record, "인원 (센 대상)")).toBe(count === null ? "" : String(count));
          expect(cell(record, "센 대상")).toBe(counts === null ? "" : KIND_LABELS[counts]);
          expect(cell(record, "인원 (센 대상) 미공개 사유")).toBe(count === null ? unknownReason : "");
        }
      }
    }
    expect(
      text(records).some((c) => /원|명|억|만/.test(c) && /^\d/.test(c)),
      "formatted numbers in the CSV",
    ).toBe(false);
  });

  it.each(SVG_FILES)(
    "SVG ($name, $width px): standalone (xmlns, size, title, desc), no CSS variable left, well-formed",
    ({ file: name, width }) => {
      const svg = readFileSync(file(name(figure.id)), "utf8");
      expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toMatch(new RegExp(`<svg [^>]*\\bwidth="${width}"`));
      expect(svg).toContain(`<title id="${figure.id}-title">${figure.title}</title>`);
      expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
      expect(svg).toMatch(/font-family="Pretendard, [^"]*sans-serif"/);
      expect(svg).not.toContain("var(");
      expect(new Resvg(svg, { font: { loadSystemFonts: false } }).width).toBe(width);
      const words = allText(svg);
      for (const note of (figure as RawFigure & { notes: string[] }).notes) expect(words).toContain(`· ${note}`);
      const outlets = readPublishedData(site().dir)
        .sources.filter((s) => figure.sourceIds.includes(s.id))
        .map((s) => s.outlet);
      for (const outlet of outlets) expect(words).toContain(outlet);
      for (const line of drawnTexts(svg)) expect(line.right, line.text).toBeLessThanOrEqual(width);
    },
  );

  it("PNG: a PNG at 2x the desktop SVG's size, the SVG drawn with Pretendard (text present, unlike a rendering without fonts)", () => {
    const png = new Uint8Array(readFileSync(file(`downloads/${figure.id}.png`)));
    const svg = readFileSync(file(`downloads/${figure.id}.svg`), "utf8");
    const width = Number(/<svg [^>]*\bwidth="(\d+)"/.exec(svg)![1]);
    const height = Number(/<svg [^>]*\bheight="(\d+)"/.exec(svg)![1]);
    expect(width).toBe(720);
    expect(readPngHeader(png)).toMatchObject({ width: width * 2, height: height * 2, bitDepth: 8 });
    expect(
      Buffer.from(renderPng(svg).png).equals(png),
      "the PNG is the SVG rendered with the build's font set-up",
    ).toBe(true);
    expect(
      Buffer.from(renderPng(svg, { fontFiles: [] }).png).equals(png),
      "the PNG has text that a font-less rendering lacks",
    ).toBe(false);
  });

  it("oEmbed: a rich 1.0 response whose html is the iframe code for the embed page, with the chart's 1200×630 card as thumbnail", () => {
    const json = JSON.parse(readFileSync(file(`oembed/${figure.id}.json`), "utf8")) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: "1.0",
      type: "rich",
      title: figure.title,
      provider_url: abs(""),
      thumbnail_url: abs(`downloads/${figure.id}-card.png`),
    });
    expect(typeof json["provider_name"]).toBe("string");
    const png = readPngHeader(new Uint8Array(readFileSync(file(`downloads/${figure.id}-card.png`))));
    expect([json["thumbnail_width"], json["thumbnail_height"]]).toEqual([png.width, png.height]);
    expect([png.width, png.height], "a landscape social card, as link previews expect").toEqual([1200, 630]);
    const { document } = parseHTML(`<!doctype html><html><body>${json["html"] as string}</body></html>`);
    const iframes = document.querySelectorAll("iframe");
    expect(iframes).toHaveLength(1);
    const iframe = iframes[0]!;
    expect(iframe.getAttribute("src")).toBe(abs(`embed/${figure.id}/`));
    expect(iframe.getAttribute("title")).toBe(figure.title);
    expect(iframe.getAttribute("height")).toBe(String(json["height"]));
    expect(iframe.getAttribute("sandbox")).toContain("allow-scripts");
    expect(iframe.getAttribute("data-figure-id")).toBe(figure.id);
    expect([...document.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual([abs("embed.js")]);
    // The no-script height: the table's first, at 280 px, the narrowest column and the tallest height.
    expect(json["width"]).toBe(280);
    expect(json["cache_age"]).toBe(86_400);
    expect(iframe.getAttribute("data-heights")).toMatch(/^280:\d+( \d+:\d+)*$/);
    const steps = iframe
      .getAttribute("data-heights")!
      .split(" ")
      .map((p) => Number(p.split(":")[1]));
    expect(iframe.getAttribute("height")).toBe(String(steps[0]));
    expect(Math.max(...steps)).toBe(steps[0]);
    expect(existsSync(file(`embed/${figure.id}/index.html`)), "the embed page the code points at").toBe(true);
  });

  it("oEmbed per width: /oembed/<id>/<w>.json for each bucket, width w, the same code with the height at w", () => {
    const base = JSON.parse(readFileSync(file(`oembed/${figure.id}.json`), "utf8")) as { html: string };
    const heights = /data-heights="([^"]+)"/
      .exec(base.html)![1]!
      .split(" ")
      .map((p) => p.split(":").map(Number));
    const at = (w: number) => heights.filter(([width]) => width! <= w).at(-1)![1]!;
    for (const width of [280, 320, 375, 480, 600, 768, 1024]) {
      const json = JSON.parse(readFileSync(file(`oembed/${figure.id}/${width}.json`), "utf8")) as Record<
        string,
        unknown
      >;
      expect(json["width"]).toBe(width);
      expect(json["height"]).toBe(at(width));
      expect(json["html"]).toBe(base.html.replace(/ height="\d+"/, ` height="${at(width)}"`));
    }
  });
});

function text(records: string[][]): string[] {
  return records.flat();
}

/**
 * A textarea's text: linkedom keeps its content as written (entities and all), where a
 * browser decodes character references in it (RCDATA). Astro writes these five.
 */
function textareaText(element: Element): string {
  return (element.innerHTML ?? "").replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name]!,
  );
}

it("the story's share image is a 1200×630 PNG", () => {
  expect(readPngHeader(new Uint8Array(readFileSync(file("downloads/story.png"))))).toMatchObject({
    width: 1200,
    height: 630,
  });
});

describe("the story page", () => {
  it("carries Open Graph and Twitter meta with the share image", () => {
    const document = page("index.html");
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    expect(meta("og:image")).toBe(abs("downloads/story.png"));
    expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);
    expect(meta("og:title")).toBe(document.querySelector("title")!.textContent);
    expect(meta("og:description")).toBe(meta("description"));
    expect(meta("og:url")).toBe(abs(""));
    expect(meta("twitter:card")).toBe("summary_large_image");
  });

  it("has a download line in every chart's figcaption, each link to a built file", () => {
    const document = page("index.html");
    const charts = [...document.querySelectorAll("figure.chart")];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const id = chart.id.replace(/^figure-/, "");
      const links = [...chart.querySelectorAll("figcaption .chart-downloads a")];
      expect(
        links.map((a) => a.getAttribute("href")),
        id,
      ).toEqual(DOWNLOAD_ENDINGS.map((ending) => `${base}downloads/${id}${ending}`));
      for (const a of links) {
        expect(a.hasAttribute("download")).toBe(true);
        expect(existsSync(fileOf(a.getAttribute("href")!)), a.getAttribute("href")!).toBe(true);
      }
    }
  });
});

describe("oEmbed discovery", () => {
  it("each story page and program page links the oEmbed response of each chart it places, in order", () => {
    const pages = [
      "index.html",
      ...readdirSync(file("stories")).map((slug) => `stories/${slug}/index.html`),
      ...readdirSync(file("programs"), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `programs/${e.name}/index.html`),
    ];
    let links = 0;
    for (const path of pages) {
      const document = page(path);
      const placed = path.startsWith("programs/")
        ? [...document.querySelectorAll("#figures-heading + ul a")].map((a) =>
            /#figure-(.+)$|embed\/([^/]+)\/$/.exec(a.getAttribute("href")!)!.slice(1).find(Boolean)!,
          )
        : [...document.querySelectorAll("figure.chart")].map((f) => f.id.replace(/^figure-/, ""));
      const hrefs = [...document.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((l) =>
        l.getAttribute("href"),
      );
      expect(hrefs, path).toEqual(placed.map((id) => abs(`oembed/${id}.json`)));
      for (const href of hrefs) expect(existsSync(fileOf(href!)), href!).toBe(true);
      links += hrefs.length;
    }
    expect(links).toBeGreaterThan(0);
  });
});

describe("the gallery at /embed/", () => {
  it("has three lazy, sandboxed live previews per figure, at 320, 600 and 1024 px, inside a focusable, named scrolling region", () => {
    const document = page("embed/index.html");
    for (const figure of figures) {
      const previews = [...document.querySelectorAll(`iframe[data-preview][data-figure-id="${figure.id}"]`)];
      expect(
        previews.map((f) => f.getAttribute("width")),
        figure.id,
      ).toEqual(["320", "600", "1024"]);
      for (const frame of previews) {
        expect(frame.getAttribute("src")).toBe(`${base}embed/${figure.id}/`);
        expect(frame.getAttribute("loading")).toBe("lazy");
        expect(frame.getAttribute("sandbox")).toContain("allow-scripts");
        expect(frame.getAttribute("title")).toContain(figure.title);
        const region = frame.closest(".preview-scroll")!;
        expect(region.getAttribute("tabindex")).toBe("0");
        expect(region.getAttribute("role")).toBe("region");
        expect(region.getAttribute("aria-label")).toContain(figure.title);
      }
    }
  });

  it("shows the same iframe code as the oEmbed response, and a script code, both on the configured site", () => {
    const document = page("embed/index.html");
    for (const figure of figures) {
      const oembed = JSON.parse(readFileSync(file(`oembed/${figure.id}.json`), "utf8")) as { html: string };
      const iframeCode = document.querySelector(`#code-${figure.id}-iframe`)!;
      const scriptCode = document.querySelector(`#code-${figure.id}-script`)!;
      expect(iframeCode.localName).toBe("textarea");
      expect(iframeCode.hasAttribute("readonly")).toBe(true);
      expect(textareaText(iframeCode)).toBe(oembed.html);
      expect(textareaText(scriptCode)).toContain(`data-goyang-embed-src="${abs(`embed/${figure.id}/`)}"`);
      expect(textareaText(scriptCode)).toContain(`<a href="${figureHomeUrl(site().dir, figure.id, abs)}">`);
      expect(textareaText(scriptCode)).toContain(`<script src="${abs("embed.js")}"></script>`);
      expect(textareaText(scriptCode)).toContain(`<img src="${abs(`downloads/${figure.id}.png`)}"`);
      const png = readPngHeader(new Uint8Array(readFileSync(file(`downloads/${figure.id}.png`))));
      expect(textareaText(scriptCode), "the fallback image's CSS size is the PNG's at 2x").toContain(
        `width="${png.width / 2}" height="${png.height / 2}"`,
      );
      const amp = document.querySelector(`#code-${figure.id}-amp`)!;
      const pym = document.querySelector(`#code-${figure.id}-pym`)!;
      expect(textareaText(amp)).toMatch(/^<amp-iframe [^>]*layout="responsive" resizable /);
      expect(textareaText(pym)).toContain(`data-pym-src="${abs(`embed/${figure.id}/`)}"`);
      for (const id of [iframeCode.id, scriptCode.id, amp.id, pym.id]) {
        expect(document.querySelector(`label[for="${id}"]`), `a label for #${id}`).not.toBeNull();
        expect(document.querySelector(`button[data-copy-target="${id}"]`), `a copy button for #${id}`).not.toBeNull();
      }
    }
  });

  it("links each figure's downloads and oEmbed JSON, all built", () => {
    const document = page("embed/index.html");
    for (const figure of figures) {
      const section = document.querySelector(`#gallery-${figure.id}`)!.closest("section")!;
      const hrefs = [...section.querySelectorAll(".download-list a")].map((a) => a.getAttribute("href")!);
      expect(hrefs).toEqual([
        ...DOWNLOAD_ENDINGS.map((ending) => `${base}downloads/${figure.id}${ending}`),
        `${base}oembed/${figure.id}.json`,
      ]);
      for (const href of hrefs) expect(existsSync(fileOf(href)), href).toBe(true);
    }
  });
});
