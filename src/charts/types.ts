import type { Figure } from "../schemas/figure.ts";
import type { PeopleKind, Program } from "../schemas/program.ts";

/** The data a chart may draw from; the figure spec picks what it shows. */
export interface ChartData {
  programs: readonly Program[];
}

/** Where DOM nodes come from: linkedom at build time, window.document in the browser. */
export interface ChartContext {
  document: Document;
}

/** A chart's data as a table, already in Korean formats, for readers who cannot see the SVG. */
export interface ChartTable {
  caption: string;
  columns: string[];
  /** The first cell of each row is the row header (`th scope="row"`). */
  rows: string[][];
}

export interface LegendItem {
  kind: PeopleKind;
  label: string;
  color: string;
  symbol: string;
}

/** One chart type: a pure function to SVG plus the parts the figure shows around it. */
export interface ChartDefinition {
  render(figure: Figure, data: ChartData, context: ChartContext): SVGSVGElement;
  table(figure: Figure, data: ChartData): ChartTable;
  legend?(figure: Figure, data: ChartData): LegendItem[];
}
