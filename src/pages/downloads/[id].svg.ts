import type { APIRoute } from "astro";
import { CARD_WIDTHS } from "../../downloads/chart-card.ts";
import { figureCard, figurePathsWithFormerIds, type FigureProps } from "../../downloads/figure-paths.ts";

/**
 * /downloads/<figure-id>.svg: the chart card as a standalone SVG 720 px wide, for a desktop
 * column (src/downloads/chart-card.ts); /downloads/<figure-id>-phone.svg is the phone's.
 */
export const getStaticPaths = figurePathsWithFormerIds;

export const GET: APIRoute<FigureProps> = ({ props }) =>
  new Response(figureCard(props, CARD_WIDTHS.desktop).svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
