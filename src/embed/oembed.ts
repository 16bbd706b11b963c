import { type EmbeddableFigure, iframeCode, PROVIDER_NAME } from "./codes.ts";
import { heightAt } from "./heights.ts";
import type { SiteUrls } from "./urls.ts";

/**
 * oEmbed 1.0 responses of type "rich" (https://oembed.com/ §2.3.4) on a static host, which
 * cannot read ?maxwidth=: so a response is precomputed per width.
 *
 * - /oembed/<id>.json declares width 280: its html is the iframe code (width="100%", the
 *   280 px height, the no-script one, which never clips in a column from 280 px up), so it
 *   fits any maxwidth of 280 or more (a 320 px phone's column with 20 px margins) and a
 *   consumer that cannot rewrite the URL still gets a correct answer.
 * - /oembed/<id>/<bucket>.json, for each of OEMBED_BUCKETS: width = the bucket, height = the
 *   embed's height at that width (the iframe's height attribute too), for a host that maps
 *   ?maxwidth=N to the largest bucket ≤ N (docs/embeds.md has nginx and Netlify recipes).
 *
 * maxheight cannot be honoured by shrinking: a chart is as tall as its rows at a width, so a
 * response may be taller than a consumer's maxheight (docs/embeds.md says so).
 */
export const OEMBED_DEFAULT_WIDTH = 280;
export const OEMBED_BUCKETS = [280, 320, 375, 480, 600, 768, 1024] as const;

/**
 * A consumer may cache a response this long (seconds): a day, WordPress's own oEmbed cache
 * time. The html carries the heights table, which a correction to data/ can change; the
 * frame itself always shows the current chart, so a day-old response is at worst a few px
 * off until the host script measures the real page.
 */
export const OEMBED_CACHE_AGE = 86_400;

export interface OembedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The bucket a host should serve for ?maxwidth=N: the largest ≤ N, or the smallest when N is below it. */
export function oembedBucket(maxwidth: number): number {
  let bucket: number = OEMBED_BUCKETS[0];
  for (const width of OEMBED_BUCKETS) if (width <= maxwidth) bucket = width;
  return bucket;
}

/**
 * The response for a column `width` px wide (the default response unless told): the html
 * the same iframe code as the gallery's, its height attribute the height at that width
 * (at 280, the no-script height, the default).
 */
export function oembedResponse(
  urls: SiteUrls,
  figure: EmbeddableFigure,
  thumbnail: { width: number; height: number },
  width: number = OEMBED_DEFAULT_WIDTH,
): OembedRich {
  const height = heightAt(figure.heights, width);
  return {
    version: "1.0",
    type: "rich",
    title: figure.title,
    provider_name: PROVIDER_NAME,
    provider_url: urls.story(),
    cache_age: OEMBED_CACHE_AGE,
    html: iframeCode(urls, figure, { height }),
    width,
    height,
    thumbnail_url: urls.card(figure.id),
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
