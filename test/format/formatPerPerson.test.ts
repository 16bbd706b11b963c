import { describe, expect, it } from "vitest";
import { formatPerPerson } from "../../src/format/index.ts";

describe("formatPerPerson", () => {
  it.each([
    [1956521.7, "약 196만 원"],
    [3488372.09, "약 349만 원"],
    [82289.8, "약 8만 원"],
    [6989247.3, "약 699만 원"],
    [1956522, "약 196만 원"],
    [1955000, "약 196만 원"],
    [1954999.99, "약 195만 원"],
    [9995000, "약 1000만 원"],
    [99995000, "약 1억 원"],
    [123456789.5, "약 1억 2346만 원"],
    [5000, "약 1만 원"],
    [14999.5, "약 1만 원"],
    [3210, "약 3000원"],
    [4999, "약 5000원"],
    [4999.9, "약 5000원"],
    [500, "약 1000원"],
    [499, "약 0원"],
    [0.5, "약 0원"],
  ])("formatPerPerson(%s) is %s", (amount, expected) => {
    expect(formatPerPerson(amount)).toBe(expected);
  });

  it.each([
    [1960000, "196만 원"],
    [10000, "1만 원"],
    [100000000, "1억 원"],
    [0, "0원"],
  ])("formatPerPerson(%s) is %s (exact, no 약)", (amount, expected) => {
    expect(formatPerPerson(amount)).toBe(expected);
  });

  it.each([[NaN], [Infinity], [-Infinity], [-1], [-0.5], [-1960000]])(
    "formatPerPerson(%s) throws RangeError",
    (amount) => {
      expect(() => formatPerPerson(amount)).toThrow(RangeError);
      expect(() => formatPerPerson(amount)).toThrow(`invalid per-person amount: ${amount}`);
    },
  );
});
