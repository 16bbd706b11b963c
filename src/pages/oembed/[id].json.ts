import type { APIRoute } from "astro";
import { figurePaths, type FigureProps } from "../../downloads/figure-paths.ts";
import { withFormerIds } from "../../embed/aliases.ts";
import { SHARE_IMAGE_SIZE } from "../../downloads/share-image.ts";
import { embeddableFigure } from "../../embed/embed-figures.ts";
import { oembedResponse } from "../../embed/oembed.ts";
import { siteUrlsWithFigureHomes } from "../../publish/figure-home.ts";

/**
 * /oembed/<figure-id>.json: the oEmbed 1.0 "rich" response for the figure's embed page, with
 * the same iframe code as the gallery (src/embed/codes.ts), width 320 (its html never clips
 * from 320 px up, so it fits any maxwidth ≥ 320), and the chart's 1200×630 social card as
 * its thumbnail. /oembed/<figure-id>/<width>.json are the per-width responses.
 * Every page that places the chart announces it (<link rel="alternate" type="application/json+oembed">).
 */
export const getStaticPaths = async () => withFormerIds(await figurePaths(), (path) => path.props.figure);

export const GET: APIRoute<FigureProps> = async ({ props }) => {
  const body = oembedResponse(
    await siteUrlsWithFigureHomes(),
    await embeddableFigure(props.figure.id),
    SHARE_IMAGE_SIZE,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json+oembed; charset=utf-8" },
  });
};
