import { createServerDocument } from "../charts/server-document.ts";
import { PROVIDER_NAME } from "../embed/codes.ts";
import { loadSite } from "../model/load.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import type { Source } from "../schemas/source.ts";
import { chartCard, type SvgImage } from "./chart-card.ts";
import { figureShareImage } from "./share-image.ts";

/** What every per-figure endpoint (downloads, oEmbed) is given for one figure. */
export interface FigureProps {
  figure: Figure;
  programs: Program[];
  sources: Source[];
}

/** /downloads/story.png is the story's share image, so no figure may be called "story". */
export const RESERVED_DOWNLOAD_NAMES = ["story"];

/** getStaticPaths for /downloads/<id>.<ext> and /oembed/<id>.json: one path per figure. */
export async function figurePaths(): Promise<{ params: { id: string }; props: FigureProps }[]> {
  const site = await loadSite();
  const programs = site.programs.map((e) => e.data);
  const sources = site.sources.map((e) => e.data);
  return site.figures.map(({ data: figure }) => {
    if (RESERVED_DOWNLOAD_NAMES.includes(figure.id)) {
      throw new Error(
        `data/figures/${figure.id}.json: the figure id "${figure.id}" is reserved (/downloads/${figure.id}.png is the story's share image); rename the figure`,
      );
    }
    return { params: { id: figure.id }, props: { figure, programs, sources } };
  });
}

/** The figure's 1200×630 social card (rendered at scale 1). */
export function figureSocialCard({ figure, programs, sources }: FigureProps): SvgImage {
  return figureShareImage(figure, { programs }, sources, createServerDocument(), PROVIDER_NAME);
}

/** The figure as a standalone SVG (the SVG download; the PNG is this, rasterized). */
export function figureCard({ figure, programs, sources }: FigureProps): SvgImage {
  return chartCard(figure, { programs }, sources, createServerDocument(), PROVIDER_NAME);
}
