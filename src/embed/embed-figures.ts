/**
 * Each figure as the embed codes and oEmbed responses need it (src/embed/codes.ts
 * EmbeddableFigure): its heights by column width, modelled with its own sources and the
 * title of the story its credit line links to (the page's real text, so the model wraps
 * the lines the page wraps), and the size of its fallback PNG, taken from the same chart
 * card the PNG is rendered from. Astro only (the content collections).
 */
import { buildValues, NO_CACHE } from "../cache/json-cache.ts";
import { CARD_WIDTHS } from "../downloads/chart-card.ts";
import { figureCard } from "../downloads/figure-paths.ts";
import { chartDataOf } from "../model/chart-data.ts";
import { loadSite } from "../model/load.ts";
import { creditStoryId, figureHomes } from "../model/placements.ts";
import { cacheKeys } from "../cache/page-keys.ts";
import type { Figure } from "../schemas/figure.ts";
import type { EmbeddableFigure } from "./codes.ts";
import { embedHeightTable, type EmbedLayoutOptions } from "./embed-height.ts";

/** A figure for the codes, and its heights with the `plain` flag (chart only) for the gallery's picker. */
interface Embeddable {
  figure: EmbeddableFigure;
  plainHeights: EmbeddableFigure["heights"];
}

// Once per build: each figure's chart card (for the fallback image's size) and heights are
// worked out once, and kept between builds under the figure's cache key and the code's
// fingerprint (src/cache/), so a rebuild recomputes only the figures whose data changed.
// The live preview, whose code changes while it runs, computes them afresh.
let cached: Promise<Map<string, Embeddable>> | undefined;

async function load(): Promise<Map<string, Embeddable>> {
  const site = await loadSite();
  const data = chartDataOf(site);
  const sources = site.sources.map((s) => s.data);
  const homes = figureHomes(site.stories);
  const titleOf = (slug: string) => site.stories.find((s) => s.id === slug)?.data.title;
  const keys = cacheKeys(site);
  const store = import.meta.env.DEV ? NO_CACHE : buildValues("embeddable");
  const entry = (figure: Figure): Embeddable => {
    const options: EmbedLayoutOptions = { sources };
    const credit = titleOf(creditStoryId(homes, figure.id));
    if (credit !== undefined) options.credit = credit;
    // The PNG is the 720 px card at PNG_SCALE: its CSS size is the card's.
    const card = figureCard({ figure, data, sources }, CARD_WIDTHS.desktop);
    return {
      figure: {
        id: figure.id,
        title: figure.title,
        heights: embedHeightTable(figure, data, options),
        image: { width: card.width, height: card.height },
      },
      plainHeights: embedHeightTable(figure, data, { ...options, plain: true }),
    };
  };
  return new Map(site.figures.map((f) => [f.data.id, store.get(keys.figure(f.data), () => entry(f.data))]));
}

/** Every figure of the build, by id, with its plain heights (computed once per build). */
export function embeddableFigures(): Promise<Map<string, Embeddable>> {
  cached ??= load();
  return cached;
}

/** One figure of the build; throws for an unknown id (a route's own paths never are). */
export async function embeddableFigure(id: string): Promise<EmbeddableFigure> {
  const entry = (await embeddableFigures()).get(id);
  if (!entry) throw new Error(`embeddableFigure: no figure ${id}`);
  return entry.figure;
}
