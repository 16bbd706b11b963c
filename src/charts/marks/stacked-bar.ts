import { formatValue } from "../formats/index.ts";
import type { Datum, FieldValue, MarkDefinition, SceneMark } from "../types.ts";
import { markOf, numeric, round, zeroBasedScale } from "./scale.ts";

/**
 * One bar per value of the `group` field (a life stage), one segment per row in it, on a
 * shared scale from 0. Rows without a value are never a zero-width segment: the row says
 * how many of its members are unknown ("금액 미공개 2개 사업").
 */
export const stackedBar: MarkDefinition = {
  accepts: ["money", "count"],
  requires: ["group"],
  panels(input) {
    const groupField = input.group ?? "";
    const groups = new Map<string, { label: string; rows: Datum[] }>();
    for (const datum of input.rows) {
      const id = String(datum.attributes[groupField] ?? "");
      const value = datum.fields[groupField];
      const label = value?.type === "text" && value.text !== null ? value.text : input.locale.unknown.kind;
      const group = groups.get(id) ?? { label, rows: [] };
      group.rows.push(datum);
      groups.set(id, group);
    }
    if (input.groupOrder) {
      const order = input.groupOrder.map(String);
      const sorted = [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      groups.clear();
      for (const [id, group] of sorted) groups.set(id, group);
    }
    const totals = [...groups.values()].map((g) =>
      g.rows.reduce((sum, d) => sum + (numeric(d.fields[input.x.field]) ?? 0), 0),
    );
    const type = input.rows[0]?.fields[input.x.field]?.type ?? "money";
    const { at, ticks } = zeroBasedScale(totals, type);
    const rows = [...groups].map(([id, group], gi) => {
      let running = 0;
      const marks: SceneMark[] = [];
      const known = group.rows.filter((d) => numeric(d.fields[input.x.field]) !== null);
      for (const datum of known) {
        const v = numeric(datum.fields[input.x.field]) ?? 0;
        const text = formatValue(input.x.format, datum.fields[input.x.field] as FieldValue, input.locale);
        marks.push(markOf(input, datum, { shape: "bar", x0: at(running), x1: at(running + v) }, text));
        running += v;
      }
      const total: FieldValue =
        type === "money"
          ? {
              type: "money",
              amount: totals[gi] ?? 0,
              approximate: known.some((d) => {
                const f = d.fields[input.x.field];
                return f?.type === "money" && f.approximate;
              }),
            }
          : { type: "count", count: totals[gi] ?? 0, counts: null };
      const unknownCount = group.rows.length - known.length;
      const parts = [
        ...(known.length > 0
          ? [input.locale.charts.knownTotal(formatValue(input.x.format, total, input.locale), known.length)]
          : []),
        ...(unknownCount > 0 ? [input.locale.charts.unknownMembers(unknownCount)] : []),
      ];
      return {
        key: id,
        label: group.label,
        value: parts.join(input.locale.patterns.listSeparator),
        unknown: known.length === 0,
        annotation: input.annotations.get(id) ?? null,
        marks: marks.map((m) => ({ ...m, x0: round(m.x0), x1: round(m.x1) })),
      };
    });
    return [{ title: null, rows, ticks }];
  },
};
