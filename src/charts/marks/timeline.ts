import type { MarkDefinition, SceneTick } from "../types.ts";
import { fractionalYear, markOf, rowBase, round } from "./scale.ts";

/**
 * Dated events (a dot at the day, month or year) and spans (a bar from the start to the
 * end of the last period), one row each on a shared axis of years. A span or event the
 * source does not date outright (`inferred`) is drawn hatched and outlined, and its date
 * says (추정).
 */
export const timeline: MarkDefinition = {
  accepts: ["date"],
  panels(input) {
    const dates = input.rows.map((d) => {
      const v = d.fields[input.x.field];
      return v?.type === "date" && v.start !== "" ? v : null;
    });
    const known = dates.filter((d) => d !== null);
    if (known.length === 0) {
      const rows = input.rows.map((datum) => ({ ...rowBase(input, datum), unknown: true, marks: [] }));
      return [{ title: null, rows, ticks: [] }];
    }
    const first = Math.floor(Math.min(...known.map((d) => fractionalYear(d.start))));
    const last = Math.ceil(Math.max(...known.map((d) => fractionalYear(d.end ?? d.start, true))));
    const span = Math.max(1, last - first);
    const at = (year: number) => round(((year - first) / span) * 100);
    const years = Array.from({ length: span + 1 }, (_, i) => first + i);
    const step = years.length > 6 ? 2 : 1;
    const ticks: SceneTick[] = years
      .slice(0, -1)
      .map((year, i) => ({ x: at(year), label: String(year), minor: i % step !== 0 }));
    const rows = input.rows.map((datum, i) => {
      const base = rowBase(input, datum);
      const date = dates[i];
      if (!date) return { ...base, unknown: true, marks: [] };
      const x0 = at(fractionalYear(date.start));
      // An event sits in the middle of its day, month or year (at most a year wide).
      const event = round(x0 + Math.min(at(fractionalYear(date.start, true)) - x0, 100 / span) / 2);
      const geometry =
        date.end === undefined
          ? { shape: "event" as const, x0: event, x1: event }
          : { shape: "span" as const, x0, x1: at(fractionalYear(date.end, true)) };
      return { ...base, marks: [markOf(input, datum, { ...geometry, inferred: date.inferred }, base.value)] };
    });
    return [{ title: null, rows, ticks }];
  },
};
