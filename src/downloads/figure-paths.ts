import { createServerDocument } from "../charts/server-document.ts";
import type { ChartData } from "../charts/types.ts";
import { withFormerIds } from "../embed/aliases.ts";
import { PROVIDER_NAME } from "../embed/codes.ts";
import { chartDataOf } from "../model/chart-data.ts";
import { loadSite } from "../model/load.ts";
import { cacheKeys } from "../cache/page-keys.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { CARD_WIDTHS, chartCard, type SvgImage } from "./chart-card.ts";
import { RESERVED_DOWNLOAD_NAMES, RESERVED_SUFFIXES } from "./reserved-names.ts";
import { figureShareImage } from "./share-image.ts";

/** What every per-figure endpoint (downloads, oEmbed) is given for one figure. */
export interface FigureProps {
  figure: Figure;
  /** Everything a figure may draw from (its spec's `data.dataset` picks one part). */
  data: ChartData;
  sources: Source[];
}

/**
 * getStaticPaths for /downloads/<id>.<ext> and /oembed/<id>.json: one path per figure, keyed
 * for the incremental build on what the figure shows (src/cache/page-keys.ts). No figure
 * may take a name of the downloads' (reserved-names.ts).
 */
export async function figurePaths(): Promise<{ params: { id: string }; props: FigureProps; cacheKey: string }[]> {
  const site = await loadSite();
  const keys = cacheKeys(site);
  const data = chartDataOf(site);
  const sources = site.sources.map((e) => e.data);
  return site.figures.map(({ data: figure }) => {
    if (RESERVED_DOWNLOAD_NAMES.includes(figure.id)) {
      throw new Error(
        `data/figures/${figure.id}.json: the figure id "${figure.id}" is reserved (/downloads/${figure.id}.png is the story's share image); rename the figure`,
      );
    }
    const suffix = RESERVED_SUFFIXES.find((s) => figure.id.endsWith(s));
    if (suffix !== undefined && site.figures.some((f) => `${f.data.id}${suffix}` === figure.id)) {
      throw new Error(
        `data/figures/${figure.id}.json: the figure id "${figure.id}" is the name of a file of the figure "${figure.id.slice(0, -suffix.length)}" (/downloads/${figure.id}.svg or .png); rename the figure`,
      );
    }
    return { params: { id: figure.id }, props: { figure, data, sources }, cacheKey: keys.figure(figure) };
  });
}

/**
 * The download routes' paths: every figure's, then again under each former id of a renamed
 * figure (`formerIds`), since a code pasted before the rename names its fallback image, print
 * image and AMP placeholder by the old id (/downloads/<old>.png, .svg, -card.png).
 */
export async function figurePathsWithFormerIds(): Promise<
  { params: { id: string }; props: FigureProps; cacheKey: string }[]
> {
  return withFormerIds(await figurePaths(), (path) => path.props.figure);
}

/** The figure's 1200×630 social card (rendered at scale 1). */
export function figureSocialCard({ figure, data, sources }: FigureProps): SvgImage {
  return figureShareImage(figure, data, sources, createServerDocument(), PROVIDER_NAME);
}

/**
 * The figure as a standalone SVG (the SVG downloads; the PNG is the desktop one, rasterized):
 * 720 px wide for a desktop column unless told, 375 px for a phone.
 */
export function figureCard({ figure, data, sources }: FigureProps, width: number = CARD_WIDTHS.desktop): SvgImage {
  return chartCard(figure, data, sources, createServerDocument(), PROVIDER_NAME, width);
}
