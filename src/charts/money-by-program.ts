import * as Plot from "@observablehq/plot";
import { formatKrw, formatKrwCompact } from "../format";
import type { Figure } from "../schemas/figure";
import { chartColor } from "../theme/palette";
import { finishSvg, tagMarks } from "./accessible-svg";
import { selectPrograms } from "./select-programs";
import type { ChartContext, ChartData, ChartDefinition, ChartTable } from "./types";

export const UNKNOWN_AMOUNT = "금액 미공개";

const defaults = {
  width: 320,
  rowHeight: 52,
  marginTop: 12,
  marginBottom: 28,
  fontSize: 14,
  // A value label this far along the axis goes inside its bar, so it never runs off the chart.
  insideLabelShare: 0.62,
};

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
    label: budget.amount === null ? UNKNOWN_AMOUNT : formatKrw(budget.amount, { approximate: budget.approximate }),
  }));
}

function render(figure: Figure, data: ChartData, { document }: ChartContext): SVGSVGElement {
  const rows = moneyRows(figure, data);
  const known = rows.filter((r): r is MoneyRow & { amount: number } => r.amount !== null);
  const unknown = rows.filter((r) => r.amount === null);
  const max = Math.max(1, ...known.map((r) => r.amount));
  const inside = (r: MoneyRow) => r.amount !== null && r.amount >= max * defaults.insideLabelShare;
  const { width, rowHeight, marginTop, marginBottom, fontSize } = defaults;

  const svg = Plot.plot({
    document,
    className: `chart-${figure.id}`,
    width,
    height: marginTop + rows.length * rowHeight + marginBottom,
    marginTop,
    marginBottom,
    marginLeft: 12,
    marginRight: 16,
    x: { domain: [0, max], ticks: 3, tickFormat: (v: number) => formatKrwCompact(v), label: null, grid: true },
    y: { type: "band", domain: rows.map((r) => r.id), axis: null, padding: 0 },
    marks: [
      Plot.ruleX([0], { stroke: chartColor("rule") }),
      Plot.barX(known, { x: "amount", y: "id", fill: chartColor("bar"), insetTop: rowHeight / 2, insetBottom: 6 }),
      // Program name on the upper half of its row, above the bar.
      Plot.text(rows, { x: 0, y: "id", text: "name", textAnchor: "start", dy: -rowHeight / 4 + 2, fontSize, fill: chartColor("text") }),
      Plot.text(known.filter((r) => !inside(r)), { x: "amount", y: "id", text: "label", textAnchor: "start", dx: 5, dy: rowHeight / 4 - 3, fontSize, fill: chartColor("text") }),
      Plot.text(known.filter(inside), { x: "amount", y: "id", text: "label", textAnchor: "end", dx: -6, dy: rowHeight / 4 - 3, fontSize, fontWeight: 600, fill: chartColor("barText") }),
      Plot.text(unknown, { x: 0, y: "id", text: "label", textAnchor: "start", dy: rowHeight / 4 - 3, fontSize, fontStyle: "italic", fill: chartColor("muted") }),
    ],
  }) as SVGSVGElement;

  svg.setAttribute("font-size", String(fontSize));
  tagMarks(
    svg.querySelectorAll('g[aria-label="bar"] rect'),
    known.map((r) => ({ key: r.id, tip: `${r.name}: ${r.label}` })),
  );
  return finishSvg(svg, figure, document);
}

function table(figure: Figure, data: ChartData): ChartTable {
  return {
    caption: `${figure.title}: 사업별 2025년 예산`,
    columns: ["사업", "예산"],
    rows: moneyRows(figure, data).map((r) => [r.name, r.label]),
  };
}

export const moneyByProgram: ChartDefinition = { render, table };
