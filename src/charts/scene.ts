import type { Channel, Figure, FigureView } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import type { TextLocale } from "../text/locale.ts";
import { sourcesCredit } from "../text/source-credit.ts";
import { DATASETS } from "./datasets/index.ts";
import { formatValue } from "./formats/index.ts";
import { MARKS } from "./marks/index.ts";
import { matches, selectRows } from "./select-rows.ts";
import type {
  ChartData,
  ChartTable,
  DatasetDefinition,
  Datum,
  LegendItem,
  MarkInput,
  Scene,
  SeriesScale,
} from "./types.ts";

/** The glyph shapes of the series, in order: the same in the chart, its legend and the files. */
export const SERIES_SYMBOLS = ["circle", "square", "triangle", "diamond", "star", "cross"] as const;

function registered<T>(registry: Readonly<Record<string, T>>, name: string, what: string): T {
  const found = registry[name];
  if (!found) throw new Error(`unknown ${what} "${name}"; valid: ${Object.keys(registry).join(", ")}`);
  return found;
}

/** The figure's dataset from the registry; an unknown name is an error naming the valid ones. */
export function datasetOf(figure: Figure): DatasetDefinition {
  return registered(DATASETS, figure.data.dataset, "dataset");
}

/** The figure's rows, selected and sorted as its spec says: the chart's, its table's and its CSV's. */
export function figureRows(figure: Figure, data: ChartData, locale: TextLocale): Datum[] {
  return selectRows(figure, datasetRows(figure, data, locale));
}

// A dataset's rows depend on the data, the locale and the figure's `data` (which dataset,
// which table), not on the rest of its spec (DatasetDefinition.rows): made once per data
// object and shared, since every figure of a build over the same dataset asks for the same
// rows (a thousand figures over a thousand programs made a million rows). selectRows copies.
const rowsCache = new WeakMap<ChartData, WeakMap<TextLocale, Map<string, Datum[]>>>();

export function datasetRows(figure: Figure, data: ChartData, locale: TextLocale): readonly Datum[] {
  let byLocale = rowsCache.get(data);
  if (!byLocale) rowsCache.set(data, (byLocale = new WeakMap()));
  let byDataset = byLocale.get(locale);
  if (!byDataset) byLocale.set(locale, (byDataset = new Map()));
  const key = `${figure.data.dataset}\n${figure.data.table ?? ""}`;
  let rows = byDataset.get(key);
  if (!rows) byDataset.set(key, (rows = datasetOf(figure).rows(data, figure, locale)));
  return rows;
}

/** A field's header: the dataset's own label (a table's column), else the locale's word, else its name. */
export function fieldHeader(figure: Figure, data: ChartData, field: string, locale: TextLocale): string {
  return datasetOf(figure).labels?.(data, figure)[field] ?? locale.charts.fields[field] ?? field;
}

function seriesScale(figure: Figure, data: ChartData, rows: readonly Datum[], locale: TextLocale): SeriesScale | null {
  const field = figure.series;
  if (!field) return null;
  const dataset = datasetOf(figure);
  const present = new Set(rows.map((d) => d.attributes[field] ?? null));
  present.delete(null);
  const order = dataset.order?.[field] ?? [...present];
  const domain = order.filter((v) => present.has(v));
  return {
    field,
    header: fieldHeader(figure, data, field, locale),
    indexOf: (d) => {
      const i = domain.indexOf(d.attributes[field] ?? null);
      return i < 0 ? null : i % SERIES_SYMBOLS.length;
    },
    labelOf: (d) => {
      const value = d.fields[field];
      return value?.type === "text" ? value.text : null;
    },
  };
}

/**
 * A figure's whole drawing, computed once at build time from its spec: the rows of its
 * dataset, then for each view (the spec's own channels first, then `views`) the mark's
 * panels, in percentages of the track. The page, the island, the downloads and the embed
 * all draw from this; nothing else lays a chart out.
 */
export function buildScene(figure: Figure, data: ChartData, sources: readonly Source[], locale: TextLocale): Scene {
  const mark = registered(MARKS, figure.mark, "mark");
  const dataset = datasetOf(figure);
  const rows = figureRows(figure, data, locale);
  const series = seriesScale(figure, data, rows, locale);
  const annotations = new Map<string, string>();
  for (const { key, label } of figure.annotations ?? []) {
    annotations.set(
      key,
      annotations.has(key) ? `${annotations.get(key)}${locale.patterns.listSeparator}${label}` : label,
    );
  }
  const sourceText = (datum: Datum) => {
    const cited = datum.sourceIds.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    return cited.length > 0 ? sourcesCredit(cited, locale) : null;
  };
  const specs: { id: string; label: string; x?: Channel; where?: FigureView["where"]; facet?: string | null }[] = [
    { id: "default", label: "", x: figure.x },
    ...(figure.views ?? []),
  ];
  const views = specs.map((view, i) => {
    const input: MarkInput = {
      figure,
      rows: rows.filter((d) => matches(d, view.where)),
      x: view.x ?? figure.x,
      series,
      facet: (view.facet !== undefined ? view.facet : figure.facet) ?? null,
      group: figure.group ?? null,
      groupOrder: figure.group ? (dataset.order?.[figure.group] ?? null) : null,
      annotations,
      locale,
      sourceText,
    };
    const label = specs.length === 1 ? "" : i === 0 ? defaultViewLabel(figure, data, locale) : view.label;
    return { id: view.id, label, panels: mark.panels(input) };
  });
  return {
    figureId: figure.id,
    mark: figure.mark,
    views,
    legend: legendOf(rows, series),
    table: tableOf(figure, data, rows, specs, series, locale),
  };
}

/** The first view's name on the control: the spec's `viewLabel`, else the x field's header. */
function defaultViewLabel(figure: Figure, data: ChartData, locale: TextLocale): string {
  return figure.viewLabel ?? fieldHeader(figure, data, figure.x.field, locale);
}

function legendOf(rows: readonly Datum[], series: SeriesScale | null): LegendItem[] {
  if (!series) return [];
  const seen = new Map<number, string>();
  for (const d of rows) {
    const i = series.indexOf(d);
    const label = series.labelOf(d);
    if (i !== null && label !== null && !seen.has(i)) seen.set(i, label);
  }
  return [...seen]
    .sort(([a], [b]) => a - b)
    .map(([i, label]) => ({ series: i, label, symbol: SERIES_SYMBOLS[i] ?? "circle" }));
}

/**
 * The figure's data table: a row per datum (every row of every view, unknowns included),
 * a column per distinct channel of the views, and the series, facet and group when set.
 */
function tableOf(
  figure: Figure,
  data: ChartData,
  rows: readonly Datum[],
  specs: readonly { x?: { field: string; format: string } }[],
  series: SeriesScale | null,
  locale: TextLocale,
): ChartTable {
  const channels = [
    ...(figure.group ? [{ field: figure.group, format: "text" }] : []),
    ...(figure.facet ? [{ field: figure.facet, format: "text" }] : []),
    ...(series && series.field !== figure.facet ? [{ field: series.field, format: "text" }] : []),
    ...specs.map((s) => s.x ?? figure.x),
  ].filter((c, i, all) => all.findIndex((o) => o.field === c.field && o.format === c.format) === i);
  const labelHeader = fieldHeader(figure, data, datasetOf(figure).labelField(data, figure), locale);
  return {
    caption: locale.charts.tableCaption(figure.title),
    columns: [labelHeader, ...channels.map((c) => fieldHeader(figure, data, c.field, locale))],
    rows: rows.map((d) => [
      d.label,
      ...channels.map((c) => {
        const value = d.fields[c.field];
        return value ? formatValue(c.format, value, locale) : locale.unknown.kind;
      }),
    ]),
    keys: rows.map((d) => d.key),
  };
}
