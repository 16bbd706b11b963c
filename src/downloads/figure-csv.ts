import { selectPrograms } from "../charts/select-programs.ts";
import type { ChartData } from "../charts/types.ts";
import type { Figure, FigureType } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import { kindText } from "../text/count-text.ts";
import { ko } from "../text/locale-ko.ts";
import { toCsv, type CsvCell } from "./csv.ts";

/**
 * A figure's data as a spreadsheet: one row per program, in the figure's order, with the raw
 * values (whole won, plain counts), never the formatted text of the page. An unknown value
 * is an empty cell with its reason in the next column, never 0.
 */
interface CsvSpec {
  columns: string[];
  row(program: Program): CsvCell[];
}

const yesNo = (value: boolean) => (value ? ko.tables.yes : ko.tables.no);

/** Every figure type has its columns; the Record type makes a new chart type add them. */
export const CSV_SPECS: Record<FigureType, CsvSpec> = {
  "money-by-program": {
    columns: [...ko.tables.csvMoneyColumns],
    row: ({ id, name, year, budget }) => [
      id,
      name,
      year,
      budget.amount,
      budget.amount === null ? null : yesNo(budget.approximate),
      budget.amount === null ? (budget.unknownReason ?? "") : null,
    ],
  },
  "people-by-program": {
    columns: [...ko.tables.csvPeopleColumns],
    row: ({ id, name, year, people }) => [
      id,
      name,
      year,
      people.count,
      people.counts === null ? null : kindText(people.counts, ko),
      people.counts,
      people.count === null ? (people.unknownReason ?? "") : null,
    ],
  },
};

export function figureCsv(figure: Figure, data: ChartData): string {
  const spec = CSV_SPECS[figure.type];
  return toCsv(spec.columns, selectPrograms(figure, data).map(spec.row));
}
