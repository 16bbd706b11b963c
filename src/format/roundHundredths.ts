// Rounds magnitude / 10^shift to at most two decimals, half away from zero,
// and returns the digits with trailing fractional zeros stripped.
//   roundHundredths(135000000, 8) → { integer: "1", fraction: "35" }
//   roundHundredths(1.005, 0)     → { integer: "1", fraction: "01" }
// Works on the shortest decimal JavaScript prints for the number (what a reader
// of the data sees), not on its binary value: 1.005 is stored as 1.00499999…,
// which toFixed(2) turns into "1.00", yet it was written and is shown as 1.005.
// Working in digits also keeps the division by 10^shift exact.
export function roundHundredths(magnitude: number, shift: number): { integer: string; fraction: string } {
  // toExponential() with no argument gives the shortest round-trip digits.
  const [mantissa = "0", exponent = "0"] = magnitude.toExponential().split("e");
  const digits = mantissa.replace(".", "");
  // How many of `digits` stand before the decimal point once divided by 10^shift.
  const point = Number(exponent) + 1 - shift;

  const keep = point + 2;
  const kept = keep > 0 ? digits.slice(0, keep).padEnd(keep, "0") : "0";
  const next = keep >= 0 ? (digits[keep] ?? "0") : "0";
  // Half away from zero on a magnitude: the first dropped digit decides alone,
  // since 5 followed by anything is at least half.
  const hundredths = BigInt(kept) + (next >= "5" ? 1n : 0n);

  const text = hundredths.toString().padStart(3, "0");
  return {
    integer: text.slice(0, -2),
    fraction: text.slice(-2).replace(/0+$/, ""),
  };
}
