import type { APIRoute } from "astro";
import { figurePaths, type FigureProps } from "../../../downloads/figure-paths.ts";
import { withFormerIds } from "../../../embed/aliases.ts";
import { SHARE_IMAGE_SIZE } from "../../../downloads/share-image.ts";
import { embeddableFigure } from "../../../embed/embed-figures.ts";
import { OEMBED_BUCKETS, oembedResponse } from "../../../embed/oembed.ts";
import { siteUrlsWithFigureHomes } from "../../../publish/figure-home.ts";

/**
 * /oembed/<figure-id>/<width>.json: the response for a column `width` px wide (one of
 * OEMBED_BUCKETS), for a host that rewrites ?maxwidth=N to the largest bucket ≤ N
 * (docs/embeds.md "oEmbed"): width ≤ maxwidth, as the spec asks, on a static host.
 */
export const getStaticPaths = async () =>
  withFormerIds(await figurePaths(), (path) => path.props.figure).flatMap((path) =>
    OEMBED_BUCKETS.map((width) => ({ ...path, params: { ...path.params, width: String(width) } })),
  );

export const GET: APIRoute<FigureProps, { id: string; width: string }> = async ({ props, params }) => {
  const figure = await embeddableFigure(props.figure.id);
  const body = oembedResponse(await siteUrlsWithFigureHomes(), figure, SHARE_IMAGE_SIZE, Number(params.width));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json+oembed; charset=utf-8" },
  });
};
