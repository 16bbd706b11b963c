import { datasetOf, fieldHeader, figureRows } from "../charts/scene.ts";
import type { ChartData, Datum, FieldType, FieldValue } from "../charts/types.ts";
import type { Figure } from "../schemas/figure.ts";
import { kindText } from "../text/count-text.ts";
import type { TextLocale } from "../text/locale.ts";
import { ko } from "../text/locale-ko.ts";
import { perUnitLabel } from "../text/per-unit-text.ts";
import { toCsv, type CsvCell } from "./csv.ts";

/**
 * A figure's data as a spreadsheet, from its spec: one row per datum the figure selects, in
 * the figure's order (the page's table's rows); the row's key and label, then for each field
 * the figure shows (the x of every view, the series, the facets, the group; each once) its
 * raw values: whole won, plain counts, ISO dates, never the formatted text of the page. An
 * unknown value is an empty cell with its reason in a column of its own, never 0.
 */
interface Column {
  header: string;
  cell(datum: Datum): CsvCell;
  /** Left out when empty in every row: what a count counts, for counts that never say (a table's cases). */
  optional?: boolean;
}

type Of<T extends FieldType> = Extract<FieldValue, { type: T }>;

/** The field's value if it is of the type the dataset declares; else (missing) unknown. */
function valueOf<T extends FieldType>(datum: Datum, field: string, type: T): Of<T> | null {
  const value = datum.fields[field];
  return value?.type === type ? (value as Of<T>) : null;
}

/** The columns of one field, by its type. */
function columnsOf(field: string, type: FieldType, header: string, locale: TextLocale): Column[] {
  const words = locale.tables.csv;
  const yesNo = (value: boolean) => (value ? locale.tables.yes : locale.tables.no);
  switch (type) {
    case "money": {
      const v = (d: Datum) => valueOf(d, field, "money");
      return [
        { header: words.amount(header), cell: (d) => v(d)?.amount ?? null },
        { header: words.approximate(header), cell: (d) => (v(d)?.amount == null ? null : yesNo(v(d)!.approximate)) },
        {
          header: words.unknownReason(header),
          cell: (d) => (v(d)?.amount == null ? (v(d)?.unknownReason ?? null) : null),
        },
      ];
    }
    case "count": {
      const v = (d: Datum) => valueOf(d, field, "count");
      return [
        { header, cell: (d) => v(d)?.count ?? null },
        {
          header: words.kind,
          cell: (d) => (v(d)?.counts == null ? null : kindText(v(d)!.counts, locale)),
          optional: true,
        },
        { header: words.kindCode, cell: (d) => v(d)?.counts ?? null, optional: true },
        {
          header: words.unknownReason(header),
          cell: (d) => (v(d)?.count == null ? (v(d)?.unknownReason ?? null) : null),
        },
      ];
    }
    case "perUnit": {
      const v = (d: Datum) => valueOf(d, field, "perUnit");
      return [
        // A division's result: whole won, as the page rounds it.
        { header: words.amount(header), cell: (d) => (v(d)?.amount == null ? null : Math.round(v(d)!.amount!)) },
        { header: words.unit, cell: (d) => (v(d)?.kind == null ? null : perUnitLabel(v(d)!.kind!, locale)) },
      ];
    }
    case "number":
      return [{ header, cell: (d) => valueOf(d, field, "number")?.value ?? null }];
    case "text":
      return [{ header, cell: (d) => valueOf(d, field, "text")?.text ?? null }];
    case "date": {
      // A table's date cell without a value has an empty start: unknown, not a date.
      const v = (d: Datum) => {
        const date = valueOf(d, field, "date");
        return date && date.start !== "" ? date : null;
      };
      return [
        { header: words.start(header), cell: (d) => v(d)?.start ?? null },
        { header: words.end(header), cell: (d) => v(d)?.end ?? null },
        { header: words.inferred(header), cell: (d) => (v(d) ? yesNo(v(d)!.inferred) : null) },
      ];
    }
  }
}

/** The fields the figure shows, each once: the x of every view, the series, every facet, the group. */
export function shownFields(figure: Figure): string[] {
  const fields = [
    figure.x.field,
    ...(figure.views ?? []).flatMap((v) => (v.x ? [v.x.field] : [])),
    figure.series,
    figure.facet,
    ...(figure.views ?? []).map((v) => v.facet),
    figure.group,
  ];
  return [...new Set(fields.filter((f): f is string => typeof f === "string"))];
}

/**
 * Each column once: a column that repeats another's header and cells (a facet's unit beside
 * the per-unit amount's) is left out, and so is an optional one without a value; one that
 * repeats only the header is told apart by its field's name, so no two columns share a header.
 */
function distinct(columns: readonly Column[], fields: readonly string[], rows: readonly Datum[]): Column[] {
  const kept: Column[] = [];
  for (const [i, column] of columns.entries()) {
    if (column.optional && rows.every((d) => column.cell(d) === null)) continue;
    const same = kept.find((k) => k.header === column.header);
    if (same && rows.every((d) => same.cell(d) === column.cell(d))) continue;
    kept.push(same ? { ...column, header: `${column.header} (${fields[i]})` } : column);
  }
  return kept;
}

export function figureCsv(figure: Figure, data: ChartData, locale: TextLocale = ko): string {
  const dataset = datasetOf(figure);
  const rows = figureRows(figure, data, locale);
  const types = dataset.fields(data, figure);
  const labelField = dataset.labelField(data, figure);
  const fields = shownFields(figure).filter((f) => f !== labelField);
  const perField = fields.map((field) => {
    const type = types[field] ?? rows.map((d) => d.fields[field]?.type).find((t) => t !== undefined) ?? "text";
    return columnsOf(field, type, fieldHeader(figure, data, field, locale), locale);
  });
  const columns = distinct(
    perField.flat(),
    perField.flatMap((cs, i) => cs.map(() => fields[i]!)),
    rows,
  );
  return toCsv(
    [locale.tables.csv.key, fieldHeader(figure, data, labelField, locale), ...columns.map((c) => c.header)],
    rows.map((d) => [d.key, d.label, ...columns.map((c) => c.cell(d))]),
  );
}
