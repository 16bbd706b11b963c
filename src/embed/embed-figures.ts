/**
 * Each figure as the embed codes and oEmbed responses need it (src/embed/codes.ts
 * EmbeddableFigure): its heights by column width, modelled with its own sources and the
 * title of the story its credit line links to (the page's real text, so the model wraps
 * the lines the page wraps), and the size of its fallback PNG, taken from the same chart
 * card the PNG is rendered from. Astro only (the content collections).
 */
import { CARD_WIDTHS } from "../downloads/chart-card.ts";
import { figureCard } from "../downloads/figure-paths.ts";
import { chartDataOf } from "../model/chart-data.ts";
import { loadSite } from "../model/load.ts";
import { figureHomes } from "../model/placements.ts";
import { MAIN_STORY } from "../model/stories.ts";
import type { Figure } from "../schemas/figure.ts";
import type { EmbeddableFigure } from "./codes.ts";
import { embedHeightTable, type EmbedLayoutOptions } from "./embed-height.ts";

let cached: Promise<Map<string, EmbeddableFigure>> | undefined;

async function load(plain: boolean): Promise<Map<string, EmbeddableFigure>> {
  const site = await loadSite();
  const data = chartDataOf(site);
  const sources = site.sources.map((s) => s.data);
  const homes = figureHomes(site.stories);
  const titleOf = (slug: string) => site.stories.find((s) => s.id === slug)?.data.title;
  const entry = (figure: Figure): EmbeddableFigure => {
    const options: EmbedLayoutOptions = { sources, plain };
    const credit = titleOf(homes.get(figure.id) ?? MAIN_STORY);
    if (credit !== undefined) options.credit = credit;
    // The PNG is the 720 px card at PNG_SCALE: its CSS size is the card's.
    const card = figureCard({ figure, data, sources }, CARD_WIDTHS.desktop);
    return {
      id: figure.id,
      title: figure.title,
      heights: embedHeightTable(figure, data, options),
      image: { width: card.width, height: card.height },
    };
  };
  return new Map(site.figures.map((f) => [f.data.id, entry(f.data)]));
}

/** Every figure of the build, by id (computed once per build). */
export function embeddableFigures(): Promise<Map<string, EmbeddableFigure>> {
  cached ??= load(false);
  return cached;
}

/** One figure of the build; throws for an unknown id (a route's own paths never are). */
export async function embeddableFigure(id: string): Promise<EmbeddableFigure> {
  const figure = (await embeddableFigures()).get(id);
  if (!figure) throw new Error(`embeddableFigure: no figure ${id}`);
  return figure;
}

let plainCached: Promise<Map<string, EmbeddableFigure>> | undefined;

/** The same with the `plain` flag's heights (chart only), for the gallery's flag picker. */
export function plainEmbeddableFigures(): Promise<Map<string, EmbeddableFigure>> {
  plainCached ??= load(true);
  return plainCached;
}
