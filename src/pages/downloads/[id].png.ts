import type { APIRoute } from "astro";
import { CARD_WIDTHS } from "../../downloads/chart-card.ts";
import { figureCard, figurePathsWithFormerIds, type FigureProps } from "../../downloads/figure-paths.ts";
import { expectImages, pngResponse } from "../../downloads/png-cache.ts";

/**
 * /downloads/<figure-id>.png: the desktop chart card (/downloads/<figure-id>.svg, 720 px)
 * rendered by resvg at 2x with Pretendard (the social card for link previews is
 * /downloads/<figure-id>-card.png).
 */
export const getStaticPaths = () => figurePathsWithFormerIds().then(expectImages);

export const GET: APIRoute<FigureProps> = ({ props }) => pngResponse(figureCard(props, CARD_WIDTHS.desktop).svg);
