import * as Plot from "@observablehq/plot";
import { chartColor } from "../theme/palette.ts";

/**
 * The layout both program charts share, sized for a 320 px phone column: one row per
 * program, its name on the upper half of the row and its mark and value on the lower
 * half, so long Korean names never squeeze the plot into a narrow strip beside them.
 */
export const ROW_LAYOUT = {
  width: 320,
  rowHeight: 52,
  marginTop: 12,
  marginBottom: 28,
  marginRight: 16,
  fontSize: 14,
} as const;

/** Vertical offsets from a row's centre: the name line above, the value line below. */
export const NAME_DY = -ROW_LAYOUT.rowHeight / 4 + 2;
export const VALUE_DY = ROW_LAYOUT.rowHeight / 4 - 3;

interface Row {
  id: string;
  name: string;
  label: string;
}

/** Plot options for the frame: size, a band per row in the given order, no y axis. */
export function rowFrame(rows: readonly Row[], marginLeft: number) {
  const { width, rowHeight, marginTop, marginBottom, marginRight } = ROW_LAYOUT;
  return {
    width,
    height: marginTop + rows.length * rowHeight + marginBottom,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    y: { type: "band" as const, domain: rows.map((r) => r.id), axis: null, padding: 0 },
  };
}

/** Each program's name, left-aligned on its name line. */
export function nameLabels(rows: readonly Row[]): Plot.Markish {
  return Plot.text(rows, {
    x: 0,
    y: "id",
    text: "name",
    textAnchor: "start",
    dy: NAME_DY,
    fontSize: ROW_LAYOUT.fontSize,
    fill: chartColor("text"),
  });
}

/** Rows without a value keep their place, with their label (the locale's unknown word: 금액 미공개, 인원 미공개) in muted italics. */
export function unknownLabels(rows: readonly Row[]): Plot.Markish {
  return Plot.text(rows, {
    x: 0,
    y: "id",
    text: "label",
    textAnchor: "start",
    dy: VALUE_DY,
    fontSize: ROW_LAYOUT.fontSize,
    fontStyle: "italic",
    fill: chartColor("muted"),
  });
}
