import type { APIRoute } from "astro";
import { figurePathsWithFormerIds, figureSocialCard, type FigureProps } from "../../downloads/figure-paths.ts";
import { expectImages, pngResponse } from "../../downloads/png-cache.ts";

/**
 * /downloads/<figure-id>-card.png: the chart's 1200×630 social card (title and subtitle
 * beside the chart), its embed page's og:image and its oEmbed thumbnail; the portrait
 * /downloads/<figure-id>.png stays the download.
 */
export const getStaticPaths = () => figurePathsWithFormerIds().then(expectImages);

export const GET: APIRoute<FigureProps> = ({ props }) => pngResponse(figureSocialCard(props).svg, { scale: 1 });
