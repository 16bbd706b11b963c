import type { Figure } from "../schemas/figure.ts";
import { numeric } from "./marks/scale.ts";
import type { Attribute, Datum } from "./types.ts";

type Where = Readonly<Record<string, readonly Attribute[]>>;

/** Rows whose attributes match every field of `where` (any of its values). */
export function matches(datum: Datum, where: Where | undefined): boolean {
  if (!where) return true;
  return Object.entries(where).every(([field, values]) => values.includes(datum.attributes[field] ?? null));
}

/**
 * The figure's rows: `data.ids` in their order (an unknown id is an error, never a dropped
 * row: the validation pipeline reports it to the editor first), else every row of the
 * dataset; then `data.where`; then `sort` (unknown values last, whatever the order).
 */
export function selectRows(figure: Figure, all: readonly Datum[]): Datum[] {
  const { ids, where } = figure.data;
  let rows = ids
    ? ids.map((id, i) => {
        const datum = all.find((d) => d.key === id);
        if (!datum) {
          const valid = all.map((d) => d.key).join(", ");
          throw new Error(`figure ${figure.id}: data.ids[${i}]: unknown id "${id}"; valid ids: ${valid}`);
        }
        return datum;
      })
    : [...all];
  rows = rows.filter((d) => matches(d, where));
  const sort = figure.sort;
  if (sort) {
    const sign = sort.order === "ascending" ? 1 : -1;
    const key = (d: Datum) => numeric(d.fields[sort.field]);
    rows.sort((a, b) => {
      const va = key(a);
      const vb = key(b);
      if (va === null || vb === null) return Number(va === null) - Number(vb === null);
      return sign * (va - vb);
    });
  }
  return rows;
}
