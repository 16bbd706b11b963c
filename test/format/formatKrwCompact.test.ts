import { describe, expect, it } from "vitest";
import { formatKrwCompact } from "../../src/format/index.ts";

describe("formatKrwCompact", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [1, "1"],
    [9999, "9999"],
    [10000, "1만"],
    [12345, "1.23만"],
    [12350, "1.24만"],
    [12355, "1.24만"],
    [50000000, "5000만"],
    [99999999, "1억"],
    [99994999, "9999.5만"],
    [135000000, "1.35억"],
    [123456789, "1.23억"],
    [200000000, "2억"],
    [995000000, "9.95억"],
    [1300000000, "13억"],
    [999949999999, "9999.5억"],
    [999999999999, "1조"],
    [1000000000000, "1조"],
    [1815000000000, "1.82조"],
    [1814999999999, "1.81조"],
    [1e16, "10000조"],
    [1e21, "1000000000조"],
    [-135000000, "-1.35억"],
    [-12350, "-1.24만"],
    [-99999999, "-1억"],
    [-1, "-1"],
  ])("formatKrwCompact(%s) is %s", (amount, expected) => {
    expect(formatKrwCompact(amount)).toBe(expected);
  });

  it.each([
    [0.5, "0.5"],
    [0.125, "0.13"],
    [-0.125, "-0.13"],
    [1.005, "1.01"],
    [1234.567, "1234.57"],
    [9999.994, "9999.99"],
    [9999.995, "1만"],
    [0.004, "0"],
    [-0.004, "0"],
    [5e-324, "0"],
    [135000000.4, "1.35억"],
  ])("formatKrwCompact(%s) is %s", (amount, expected) => {
    expect(formatKrwCompact(amount)).toBe(expected);
  });

  it.each([
    [NaN, "invalid KRW amount: NaN"],
    [Infinity, "invalid KRW amount: Infinity"],
    [-Infinity, "invalid KRW amount: -Infinity"],
  ])("formatKrwCompact(%s) throws RangeError: %s", (amount, message) => {
    expect(() => formatKrwCompact(amount)).toThrow(RangeError);
    expect(() => formatKrwCompact(amount)).toThrow(message);
  });
});
