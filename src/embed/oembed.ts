import type { ChartData } from "../charts/types.ts";
import type { Figure } from "../schemas/figure.ts";
import { iframeCode, PROVIDER_NAME } from "./codes.ts";
import { embedHeight } from "./embed-height.ts";
import type { SiteUrls } from "./urls.ts";

/**
 * An oEmbed 1.0 response of type "rich" (https://oembed.com/ §2.3.4): the iframe code as
 * `html`, the width it is laid out for and the embed's initial height at that width, and the
 * figure's 1200×630 social card as the thumbnail. The code is width="100%": it fills the consumer's column,
 * and the host script then sets its height to the chart's.
 */
export const OEMBED_WIDTH = 600;

export interface OembedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export function oembedResponse(
  urls: SiteUrls,
  figure: Figure,
  data: ChartData,
  thumbnail: { width: number; height: number },
): OembedRich {
  const height = embedHeight(figure, data, OEMBED_WIDTH);
  return {
    version: "1.0",
    type: "rich",
    title: figure.title,
    provider_name: PROVIDER_NAME,
    provider_url: urls.story(),
    html: iframeCode(urls, figure, height),
    width: OEMBED_WIDTH,
    height,
    thumbnail_url: urls.card(figure.id),
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
