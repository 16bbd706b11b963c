import { describe, expect, it } from "vitest";
import {
  COUNTERS,
  formatCount,
  formatKrw,
  formatKrwCompact,
  formatPerPerson,
  parseCount,
  parseKrw,
  parseKrwCompact,
  type Counter,
} from "../../src/format/index.ts";

// mulberry32: a fixed seed gives the same sample on every run, so a failure
// can be reproduced.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOUNDARIES = [
  0,
  1,
  9,
  10,
  99,
  999,
  1000,
  9999,
  10000,
  10001,
  99999,
  100000,
  999999,
  9999999,
  99999999,
  1e8,
  1e8 + 1,
  1e8 + 1e4,
  999999999,
  1e12 - 1,
  1e12,
  1e12 + 1,
  1e12 + 1e4,
  1e12 + 1e8,
  1e15 - 1,
  1e15,
  Number.MAX_SAFE_INTEGER,
];

// Integers across magnitudes 0..10^15: a random number of digits, and for a third
// of them trailing zeros, so that zero groups (1억 원, 1조 1만 원) come up often.
function sample(seed: number, size: number): number[] {
  const next = random(seed);
  const values: number[] = [];
  for (let i = 0; i < size; i++) {
    const digits = Math.floor(next() * 16);
    let value = Math.floor(next() * 10 ** digits);
    if (i % 3 === 0) {
      const zeros = 10 ** Math.floor(next() * (digits + 1));
      value -= value % zeros;
    }
    values.push(i % 5 === 0 ? -value : value);
  }
  return values;
}

const AMOUNTS = [...BOUNDARIES, ...BOUNDARIES.map((value) => -value), ...sample(20250101, 300)];
const COUNTS = [...BOUNDARIES, ...sample(20250102, 200).map(Math.abs)];

// Text that slipped past a check would show up as one of these.
const GARBAGE = /NaN|Infinity|undefined|null|e\+|e-/;

describe("parseKrw(formatKrw(x)) round trip", () => {
  it.each(AMOUNTS)("parseKrw(formatKrw(%s)).amount is the same amount", (amount) => {
    const text = formatKrw(amount);
    expect(text).not.toMatch(GARBAGE);
    expect(parseKrw(text)).toEqual({ amount: amount + 0, approximate: false });
    expect(parseKrw(formatKrw(amount, { approximate: true }))).toEqual({
      amount: amount + 0,
      approximate: true,
    });
  });
});

describe("parseCount(formatCount(x)) round trip", () => {
  const counters = Object.keys(COUNTERS) as Counter[];
  it.each(COUNTS.map((count, i) => [count, counters[i % counters.length]!] as const))(
    "parseCount(formatCount(%s, %j)) is the same count and counter",
    (count, counter) => {
      const text = formatCount(count, counter);
      expect(text).not.toMatch(GARBAGE);
      expect(parseCount(text)).toEqual({ count, counter });
    },
  );
});

describe("formatPerPerson round trip", () => {
  const next = random(20250103);
  const shares = Array.from({ length: 50 }, () => next() * 10 ** Math.floor(next() * 10));
  it.each(shares)("parseKrw(formatPerPerson(%s)) is within half a rounding step", (share) => {
    const text = formatPerPerson(share);
    expect(text).not.toMatch(GARBAGE);
    const { amount, approximate } = parseKrw(text);
    expect(approximate).toBe(true);
    const step = share < 5000 ? 1000 : 10000;
    expect(amount % step).toBe(0);
    expect(Math.abs(amount - share)).toBeLessThanOrEqual(step / 2);
  });
});

describe("formatKrwCompact round trip", () => {
  const UNITS: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
  it.each(AMOUNTS.filter((amount) => Math.abs(amount) <= 1e15))(
    "parseKrwCompact(formatKrwCompact(%s)) is within half a hundredth of its unit",
    (amount) => {
      const text = formatKrwCompact(amount);
      expect(text).not.toMatch(GARBAGE);
      const value = parseKrwCompact(text);
      const unit = UNITS[text.slice(-1)] ?? 1;
      expect(Math.abs(value - amount)).toBeLessThanOrEqual(0.005 * unit);
      // Canonical: writing the parsed value again gives the same text.
      expect(formatKrwCompact(value)).toBe(text);
    },
  );
});
