import type { DataTable, TableColumn } from "../../schemas/table.ts";
import type { ChartData, DatasetDefinition, FieldType, FieldValue } from "../types.ts";

const FIELD_TYPES: Record<TableColumn["type"], FieldType> = {
  money: "money",
  count: "count",
  text: "text",
  date: "date",
};

function tableOf(data: ChartData, id: string | undefined): DataTable | undefined {
  return data.tables?.find((t) => t.id === id);
}

function cell(column: TableColumn, raw: unknown, reason: string | undefined): FieldValue {
  const known = raw !== null && raw !== undefined;
  switch (column.type) {
    case "money":
      return {
        type: "money",
        amount: known ? Number(raw) : null,
        approximate: false,
        ...(reason ? { unknownReason: reason } : {}),
      };
    case "count":
      return {
        type: "count",
        count: known ? Number(raw) : null,
        counts: column.counts ?? null,
        counter: column.counter,
      };
    case "date":
      return { type: "date", start: String(raw ?? ""), inferred: false };
    case "text":
      return { type: "text", text: known ? String(raw) : null };
  }
}

/**
 * A table of the figure's own in data/tables/<id>.json (`data.table`): its columns are
 * the fields, each of its type; its `labelColumn` names the rows.
 */
export const table: DatasetDefinition = {
  labelField: (data, figure) => tableOf(data, figure.data.table)?.labelColumn ?? "label",
  fields: (data, figure) =>
    Object.fromEntries((tableOf(data, figure.data.table)?.columns ?? []).map((c) => [c.id, FIELD_TYPES[c.type]])),
  labels: (data, figure) =>
    Object.fromEntries((tableOf(data, figure.data.table)?.columns ?? []).map((c) => [c.id, c.label])),
  rows: (data, figure) => {
    const t = tableOf(data, figure.data.table);
    if (!t) return [];
    return t.rows.map((row) => ({
      key: row.id,
      label: String(row.cells[t.labelColumn] ?? row.id),
      sourceIds: t.sourceIds,
      fields: Object.fromEntries(t.columns.map((c) => [c.id, cell(c, row.cells[c.id], row.unknownReasons?.[c.id])])),
      attributes: { id: row.id, ...Object.fromEntries(t.columns.map((c) => [c.id, row.cells[c.id] ?? null])) },
    }));
  },
};
