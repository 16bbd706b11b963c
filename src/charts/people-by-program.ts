import * as Plot from "@observablehq/plot";
import type { Figure } from "../schemas/figure.ts";
import { PEOPLE_KINDS, type PeopleKind } from "../schemas/program.ts";
import { chartColor } from "../theme/palette.ts";
import { finishSvg, tagMarks } from "./accessible-svg.ts";
import { NAME_DY, ROW_LAYOUT, VALUE_DY } from "./row-layout.ts";
import { selectPrograms } from "./select-programs.ts";
import { countText, headcountText, kindText } from "../text/count-text.ts";
import { ko } from "../text/locale-ko.ts";
import type { ChartContext, ChartData, ChartDefinition, ChartTable, LegendItem } from "./types.ts";

/**
 * Each kind of count has its own colour AND shape, so the difference survives greyscale
 * printing and colour-vision deficiency; the kind is also written next to each value.
 */
export const KIND_SYMBOLS: Record<PeopleKind, string> = {
  enrolled: "circle",
  completed: "square",
  participations: "triangle",
  supported: "diamond",
  placed: "star",
  hiringTarget: "cross",
};

const DOT_RADIUS = 7;
// Where the glyph and the value sit on the value line: the glyph is a key to the legend,
// drawn the same size in every row, and the value is text beside it (no length, no axis).
const LEFT = 12;
const VALUE_X = LEFT + 2 * DOT_RADIUS + 6;
/** Each annotation adds a line of this height under its row. */
export const ANNOTATION_LINE = 18;
const MARGIN_BOTTOM = 8;

interface PeopleRow {
  id: string;
  name: string;
  count: number | null;
  kind: PeopleKind | null;
  label: string;
  /** The figure's caveat for this row, printed on the chart under it. */
  annotation: string | null;
  /** The row's centre, in px from the top of the drawing. */
  y: number;
}

/**
 * Pure part: one row per program, in the figure spec's order (never sorted by size: the
 * counts are of different things); the label always names what was counted, and a row
 * with an annotation is one line taller.
 */
export function peopleRows(figure: Figure, data: ChartData): PeopleRow[] {
  const programs = selectPrograms(figure, data);
  figure.annotations?.forEach(({ programId }, i) => {
    if (!programs.some((p) => p.id === programId)) {
      throw new Error(
        `figure ${figure.id}: annotations[${i}].programId: "${programId}" is not one of the figure's programs`,
      );
    }
  });
  let top = ROW_LAYOUT.marginTop;
  return programs.map(({ id, name, people }) => {
    const notes = (figure.annotations ?? []).filter((a) => a.programId === id).map((a) => a.label);
    const annotation = notes.length > 0 ? notes.join(ko.patterns.listSeparator) : null;
    const y = top + ROW_LAYOUT.rowHeight / 2;
    top += ROW_LAYOUT.rowHeight + (annotation === null ? 0 : ANNOTATION_LINE);
    return { id, name, count: people.count, kind: people.counts, label: countText(people, ko), annotation, y };
  });
}

/** The drawing's height: what src/embed/embed-height.ts models. */
export function peopleChartHeight(rows: readonly { annotation: string | null }[]): number {
  const annotated = rows.filter((r) => r.annotation !== null).length;
  return ROW_LAYOUT.marginTop + rows.length * ROW_LAYOUT.rowHeight + annotated * ANNOTATION_LINE + MARGIN_BOTTOM;
}

type KnownRow = PeopleRow & { count: number; kind: PeopleKind };

/**
 * One row per program with its own value and no shared scale: the six kinds of count
 * (enrolled, completed, participations, supported, placed, a hiring target) cannot be
 * compared, so nothing is drawn whose length or position would compare them. Each row
 * has its name, the kind's glyph (colour and shape, as in the legend; the island's focus
 * target) and the count with what it counts; an annotation from the figure spec under it.
 */
function render(figure: Figure, data: ChartData, { document }: ChartContext): SVGSVGElement {
  const rows = peopleRows(figure, data);
  const known = rows.filter((r): r is KnownRow => r.count !== null && r.kind !== null);
  const unknown = rows.filter((r) => r.count === null || r.kind === null);
  const annotated = rows.filter((r) => r.annotation !== null);
  const { width, fontSize } = ROW_LAYOUT;
  const kinds = PEOPLE_KINDS.filter((k) => known.some((r) => r.kind === k));
  const text = { textAnchor: "start", fontSize } as const;

  const svg = Plot.plot({
    document,
    className: `chart-${figure.id}`,
    width,
    height: peopleChartHeight(rows),
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    color: { type: "ordinal", domain: kinds, range: kinds.map((k) => chartColor("series", k)) },
    symbol: { domain: kinds, range: kinds.map((k) => KIND_SYMBOLS[k]) },
    marks: [
      Plot.text(rows, { ...text, x: LEFT, y: (r: PeopleRow) => r.y + NAME_DY, text: "name", fill: chartColor("text") }),
      Plot.dot(known, {
        x: LEFT + DOT_RADIUS,
        y: (r: KnownRow) => r.y + VALUE_DY,
        fill: "kind",
        symbol: "kind",
        r: DOT_RADIUS,
      }),
      Plot.text(known, {
        ...text,
        x: VALUE_X,
        y: (r: KnownRow) => r.y + VALUE_DY,
        text: "label",
        fontWeight: 600,
        fill: chartColor("text"),
      }),
      // Unknown stays a row with the locale's unknown word, never 0 and never dropped.
      Plot.text(unknown, {
        ...text,
        x: LEFT,
        y: (r: PeopleRow) => r.y + VALUE_DY,
        text: "label",
        fontStyle: "italic",
        fill: chartColor("muted"),
      }),
      Plot.text(annotated, {
        ...text,
        x: LEFT,
        y: (r: PeopleRow) => r.y + VALUE_DY + ANNOTATION_LINE,
        text: "annotation",
        fontSize: fontSize - 1,
        fill: chartColor("muted"),
      }),
    ],
  }) as SVGSVGElement;

  svg.setAttribute("font-size", String(fontSize));
  // The annotations say which row they belong to, for tests and for anyone reading the SVG.
  svg.querySelectorAll('g[aria-label="text"]').forEach((g) => {
    const texts = [...g.querySelectorAll("text")];
    if (texts.length === annotated.length && texts.every((t, i) => t.textContent === annotated[i]!.annotation)) {
      g.setAttribute("class", "chart-annotations");
      texts.forEach((t, i) => t.setAttribute("data-key", annotated[i]!.id));
    }
  });
  tagMarks(
    svg.querySelectorAll('g[aria-label="dot"] path'),
    known.map((r) => ({ key: r.id, tip: ko.tables.tip(r.name, r.label) })),
  );
  return finishSvg(svg, figure, document);
}

function table(figure: Figure, data: ChartData): ChartTable {
  return {
    caption: ko.tables.peopleCaption(figure.title),
    columns: [...ko.tables.peopleColumns],
    rows: peopleRows(figure, data).map((r) => [
      r.name,
      kindText(r.kind, ko),
      headcountText({ count: r.count, counts: r.kind }, ko),
    ]),
  };
}

function legend(figure: Figure, data: ChartData): LegendItem[] {
  const present = new Set(peopleRows(figure, data).map((r) => r.kind));
  return PEOPLE_KINDS.filter((k) => present.has(k)).map((kind) => ({
    kind,
    label: kindText(kind, ko),
    color: chartColor("series", kind),
    symbol: KIND_SYMBOLS[kind],
  }));
}

export const peopleByProgram: ChartDefinition = { render, table, legend };
