import { GROUPS } from "./groups.ts";

const COMPACT = /^(-?)(0|[1-9]\d*)(?:\.(\d?[1-9]))?(조|억|만)?$/;

// Reads back exactly the strings formatKrwCompact writes, as a number of won.
//   parseKrwCompact("1.35억") → 135000000
//   parseKrwCompact("-5000만") → -50000000
// The compact form is rounded, so this returns the rounded value, not the
// original: parseKrwCompact(formatKrwCompact(123456789)) is 123000000.
// Non-canonical text throws a SyntaxError quoting it: trailing zeros ("1.50억"),
// more than two decimals, "10000만" (that is "1억"), "0.5억" (that is "5000만"),
// "-0", "1억 원".
export function parseKrwCompact(text: string): number {
  const invalid = () => new SyntaxError(`invalid compact KRW text: ${JSON.stringify(text)}`);
  const match = typeof text === "string" ? COMPACT.exec(text) : null;
  if (!match) throw invalid();
  const [, sign = "", integer = "", fraction, unit] = match;

  const group = GROUPS.find((candidate) => candidate.unit === unit);
  // A unit is only used from 1 of it, and 만/억 only below 10000 of them
  // (formatKrwCompact moves up a unit); 조 is the top unit and has no ceiling.
  if (group && integer === "0") throw invalid();
  if (unit !== "조" && integer.length > 4) throw invalid();
  if (sign === "-" && integer === "0" && fraction === undefined) throw invalid();

  // Parsing "1.35e8" is correctly rounded, so exact won stay exact;
  // 1.35 * 1e8 would not be.
  const exponent = group ? Math.log10(group.size) : 0;
  return Number(`${sign}${integer}${fraction === undefined ? "" : `.${fraction}`}e${exponent}`);
}
