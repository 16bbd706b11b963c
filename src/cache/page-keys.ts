import { createHash } from "node:crypto";
import { figureInputs } from "../charts/figure-inputs.ts";
import { siteFiguresByProgram } from "../figure/program-figures.ts";
import { chartDataOf } from "../model/chart-data.ts";
import type { SiteEntries, StoryEntry } from "../model/entries.ts";
import { creditStoryId, figureHomes, storiesMentioning, storyPlacements } from "../model/placements.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import { ko } from "../text/locale-ko.ts";

/**
 * The `cacheKey` each generated page hands Astro's incremental build
 * (experimental.incrementalBuild): the digest of all the data the page shows. Astro reuses
 * the previous build's file when both this key and the page's code (the hash of its module
 * graph, which Astro computes itself, with the config and the lockfile) are unchanged.
 *
 * A key that missed an input would publish a stale number, so each key takes in more than
 * the page strictly needs, never less:
 * - a figure's files: its spec, the rows it draws (figureInputs), every source, and the
 *   story its credit names (the home story, else the main story's title);
 * - a program page: the program, its sources, the figures that draw it and their homes,
 *   the stories that mention it;
 * - a story page and its share image: the story, the keys of the figures it places, what
 *   every story shows (the stories' titles and order, the sources, the corrections), and all
 *   the data when its text words numbers or programs (WORDS_THE_DATA).
 */
export function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url");
}

interface Keys {
  figure: (figure: Figure) => string;
  program: (program: Program) => string;
  /** A story page and its share image. */
  story: (story: StoryEntry) => string;
}

/**
 * Directives whose text may word any record of the data (`:num[youth.shareOfKnownBudget]`
 * divides by every program): a story with one is keyed on all the data, one without only on
 * the figures it places.
 */
const WORDS_THE_DATA = /:num\[|:program\[|::unknowns/;

// Per site object: a build reads the site once (loadSite), so its keys are worked out once,
// however many routes ask; the live preview's fresh reads get fresh keys.
const keysBySite = new WeakMap<SiteEntries, Keys>();

export function cacheKeys(site: SiteEntries): Keys {
  let keys = keysBySite.get(site);
  if (!keys) keysBySite.set(site, (keys = keysOf(site)));
  return keys;
}

function keysOf(site: SiteEntries): Keys {
  const data = chartDataOf(site);
  const sources = site.sources.map((s) => s.data);
  const homes = figureHomes(site.stories);
  const storyTitle = (slug: string) => site.stories.find((s) => s.id === slug)?.data.title ?? null;
  const figureKeys = new Map<Figure, string>();
  const figure = (spec: Figure) => {
    let key = figureKeys.get(spec);
    if (key === undefined) {
      const home = homes.get(spec.id) ?? null;
      key = digest({
        spec,
        inputs: figureInputs(spec, data, ko),
        sources,
        home,
        credit: storyTitle(creditStoryId(homes, spec.id)),
      });
      figureKeys.set(spec, key);
    }
    return key;
  };
  const drawing = siteFiguresByProgram(site);
  const program = (entry: Program) =>
    digest({
      program: entry,
      sources: sources.filter((s) => entry.sourceIds.includes(s.id)),
      figures: (drawing.get(entry.id) ?? []).map((f) => ({ id: f.id, title: f.title, home: homes.get(f.id) ?? null })),
      stories: storiesMentioning(site.stories, entry.id).map((s) => ({ id: s.id, title: s.data.title })),
    });
  // What every story page shows of the others and of the site: the stories' order and
  // titles (figure homes follow it), the sources and the corrections log.
  const shared = digest({
    stories: site.stories.map((s) => ({ id: s.id, data: s.data })),
    sources,
    corrections: site.corrections.map((c) => c.data),
  });
  let allData: string | undefined;
  const specs = new Map(site.figures.map((f) => [f.id, f.data]));
  const story = (entry: StoryEntry) => {
    const body = entry.body ?? "";
    const placed = storyPlacements(body).figureIds.map((id) => {
      const spec = specs.get(id);
      return spec ? figure(spec) : `missing ${id}`;
    });
    const words = WORDS_THE_DATA.test(body);
    if (words) allData ??= digest({ ...data, figures: site.figures.map((f) => f.data) });
    return digest({ id: entry.id, frontmatter: entry.data, body, shared, placed, data: words ? allData : null });
  };
  return { figure, program, story };
}
