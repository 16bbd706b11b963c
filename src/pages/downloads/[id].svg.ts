import type { APIRoute } from "astro";
import { figureCard, figurePaths, type FigureProps } from "../../downloads/figure-paths.ts";

/** /downloads/<figure-id>.svg: the chart card as a standalone SVG (src/downloads/chart-card.ts). */
export const getStaticPaths = figurePaths;

export const GET: APIRoute<FigureProps> = ({ props }) =>
  new Response(figureCard(props).svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
