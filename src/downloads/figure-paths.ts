import { createServerDocument } from "../charts/server-document.ts";
import type { ChartData } from "../charts/types.ts";
import { PROVIDER_NAME } from "../embed/codes.ts";
import { chartDataOf } from "../model/chart-data.ts";
import { loadSite } from "../model/load.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { CARD_WIDTHS, chartCard, type SvgImage } from "./chart-card.ts";
import { figureShareImage } from "./share-image.ts";

/** What every per-figure endpoint (downloads, oEmbed) is given for one figure. */
export interface FigureProps {
  figure: Figure;
  /** Everything a figure may draw from (its spec's `data.dataset` picks one part). */
  data: ChartData;
  sources: Source[];
}

/**
 * /downloads/story.png is the story's share image, and /downloads/<id>-phone.svg and
 * <id>-card.png are a figure's files, so no figure may be called "story" or end so that
 * its files would take another figure's names.
 */
export const RESERVED_DOWNLOAD_NAMES = ["story"];
const RESERVED_SUFFIXES = ["-phone", "-card"];

/** getStaticPaths for /downloads/<id>.<ext> and /oembed/<id>.json: one path per figure. */
export async function figurePaths(): Promise<{ params: { id: string }; props: FigureProps }[]> {
  const site = await loadSite();
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
    return { params: { id: figure.id }, props: { figure, data, sources } };
  });
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
