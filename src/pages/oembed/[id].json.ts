import type { APIRoute } from "astro";
import { figurePaths, type FigureProps } from "../../downloads/figure-paths.ts";
import { withFormerIds } from "../../embed/aliases.ts";
import { SHARE_IMAGE_SIZE } from "../../downloads/share-image.ts";
import { oembedResponse } from "../../embed/oembed.ts";
import { siteUrls } from "../../embed/urls.ts";

/**
 * /oembed/<figure-id>.json: the oEmbed 1.0 "rich" response for the figure's embed page, with
 * the same iframe code as the gallery (src/embed/codes.ts) and the chart's 1200×630 social
 * card as its thumbnail.
 * The embed pages announce it with <link rel="alternate" type="application/json+oembed">.
 */
export const getStaticPaths = async () => withFormerIds(await figurePaths(), (path) => path.props.figure);

export const GET: APIRoute<FigureProps> = ({ props }) => {
  const body = oembedResponse(siteUrls(), props.figure, props.data, SHARE_IMAGE_SIZE);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json+oembed; charset=utf-8" },
  });
};
