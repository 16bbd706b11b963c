import { group as groupBy } from "d3-array";
import { formatValue } from "../formats/index.ts";
import type { FieldValue, MarkDefinition, SceneMark } from "../types.ts";
import { markOf, numeric, zeroBasedScale } from "./scale.ts";

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
    const field = input.x.field;
    const order = input.groupOrder?.map(String);
    // Groups in the dataset's order of the field's values where it has one, else the data's.
    const groups = [...groupBy(input.rows, (d) => String(d.attributes[groupField] ?? ""))].sort(([a], [b]) =>
      order ? order.indexOf(a) - order.indexOf(b) : 0,
    );
    const members = groups.map(([, rows]) =>
      rows.flatMap((datum) => {
        const v = numeric(datum.fields[field]);
        return v === null ? [] : [{ datum, v }];
      }),
    );
    const totals = members.map((known) => known.reduce((sum, m) => sum + m.v, 0));
    const type = input.rows[0]?.fields[field]?.type ?? "money";
    const { at, ticks } = zeroBasedScale(totals, type);
    const rows = groups.map(([id, rows], gi) => {
      const known = members[gi] ?? [];
      const label = rows[0]?.fields[groupField];
      let running = 0;
      const marks: SceneMark[] = known.map(({ datum, v }) => {
        const text = formatValue(input.x.format, datum.fields[field] as FieldValue, input.locale);
        const mark = markOf(input, datum, { shape: "bar", x0: at(running), x1: at(running + v) }, text);
        running += v;
        return mark;
      });
      const total: FieldValue =
        type === "money"
          ? {
              type: "money",
              amount: totals[gi] ?? 0,
              approximate: known.some(({ datum }) => {
                const f = datum.fields[field];
                return f?.type === "money" && f.approximate;
              }),
            }
          : { type: "count", count: totals[gi] ?? 0, counts: null };
      const unknownCount = rows.length - known.length;
      const parts = [
        ...(known.length > 0
          ? [input.locale.charts.knownTotal(formatValue(input.x.format, total, input.locale), known.length)]
          : []),
        ...(unknownCount > 0 ? [input.locale.charts.unknownMembers(unknownCount)] : []),
      ];
      return {
        key: id,
        label: label?.type === "text" && label.text !== null ? label.text : input.locale.unknown.kind,
        value: parts.join(input.locale.patterns.listSeparator),
        unknown: known.length === 0,
        annotation: input.annotations.get(id) ?? null,
        marks,
      };
    });
    return [{ title: null, rows, ticks }];
  },
};
