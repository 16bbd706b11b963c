import { GROUPS } from "./groups.ts";
import { roundHundredths } from "./roundHundredths.ts";

// Short form for chart axes and labels: the largest unit (조, 억, 만) not larger
// than |amount|, the value in that unit to at most two decimals, no "원".
//   formatKrwCompact(135000000)  → "1.35억"
//   formatKrwCompact(50000000)   → "5000만"
//   formatKrwCompact(9999)       → "9999"
//   formatKrwCompact(99999999)   → "1억"   (not "10000만")
// Rounding: to two decimals of the chosen unit, half away from zero
// (12350 → "1.24만", -12350 → "-1.24만"), on the decimal digits as JavaScript
// prints the number (1.005 → "1.01"); trailing zeros are stripped.
// When rounding reaches 10000 of a unit, the next unit up is used instead:
// 99999999 → "1억", 9999.995 → "1만", 999999999999 → "1조". 조 is the top
// unit, so 10^16 is "10000조".
// Fractions are allowed (axes may have them); a value that rounds to zero is
// written "0", without a sign. Unlike formatKrw, any finite number is accepted:
// the output is approximate anyway.
export function formatKrwCompact(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`invalid KRW amount: ${amount}`);
  }
  const magnitude = Math.abs(amount);

  // Ladder from the smallest unit up: "" (won), 만, 억, 조.
  const ladder = [{ unit: "", size: 1 }, ...[...GROUPS].reverse()];
  let step = 0;
  while (step + 1 < ladder.length && magnitude >= ladder[step + 1]!.size) step++;

  let rounded = roundHundredths(magnitude, Math.log10(ladder[step]!.size));
  if (rounded.integer.length > 4 && step + 1 < ladder.length) {
    step++;
    rounded = roundHundredths(magnitude, Math.log10(ladder[step]!.size));
  }

  if (rounded.integer === "0" && rounded.fraction === "") return "0";
  const sign = amount < 0 ? "-" : "";
  const fraction = rounded.fraction === "" ? "" : `.${rounded.fraction}`;
  return `${sign}${rounded.integer}${fraction}${ladder[step]!.unit}`;
}
