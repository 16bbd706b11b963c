import { figureRows } from "../charts/scene.ts";
import type { ChartData } from "../charts/types.ts";
import type { Figure } from "../schemas/figure.ts";
import type { TextLocale } from "../text/locale.ts";

/**
 * The figures that draw a program: a row of it (the programs dataset's rows are keyed by
 * program id) or a row tied to it (a timeline event's programId), in the figures' order.
 * A program page links to each, so a new figure spec shows up there without code.
 */
export function figuresDrawing<F extends Figure>(
  programId: string,
  figures: readonly F[],
  data: ChartData,
  locale: TextLocale,
): F[] {
  return figures.filter((figure) =>
    figureRows(figure, data, locale).some((row) => row.key === programId || row.attributes.programId === programId),
  );
}
