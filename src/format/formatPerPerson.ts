import { formatKrw } from "./formatKrw.ts";

// Money per person. It is always the result of a division, so it is written
// rounded and marked "약".
//   formatPerPerson(1956521.7) → "약 196만 원"
//   formatPerPerson(82289.8)   → "약 8만 원"
//   formatPerPerson(3210)      → "약 3000원"
//   formatPerPerson(1960000)   → "196만 원"
// Rounding, one rule: to the nearest 만 원 (10,000 won), half up
// (1955000 → "약 196만 원"). Below 5,000 won, which would round to 0, it rounds
// to the nearest 1,000 won instead, half up (3210 → "약 3000원",
// 4999 → "약 5000원"); below 500 won that still gives "약 0원".
// An input that is already an integer multiple of 10,000 needs no rounding and
// is written without "약" (0 → "0원").
export function formatPerPerson(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`invalid per-person amount: ${amount} (must be a finite number ≥ 0)`);
  }
  if (Number.isInteger(amount) && amount % 10000 === 0) return formatKrw(amount);

  const step = amount < 5000 ? 1000 : 10000;
  // % on doubles is exact, and so is subtracting it, so the half-way comparison
  // is made on the true remainder, not on a rounded quotient.
  const remainder = amount % step;
  const rounded = amount - remainder + (remainder >= step / 2 ? step : 0);
  return formatKrw(rounded, { approximate: true });
}
