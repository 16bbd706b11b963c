import * as Plot from "@observablehq/plot";
import { formatKrwCompact } from "../format/index.ts";
import type { Figure } from "../schemas/figure.ts";
import { chartColor } from "../theme/palette.ts";
import { finishSvg, tagMarks } from "./accessible-svg.ts";
import { nameLabels, ROW_LAYOUT, rowFrame, unknownLabels, VALUE_DY } from "./row-layout.ts";
import { selectPrograms } from "./select-programs.ts";
import { budgetText } from "../text/budget-text.ts";
import { ko } from "../text/locale-ko.ts";
import type { ChartContext, ChartData, ChartDefinition, ChartTable } from "./types.ts";

// A value label this far along the axis goes inside its bar, so it never runs off the chart.
const INSIDE_LABEL_SHARE = 0.62;

interface MoneyRow {
  id: string;
  name: string;
  amount: number | null;
  approximate: boolean;
  label: string;
}

/** Pure part: one row per program in figure order; unknown amounts stay as rows, labelled. */
export function moneyRows(figure: Figure, data: ChartData): MoneyRow[] {
  return selectPrograms(figure, data).map(({ id, name, budget }) => ({
    id,
    name,
    amount: budget.amount,
    approximate: budget.approximate,
    label: budgetText(budget, ko),
  }));
}

function render(figure: Figure, data: ChartData, { document }: ChartContext): SVGSVGElement {
  const rows = moneyRows(figure, data);
  const known = rows.filter((r): r is MoneyRow & { amount: number } => r.amount !== null);
  const unknown = rows.filter((r) => r.amount === null);
  const max = Math.max(1, ...known.map((r) => r.amount));
  const inside = (r: MoneyRow) => r.amount !== null && r.amount >= max * INSIDE_LABEL_SHARE;
  const { rowHeight, fontSize } = ROW_LAYOUT;

  const svg = Plot.plot({
    document,
    className: `chart-${figure.id}`,
    ...rowFrame(rows, 12),
    x: { domain: [0, max], ticks: 3, tickFormat: (v: number) => formatKrwCompact(v), label: null, grid: true },
    marks: [
      Plot.ruleX([0], { stroke: chartColor("rule") }),
      Plot.barX(known, { x: "amount", y: "id", fill: chartColor("bar"), insetTop: rowHeight / 2, insetBottom: 6 }),
      nameLabels(rows),
      Plot.text(
        known.filter((r) => !inside(r)),
        {
          x: "amount",
          y: "id",
          text: "label",
          textAnchor: "start",
          dx: 5,
          dy: VALUE_DY,
          fontSize,
          fill: chartColor("text"),
        },
      ),
      Plot.text(known.filter(inside), {
        x: "amount",
        y: "id",
        text: "label",
        textAnchor: "end",
        dx: -6,
        dy: VALUE_DY,
        fontSize,
        fontWeight: 600,
        fill: chartColor("barText"),
      }),
      unknownLabels(unknown),
    ],
  }) as SVGSVGElement;

  svg.setAttribute("font-size", String(fontSize));
  tagMarks(
    svg.querySelectorAll('g[aria-label="bar"] rect'),
    known.map((r) => ({ key: r.id, tip: ko.tables.tip(r.name, r.label) })),
  );
  return finishSvg(svg, figure, document);
}

function table(figure: Figure, data: ChartData): ChartTable {
  return {
    caption: ko.tables.moneyCaption(figure.title),
    columns: [...ko.tables.moneyColumns],
    rows: moneyRows(figure, data).map((r) => [r.name, r.label]),
  };
}

export const moneyByProgram: ChartDefinition = { render, table };
