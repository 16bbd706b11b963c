import type { Figure } from "../schemas/figure.ts";
import type { TextLocale } from "../text/locale.ts";
import { datasetOf, figureRows } from "./scene.ts";
import type { ChartData } from "./types.ts";

/**
 * Everything of the data a figure's drawing reads, as one plain value: its dataset's field
 * types, label field and headers, and its rows as selected and sorted (each row carries the
 * values the dataset derived, a timeline event's program name included). The chart, its
 * table, its files and its heights are functions of the spec and this value alone, so a
 * change to a program the figure does not draw leaves it as it was: what the incremental
 * build keys a figure's pages on (src/cache/page-keys.ts).
 */
export function figureInputs(figure: Figure, data: ChartData, locale: TextLocale) {
  const dataset = datasetOf(figure);
  return {
    fields: dataset.fields(data, figure),
    labelField: dataset.labelField(data, figure),
    labels: dataset.labels?.(data, figure) ?? null,
    rows: figureRows(figure, data, locale),
  };
}
