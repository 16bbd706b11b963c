import type { Figure, FigureType } from "../schemas/figure.ts";
import { moneyByProgram } from "./money-by-program.ts";
import { peopleByProgram } from "./people-by-program.ts";
import type { ChartContext, ChartData, ChartDefinition } from "./types.ts";

export type { ChartContext, ChartData, ChartDefinition, ChartTable, LegendItem } from "./types.ts";

/** Every figure type in the schema has exactly one chart; the Record type enforces it. */
export const CHARTS: Record<FigureType, ChartDefinition> = {
  "money-by-program": moneyByProgram,
  "people-by-program": peopleByProgram,
};

export function renderChart(figure: Figure, data: ChartData, context: ChartContext): SVGSVGElement {
  return CHARTS[figure.type].render(figure, data, context);
}
