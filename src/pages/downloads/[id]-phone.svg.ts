import type { APIRoute } from "astro";
import { CARD_WIDTHS } from "../../downloads/chart-card.ts";
import { figureCard, figurePathsWithFormerIds, type FigureProps } from "../../downloads/figure-paths.ts";

/**
 * /downloads/<figure-id>-phone.svg: the chart card as a standalone SVG 375 px wide, laid out
 * as a phone shows the chart (labels wrapped to its column), not the desktop file scaled down.
 */
export const getStaticPaths = figurePathsWithFormerIds;

export const GET: APIRoute<FigureProps> = ({ props }) =>
  new Response(figureCard(props, CARD_WIDTHS.phone).svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
