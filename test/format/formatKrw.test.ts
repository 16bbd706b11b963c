import { describe, expect, it } from "vitest";
import { formatKrw } from "../../src/format/index.ts";

describe("formatKrw", () => {
  it.each([
    [0, "0원"],
    [1, "1원"],
    [9999, "9999원"],
    [10000, "1만 원"],
    [10001, "1만 1원"],
    [1956522, "195만 6522원"],
    [99999999, "9999만 9999원"],
    [100000000, "1억 원"],
    [100000001, "1억 1원"],
    [100010000, "1억 1만 원"],
    [135000000, "1억 3500만 원"],
    [150000000, "1억 5000만 원"],
    [1300000000, "13억 원"],
    [1815000000, "18억 1500만 원"],
    [999999999999, "9999억 9999만 9999원"],
    [1000000000000, "1조 원"],
    [1000000000001, "1조 1원"],
    [1000000010000, "1조 1만 원"],
    [1815000000000, "1조 8150억 원"],
    [1000000000000000, "1000조 원"],
    [9007199254740991, "9007조 1992억 5474만 991원"],
    [-1, "-1원"],
    [-10000, "-1만 원"],
    [-135000000, "-1억 3500만 원"],
    [-1956522, "-195만 6522원"],
    [-0, "0원"],
  ])("formatKrw(%s) is %s", (amount, expected) => {
    expect(formatKrw(amount)).toBe(expected);
  });

  it.each([
    [230000000, "약 2억 3000만 원"],
    [1956522, "약 195만 6522원"],
    [0, "약 0원"],
    [-100000000, "약 -1억 원"],
    [-135000000, "약 -1억 3500만 원"],
  ])("formatKrw(%s, { approximate: true }) is %s", (amount, expected) => {
    expect(formatKrw(amount, { approximate: true })).toBe(expected);
  });

  it("formatKrw(230000000, { approximate: false }) is 2억 3000만 원", () => {
    expect(formatKrw(230000000, { approximate: false })).toBe("2억 3000만 원");
  });

  it("formatKrw(1.5) throws RangeError: invalid KRW amount: 1.5 (money must be an integer number of won)", () => {
    expect(() => formatKrw(1.5)).toThrow(RangeError);
    expect(() => formatKrw(1.5)).toThrow("invalid KRW amount: 1.5 (money must be an integer number of won)");
  });

  it("formatKrw(-0.5) throws RangeError", () => {
    expect(() => formatKrw(-0.5)).toThrow("invalid KRW amount: -0.5 (money must be an integer number of won)");
  });

  it("formatKrw(1956521.7) throws RangeError", () => {
    expect(() => formatKrw(1956521.7)).toThrow(RangeError);
  });

  it.each([
    [NaN, "invalid KRW amount: NaN"],
    [Infinity, "invalid KRW amount: Infinity"],
    [-Infinity, "invalid KRW amount: -Infinity"],
  ])("formatKrw(%s) throws RangeError: %s", (amount, message) => {
    expect(() => formatKrw(amount)).toThrow(RangeError);
    expect(() => formatKrw(amount)).toThrow(message);
    expect(() => formatKrw(amount, { approximate: true })).toThrow(message);
  });

  it.each([[2 ** 53], [-(2 ** 53)], [1e16], [1e21]])(
    "formatKrw(%s) throws RangeError naming MAX_SAFE_INTEGER",
    (amount) => {
      expect(() => formatKrw(amount)).toThrow(RangeError);
      expect(() => formatKrw(amount)).toThrow("MAX_SAFE_INTEGER");
    },
  );
});
