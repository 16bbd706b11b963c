/**
 * The embed codes a newsroom copies: the same strings in the gallery (/embed/) and in each
 * oEmbed response (/oembed/<id>.json), so the two can never disagree. Pure functions of the
 * URLs (SITE_URL and BASE_PATH, src/embed/urls.ts) and the figure; no Astro, no DOM.
 *
 *   iframeCode(urls, figure, 560) →
 *     <iframe src="https://news.example/goyang/embed/money-by-program/" title="사업별 예산"
 *       loading="lazy" width="100%" height="560" style="border:0;width:100%"
 *       sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"
 *       data-goyang-embed data-figure-id="money-by-program"></iframe>
 *     <script async src="https://news.example/goyang/embed.js"></script>
 *   scriptCode(urls, figure, 560) →
 *     <div data-goyang-embed-src="…/embed/money-by-program/" data-figure-id="money-by-program" data-height="560">
 *       <a href="…/#figure-money-by-program">사업별 예산</a></div>
 *     <script async src="…/embed.js"></script>
 */
import type { SiteUrls } from "./urls.ts";

/** Who publishes the charts: oEmbed's provider_name, og:site_name, the credit line of a PNG. */
export const PROVIDER_NAME = "고양시 일자리 사업 해설";

/**
 * The iframe's sandbox: what the embed may do on a host's page, and no more.
 * - allow-scripts: the tooltip island and the height messages to the host script.
 * - allow-same-origin: the embed keeps its real origin. Without it the frame's origin is
 *   opaque ("null"): its height messages arrive with event.origin "null", which the host
 *   script cannot tell apart from any other sandboxed frame (it accepts only the embed
 *   origin), and a module script or a font from an opaque origin is a CORS request that a
 *   plain static host (no Access-Control-Allow-Origin) refuses. The usual warning about
 *   allow-scripts with allow-same-origin is that the framed page can remove its own sandbox
 *   through parent.document; that needs the frame to be same-origin with its host, which
 *   it is not on a newsroom's site (and on our own gallery it is our own page).
 * - allow-popups, allow-popups-to-escape-sandbox: "view in the story" and the source links
 *   open in a new tab, as an ordinary page there rather than a sandboxed one.
 * - allow-downloads: the figure's CSV, SVG and PNG links work inside the embed (Chromium
 *   blocks downloads from a sandboxed frame without it).
 * Not allowed: top navigation (an embed never moves its host page), forms, modals,
 * pointer lock, presentation.
 */
export const EMBED_SANDBOX =
  "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/** What the codes need to know of a figure. */
export interface EmbeddableFigure {
  id: string;
  title: string;
}

/** Text for a double-quoted HTML attribute: no way to end the attribute or start a tag. */
export function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Text for HTML element content. */
export function escapeText(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function hostScriptTag(urls: SiteUrls): string {
  return `<script async src="${escapeAttribute(urls.hostScript())}"></script>`;
}

/**
 * The iframe form: works with no script at all (at the initial height); with the host
 * script it follows the chart's height. `height` is the initial height in CSS pixels.
 */
export function iframeCode(urls: SiteUrls, figure: EmbeddableFigure, height: number): string {
  if (!Number.isInteger(height) || height <= 0)
    throw new Error(`iframeCode: the initial height must be a whole number of pixels, got ${height}`);
  const attributes = [
    `src="${escapeAttribute(urls.embed(figure.id))}"`,
    `title="${escapeAttribute(figure.title)}"`,
    'loading="lazy"',
    'width="100%"',
    `height="${height}"`,
    'style="border:0;width:100%"',
    `sandbox="${EMBED_SANDBOX}"`,
    "data-goyang-embed",
    `data-figure-id="${escapeAttribute(figure.id)}"`,
  ];
  return `<iframe ${attributes.join(" ")}></iframe>${hostScriptTag(urls)}`;
}

/**
 * The script form: a link to the chart in the story, which the host script replaces with
 * the iframe (named by the link's text, `height` px high until the embed reports its own
 * height); where scripts do not run (an AMP page, a feed reader), the link remains.
 */
export function scriptCode(urls: SiteUrls, figure: EmbeddableFigure, height?: number): string {
  if (height !== undefined && (!Number.isInteger(height) || height < 10 || height > 9999))
    throw new Error(`scriptCode: the initial height must be 10 to 9999 px, got ${height}`);
  const initial = height === undefined ? "" : ` data-height="${height}"`;
  return (
    `<div data-goyang-embed-src="${escapeAttribute(urls.embed(figure.id))}" data-figure-id="${escapeAttribute(figure.id)}"${initial}>` +
    `<a href="${escapeAttribute(urls.storyChart(figure.id))}">${escapeText(figure.title)}</a></div>${hostScriptTag(urls)}`
  );
}
