import * as Plot from "@observablehq/plot";
import type { Figure } from "../schemas/figure.ts";
import { PEOPLE_KINDS, type PeopleKind } from "../schemas/program.ts";
import { chartColor } from "../theme/palette.ts";
import { finishSvg, tagMarks } from "./accessible-svg.ts";
import { NAME_DY, nameLabels, ROW_LAYOUT, rowFrame, unknownLabels, VALUE_DY } from "./row-layout.ts";
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

const DOT_RADIUS = 6;
// A value this far along the axis has its label on the name line, right-aligned, so it
// never runs off the chart.
const NEAR_END_SHARE = 0.55;

interface PeopleRow {
  id: string;
  name: string;
  count: number | null;
  kind: PeopleKind | null;
  label: string;
}

/** Pure part: one row per program; the label always names what was counted. */
export function peopleRows(figure: Figure, data: ChartData): PeopleRow[] {
  return selectPrograms(figure, data).map(({ id, name, people }) => ({
    id,
    name,
    count: people.count,
    kind: people.counts,
    label: countText(people, ko),
  }));
}

type KnownRow = PeopleRow & { count: number; kind: PeopleKind };

function render(figure: Figure, data: ChartData, { document }: ChartContext): SVGSVGElement {
  const rows = peopleRows(figure, data);
  const known = rows.filter((r): r is KnownRow => r.count !== null && r.kind !== null);
  const unknown = rows.filter((r) => r.count === null);
  const max = Math.max(1, ...known.map((r) => r.count));
  const nearEnd = (r: KnownRow) => r.count >= max * NEAR_END_SHARE;
  const { fontSize } = ROW_LAYOUT;
  const kinds = PEOPLE_KINDS.filter((k) => known.some((r) => r.kind === k));

  const svg = Plot.plot({
    document,
    className: `chart-${figure.id}`,
    // The wider left margin keeps the "0명" tick label inside the SVG.
    ...rowFrame(rows, 20),
    x: {
      domain: [0, max],
      ticks: 3,
      tickFormat: (v: number) => ko.formats.count(v, "person"),
      label: null,
      grid: true,
    },
    color: { type: "ordinal", domain: kinds, range: kinds.map((k) => chartColor("series", k)) },
    symbol: { domain: kinds, range: kinds.map((k) => KIND_SYMBOLS[k]) },
    marks: [
      Plot.ruleX([0], { stroke: chartColor("rule") }),
      Plot.ruleY(known, { y: "id", x1: 0, x2: "count", stroke: "kind", strokeWidth: 2, dy: VALUE_DY }),
      Plot.dot(known, { x: "count", y: "id", fill: "kind", symbol: "kind", r: DOT_RADIUS, dy: VALUE_DY }),
      nameLabels(rows),
      Plot.text(
        known.filter((r) => !nearEnd(r)),
        {
          x: "count",
          y: "id",
          text: "label",
          textAnchor: "start",
          dx: DOT_RADIUS + 5,
          dy: VALUE_DY,
          fontSize,
          fill: chartColor("text"),
        },
      ),
      Plot.text(known.filter(nearEnd), {
        x: "count",
        y: "id",
        text: "label",
        textAnchor: "end",
        dy: NAME_DY,
        fontSize,
        fill: chartColor("text"),
      }),
      unknownLabels(unknown),
    ],
  }) as SVGSVGElement;

  svg.setAttribute("font-size", String(fontSize));
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
