import { figureRows } from "../charts/scene.ts";
import type { ChartData } from "../charts/types.ts";
import { chartDataOf } from "../model/chart-data.ts";
import type { SiteEntries } from "../model/entries.ts";
import type { Figure } from "../schemas/figure.ts";
import type { TextLocale } from "../text/locale.ts";
import { ko } from "../text/locale-ko.ts";

/**
 * The figures that draw each program: a row of it (the programs dataset's rows are keyed by
 * program id) or a row tied to it (a timeline event's programId), in the figures' order.
 * A program page links to each, so a new figure spec shows up there without code.
 * Every figure's rows are worked out once for all programs: asking figure by figure for
 * each program page made a build's work grow with programs × figures.
 */
export function figuresByProgram<F extends Figure>(
  figures: readonly F[],
  data: ChartData,
  locale: TextLocale,
): Map<string, F[]> {
  const byProgram = new Map<string, F[]>();
  for (const figure of figures) {
    const programIds = new Set<string>();
    for (const row of figureRows(figure, data, locale)) {
      programIds.add(row.key);
      const tied = row.attributes["programId"];
      if (typeof tied === "string") programIds.add(tied);
    }
    for (const id of programIds) {
      const list = byProgram.get(id);
      if (list) list.push(figure);
      else byProgram.set(id, [figure]);
    }
  }
  return byProgram;
}

const bySite = new WeakMap<SiteEntries, Map<string, Figure[]>>();

/** figuresByProgram for a site's figures and data, worked out once per site read (once per build). */
export function siteFiguresByProgram(site: SiteEntries): Map<string, Figure[]> {
  let index = bySite.get(site);
  if (!index) {
    index = figuresByProgram(
      site.figures.map((f) => f.data),
      chartDataOf(site),
      ko,
    );
    bySite.set(site, index);
  }
  return index;
}
