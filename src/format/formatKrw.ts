import { GROUPS } from "./groups.ts";

export interface FormatKrwOptions {
  /** Prefix "약 " because the amount is an estimate or was rounded upstream. */
  approximate?: boolean;
}

// Writes whole won the way Korean news copy does: 조/억/만 groups of up to four
// digits, no thousands separators, zero groups left out, groups separated by a
// space. "원" hangs on the last digits, or follows the last unit after a space
// when nothing is left below 만.
//   formatKrw(135000000)                           → "1억 3500만 원"
//   formatKrw(1956522)                             → "195만 6522원"
//   formatKrw(230000000, { approximate: true })    → "약 2억 3000만 원"
//   formatKrw(-100000000, { approximate: true })   → "약 -1억 원"
// Rounding: none. Money is counted in whole won, so a fraction means a division
// upstream that should have gone through formatPerPerson (or been rounded
// deliberately); it throws rather than being rounded silently here.
// Beyond Number.MAX_SAFE_INTEGER (about 9007조) doubles skip integers, so the
// digits written would not be the amount meant; that throws too.
export function formatKrw(amount: number, options: FormatKrwOptions = {}): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`invalid KRW amount: ${amount}`);
  }
  if (!Number.isInteger(amount)) {
    throw new RangeError(`invalid KRW amount: ${amount} (money must be an integer number of won)`);
  }
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(
      `invalid KRW amount: ${amount} (beyond Number.MAX_SAFE_INTEGER, where a number can no longer hold every won exactly)`,
    );
  }

  const prefix = options.approximate ? "약 " : "";
  // -0 has no sign to write: amount < 0 is false for it.
  const sign = amount < 0 ? "-" : "";
  let rest = Math.abs(amount);
  const parts: string[] = [];
  for (const { unit, size } of GROUPS) {
    const remainder = rest % size;
    // Dividing an exact multiple keeps the quotient exact; Math.floor(rest / size)
    // could round up just below a boundary.
    const digits = (rest - remainder) / size;
    rest = remainder;
    if (digits !== 0) parts.push(`${digits}${unit}`);
  }

  if (rest !== 0 || parts.length === 0) {
    parts.push(`${rest}원`);
    return `${prefix}${sign}${parts.join(" ")}`;
  }
  return `${prefix}${sign}${parts.join(" ")} 원`;
}
