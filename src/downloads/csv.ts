/**
 * CSV as Excel and every other spreadsheet read it (RFC 4180): UTF-8 with a byte-order mark
 * (without it Excel on Windows reads Hangul as mojibake), CRLF line ends, a field quoted
 * when it holds a comma, a double quote, CR or LF, with inner quotes doubled.
 *
 * Formula injection: a text cell that a spreadsheet would run as a formula (it starts with
 * = + - @, or with a tab or CR, which some spreadsheets skip before looking) gets a leading
 * apostrophe, so it shows as text. Numbers are written as numbers, so -5 stays -5; an
 * unknown value is an empty cell (never 0), and the file says why in a column of its own.
 */
export type CsvCell = string | number | null;

export const BOM = "\uFEFF";
export const CRLF = "\r\n";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as it appears in the file. */
export function csvField(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`a CSV number must be finite, got ${value}`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, the header row, the rows, each line ended by CRLF. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== columns.length)
      throw new Error(`CSV row ${i + 1} has ${row.length} cells for ${columns.length} columns`);
  }
  return BOM + [columns, ...rows].map((row) => row.map(csvField).join(",") + CRLF).join("");
}
