/**
 * The embed codes a newsroom copies: the same strings in the gallery (/embed/) and in each
 * oEmbed response (/oembed/<id>.json), so the two can never disagree. Pure functions of the
 * URLs (SITE_URL and BASE_PATH, src/embed/urls.ts), the figure and its height table
 * (src/embed/embed-height.ts); no Astro, no DOM. Every code is one line:
 *
 *   iframeCode(urls, figure) →
 *     <iframe src="https://news.example/goyang/embed/money-by-program/" title="사업별 예산"
 *       id="datawrapper-chart-money-by-program" name="money-by-program" width="100%" height="874"
 *       frameborder="0" loading="lazy" style="border:0;width:100%;display:block" sandbox="…"
 *       data-goyang-embed data-figure-id="money-by-program" data-heights="320:874 360:853 …"></iframe>
 *     <script src="https://news.example/goyang/embed.js"></script>
 *
 * The iframe's height attribute is the table's first (280 px, the tallest) height: with no
 * script at all it never clips in a column of 280 px or wider (it errs tall in wider ones);
 * the host script reserves the column's own height from data-heights before the frame loads.
 * The script tag has no `async`: a classic script right after the frame runs before the rest
 * of the host page is parsed, so the reserved height is in place before anything below it is
 * painted (Flourish's code does the same).
 */
import { DEFAULT_FLAGS, type EmbedFlags } from "./flags.ts";
import { formatHeights, heightAt, type HeightTable } from "./heights.ts";
import { INSTANCE } from "./protocol.ts";
import type { SiteUrls } from "./urls.ts";

/** Who publishes the charts: oEmbed's provider_name, og:site_name, the credit line of a PNG. */
export const PROVIDER_NAME = "고양시 일자리 사업 해설";

/**
 * The iframe's sandbox: what the embed may do on a host's page, and no more.
 * - allow-scripts: the tooltip island and the height messages to the host script.
 * - allow-same-origin: the embed keeps its real origin, so its height messages come from the
 *   embed origin. (Where a consumer drops it, as WordPress does with sandbox="allow-scripts",
 *   the embed still works: its script is inline and classic, its assets are served with CORS,
 *   and the host script accepts an opaque-origin message only from that iframe's own window.)
 *   The usual warning about allow-scripts with allow-same-origin is that the framed page can
 *   remove its own sandbox through parent.document; that needs the frame to be same-origin
 *   with its host, which it is not on a newsroom's site (and on our own gallery it is our own page).
 * - allow-popups, allow-popups-to-escape-sandbox: "view in the story" and the source links
 *   open in a new tab, as an ordinary page there rather than a sandboxed one.
 * - allow-downloads: the figure's CSV, SVG and PNG links work inside the embed (Chromium
 *   blocks downloads from a sandboxed frame without it).
 * Not allowed: top navigation (an embed never moves its host page), forms, modals,
 * pointer lock, presentation.
 */
export const EMBED_SANDBOX =
  "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/** The addresses the codes use (a SiteUrls; the gallery's script builds one from the page's data). */
export type CodeUrls = Pick<SiteUrls, "embed" | "hostScript" | "download" | "storyChart" | "card">;

/** What the codes need to know of a figure. */
export interface EmbeddableFigure {
  id: string;
  title: string;
  /** The embed page's heights by column width (src/embed/embed-height.ts embedHeightTable). */
  heights: HeightTable;
  /** The fallback image (/downloads/<id>.png, the 720 px card at 2x): its size in CSS px. */
  image: { width: number; height: number };
}

export interface CodeOptions {
  /** Render flags for the embed URL's query (src/embed/flags.ts); the defaults add nothing. */
  flags?: Partial<EmbedFlags>;
  /**
   * The copy's own name: the iframe's name (the embed's Datawrapper key) and its id
   * `datawrapper-chart-<instance>`, so Datawrapper's listeners resize each copy of a chart on
   * a page. The figure id unless told (the gallery's script makes one per page view).
   */
  instance?: string;
}

/** Text for a double-quoted HTML attribute: no way to end the attribute or start a tag. */
export function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * The query for the flags that differ from the defaults, in FLAG_NAMES order, booleans bare:
 * flagQuery({ scheme: "dark", plain: true }) → "?dark=true&plain"; the defaults → "".
 */
export function flagQuery(flags: Partial<EmbedFlags> = {}): string {
  const { scheme, plain, transparent, static: still } = { ...DEFAULT_FLAGS, ...flags };
  const query = [
    scheme === "auto" ? null : `dark=${scheme === "dark"}`,
    plain ? "plain" : null,
    transparent ? "transparent" : null,
    still ? "static" : null,
  ].filter((part) => part !== null);
  return query.length > 0 ? `?${query.join("&")}` : "";
}

/** The embed page's URL with those flags: embedUrl(urls, "money", { plain: true }) → "…/embed/money/?plain". */
export function embedUrl(urls: CodeUrls, figureId: string, flags: Partial<EmbedFlags> = {}): string {
  return `${urls.embed(figureId)}${flagQuery(flags)}`;
}

function instanceOf(figure: EmbeddableFigure, options: CodeOptions): string {
  const instance = options.instance ?? figure.id;
  if (!INSTANCE.test(instance)) throw new Error(`embed codes: invalid instance: ${instance}`);
  return instance;
}

function hostScriptTag(urls: CodeUrls): string {
  return `<script src="${escapeAttribute(urls.hostScript())}"></script>`;
}

function checkHeight(height: number): number {
  if (!Number.isInteger(height) || height < 80 || height > 9999)
    throw new Error(`embed codes: a height must be a whole number of pixels from 80 to 9999, got ${height}`);
  return height;
}

/**
 * The height an iframe keeps with no script: the table's first, at its narrowest width (280 px,
 * a 320 px phone with 20 px margins), the tallest.
 */
export function noScriptHeight(heights: HeightTable): number {
  return checkHeight(heightAt(heights, 0));
}

/**
 * The iframe form: works with no script at all (at the 280 px height, which never clips from
 * 280 px up); with the host script it is reserved its column's height and then follows the
 * chart's. `height` overrides the attribute (an oEmbed response for a known column width).
 */
export function iframeCode(
  urls: CodeUrls,
  figure: EmbeddableFigure,
  options: CodeOptions & { height?: number } = {},
): string {
  const instance = instanceOf(figure, options);
  const height = options.height === undefined ? noScriptHeight(figure.heights) : checkHeight(options.height);
  const attributes = [
    `src="${escapeAttribute(embedUrl(urls, figure.id, options.flags))}"`,
    `title="${escapeAttribute(figure.title)}"`,
    `id="datawrapper-chart-${instance}"`,
    `name="${instance}"`,
    'width="100%"',
    `height="${height}"`,
    // frameborder too: a host whose CSP blocks style attributes still gets no border.
    'frameborder="0"',
    'loading="lazy"',
    'style="border:0;width:100%;display:block"',
    `sandbox="${EMBED_SANDBOX}"`,
    "data-goyang-embed",
    `data-figure-id="${escapeAttribute(figure.id)}"`,
    `data-heights="${formatHeights(figure.heights)}"`,
  ];
  return `<iframe ${attributes.join(" ")}></iframe>${hostScriptTag(urls)}`;
}

/**
 * The script form: a placeholder the host script replaces with the iframe, reserving the
 * column's height first (data-heights), so nothing moves when it loads. Where scripts do not
 * run (a CMS that strips them, a feed reader, Apple News) the chart's PNG remains, linked to
 * the chart in its story.
 */
export function scriptCode(urls: CodeUrls, figure: EmbeddableFigure, options: CodeOptions = {}): string {
  const instance = instanceOf(figure, options);
  const { width, height } = figure.image;
  const image =
    `<img src="${escapeAttribute(urls.download(figure.id, "png"))}" alt="${escapeAttribute(`${figure.title} (그래프 이미지, 누르면 기사에서 봅니다)`)}" ` +
    `width="${width}" height="${height}" loading="lazy" style="max-width:100%;height:auto">`;
  return (
    `<div data-goyang-embed-src="${escapeAttribute(embedUrl(urls, figure.id, options.flags))}" data-figure-id="${escapeAttribute(figure.id)}" ` +
    `data-heights="${formatHeights(figure.heights)}" data-instance="${instance}">` +
    `<a href="${escapeAttribute(urls.storyChart(figure.id))}">${image}</a></div>${hostScriptTag(urls)}`
  );
}

/**
 * The AMP form: amp-iframe, resizable (the embed sends AMP's embed-size message), laid out
 * responsively at the 320 px width and height: scaled to any wider column it only grows
 * taller, so it never clips; the chart's card image is its placeholder until the frame loads.
 * AMP wants an element with `overflow` for when it cannot resize without a tap.
 */
export function ampCode(urls: CodeUrls, figure: EmbeddableFigure, options: CodeOptions = {}): string {
  const height = noScriptHeight(figure.heights);
  return (
    `<amp-iframe src="${escapeAttribute(embedUrl(urls, figure.id, options.flags))}" title="${escapeAttribute(figure.title)}" ` +
    `width="320" height="${height}" layout="responsive" resizable sandbox="${EMBED_SANDBOX}" frameborder="0">` +
    `<div overflow tabindex="0" role="button" aria-label="그래프 전체 보기">그래프 전체 보기</div>` +
    `<amp-img placeholder layout="fill" src="${escapeAttribute(urls.card(figure.id))}" alt="${escapeAttribute(figure.title)}"></amp-img>` +
    `</amp-iframe>`
  );
}

/**
 * The pym.js form, for a page that already runs pym.js 1.3.2 (its auto-init reads
 * data-pym-src): the embed speaks pym's height message, and our host script reserves the
 * column's height on the container (min-height) before pym's frame arrives.
 */
export function pymCode(urls: CodeUrls, figure: EmbeddableFigure, options: CodeOptions = {}): string {
  return (
    `<div data-pym-src="${escapeAttribute(embedUrl(urls, figure.id, options.flags))}" ` +
    `data-heights="${formatHeights(figure.heights)}"></div>${hostScriptTag(urls)}`
  );
}
