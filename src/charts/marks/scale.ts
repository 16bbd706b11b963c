import { scaleLinear } from "d3-scale";
import { formatValue, tickText } from "../formats/index.ts";
import type { Datum, FieldValue, MarkInput, SceneMark, ScenePanel, SceneRow, SceneTick } from "../types.ts";

/**
 * What a value is on a scale: money and per-unit amounts in won, counts, numbers, a date
 * as a fractional year; null when unknown (it stays a row with its unknown word, no mark).
 */
export function numeric(value: FieldValue | undefined): number | null {
  if (!value) return null;
  switch (value.type) {
    case "money":
    case "perUnit":
      return value.amount;
    case "count":
      return value.count;
    case "number":
      return value.value;
    case "date":
      return value.start === "" ? null : fractionalYear(value.start);
    case "text":
      return null;
  }
}

/** "2025" → 2025, "2025-04" → 2025.25, "2025-11-05" → 2025.84: where a date sits in its year. */
export function fractionalYear(iso: string, end = false): number {
  const [y = "0", m, d] = iso.split("-");
  const year = Number(y);
  if (m === undefined) return year + (end ? 1 : 0);
  const month = Number(m) - 1;
  if (d === undefined) return year + (month + (end ? 1 : 0)) / 12;
  return year + (month + (Number(d) - (end ? 0 : 1)) / 31) / 12;
}

/** A linear scale from 0 to the largest value, to percentages of the track, with a few round ticks. */
export function zeroBasedScale(values: readonly (number | null)[], type: FieldValue["type"]) {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const scale = scaleLinear()
    .domain([0, max || 1])
    .range([0, 100])
    .nice(3);
  const at3 = scale.ticks(3);
  const ticks: SceneTick[] = at3.map((t, i) => ({
    x: round(scale(t)),
    label: tickText(type, t),
    minor: i % 2 === 1 && at3.length > 3,
  }));
  return { at: (v: number) => round(scale(v)), ticks };
}

/**
 * One panel of `rows` on a scale from 0 to their largest value (bars and dots, a small
 * multiple): each row with its value's mark, a bar from 0 or a dot at the value; an
 * unknown value is a row with its word and no mark.
 */
export function scaledPanel(
  input: MarkInput,
  rows: readonly Datum[],
  title: string | null,
  shape: "bar" | "dot",
): ScenePanel {
  const values = rows.map((d) => numeric(d.fields[input.x.field]));
  const type = rows[0]?.fields[input.x.field]?.type ?? "number";
  const { at, ticks } = zeroBasedScale(values, type);
  const panelRows = rows.map((datum, i) => {
    const base = rowBase(input, datum);
    const v = values[i] ?? null;
    if (v === null) return { ...base, marks: [] };
    const geometry = shape === "bar" ? { shape, x0: 0, x1: at(v) } : { shape, x0: at(v), x1: at(v) };
    return { ...base, marks: [markOf(input, datum, geometry, base.value)] };
  });
  return { title, rows: panelRows, ticks };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** The parts of a row every mark shares: key, label, value text, annotation. */
export function rowBase(input: MarkInput, datum: Datum): Omit<SceneRow, "marks"> {
  const value = datum.fields[input.x.field];
  return {
    key: datum.key,
    label: datum.label,
    value: value ? formatValue(input.x.format, value, input.locale) : input.locale.unknown.kind,
    unknown: numeric(value) === null,
    annotation: input.annotations.get(datum.key) ?? null,
  };
}

/**
 * What a mark's tooltip says beyond the printed label: what was counted (the series),
 * the notes that name the row or its series, the source line.
 */
export function markOf(
  input: MarkInput,
  datum: Datum,
  geometry: Pick<SceneMark, "shape" | "x0" | "x1"> & { inferred?: boolean },
  value: string,
): SceneMark {
  const seriesLabel = input.series?.labelOf(datum) ?? null;
  const details: string[] = [];
  if (input.series && seriesLabel !== null) details.push(input.locale.tables.tip(input.series.header, seriesLabel));
  const notes = input.figure.notes.filter(
    (note) => note.includes(datum.label) || (seriesLabel !== null && note.includes(seriesLabel)),
  );
  if (notes.length > 0) details.push(notes.join(" "));
  const source = input.sourceText(datum);
  if (source) details.push(source);
  return {
    key: datum.key,
    inferred: geometry.inferred ?? false,
    series: input.series?.indexOf(datum) ?? null,
    tip: input.locale.tables.tip(datum.label, value),
    details,
    ...geometry,
  };
}
