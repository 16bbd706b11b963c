import { COUNTERS, type Counter } from "./counters.ts";

// A count with its counter, digits grouped by three with commas (unlike money,
// counts of people and cases are written with separators in Korean copy).
//   formatCount(2795, "person")  → "2,795명"
//   formatCount(26, "project")   → "26개 사업"
//   formatCount(24, "case")      → "24건"
// Rounding: none. A count is a whole number ≥ 0; anything else is a bug
// upstream and throws. Beyond Number.MAX_SAFE_INTEGER the digits would not be
// the count meant, so that throws too.
export function formatCount(count: number, counter: Counter): string {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`invalid count: ${count} (a count is a whole number ≥ 0)`);
  }
  if (!Number.isSafeInteger(count)) {
    throw new RangeError(
      `invalid count: ${count} (beyond Number.MAX_SAFE_INTEGER, where a number can no longer hold every count exactly)`,
    );
  }
  // Callers without the type checker could pass any string; never write "undefined".
  if (!Object.hasOwn(COUNTERS, counter)) {
    throw new TypeError(`unknown counter: ${JSON.stringify(counter)}`);
  }
  // -0 passes the checks above; String(-0) is "0".
  const digits = String(count).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${digits}${COUNTERS[counter]}`;
}
