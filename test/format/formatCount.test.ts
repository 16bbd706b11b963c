import { describe, expect, it } from "vitest";
import { COUNTERS, formatCount, type Counter } from "../../src/format/index.ts";

describe("formatCount", () => {
  it.each<[number, Counter, string]>([
    [2795, "person", "2,795명"],
    [26, "project", "26개 사업"],
    [35, "company", "35개 기업"],
    [3, "course", "3개 과정"],
    [19, "program", "19개 프로그램"],
    [3, "subProject", "3개 세부사업"],
    [24, "case", "24건"],
    [3, "award", "3개 상"],
    [0, "person", "0명"],
    [-0, "case", "0건"],
    [1, "person", "1명"],
    [999, "person", "999명"],
    [1000, "person", "1,000명"],
    [9999, "case", "9,999건"],
    [1000000, "person", "1,000,000명"],
    [1234567, "company", "1,234,567개 기업"],
    [9007199254740991, "person", "9,007,199,254,740,991명"],
  ])("formatCount(%s, %j) is %s", (count, counter, expected) => {
    expect(formatCount(count, counter)).toBe(expected);
  });

  it("COUNTERS maps each counter to its suffix", () => {
    expect(COUNTERS).toEqual({
      person: "명",
      project: "개 사업",
      company: "개 기업",
      course: "개 과정",
      program: "개 프로그램",
      subProject: "개 세부사업",
      case: "건",
      award: "개 상",
    });
  });

  it("COUNTERS is frozen", () => {
    expect(Object.isFrozen(COUNTERS)).toBe(true);
  });

  it.each([
    [1.5, "invalid count: 1.5 (a count is a whole number ≥ 0)"],
    [-1, "invalid count: -1 (a count is a whole number ≥ 0)"],
    [-0.5, "invalid count: -0.5 (a count is a whole number ≥ 0)"],
    [NaN, "invalid count: NaN (a count is a whole number ≥ 0)"],
    [Infinity, "invalid count: Infinity (a count is a whole number ≥ 0)"],
    [-Infinity, "invalid count: -Infinity (a count is a whole number ≥ 0)"],
  ])('formatCount(%s, "person") throws RangeError: %s', (count, message) => {
    expect(() => formatCount(count, "person")).toThrow(RangeError);
    expect(() => formatCount(count, "person")).toThrow(message);
  });

  it('formatCount(2 ** 53, "person") throws RangeError naming MAX_SAFE_INTEGER', () => {
    expect(() => formatCount(2 ** 53, "person")).toThrow(RangeError);
    expect(() => formatCount(2 ** 53, "person")).toThrow("MAX_SAFE_INTEGER");
  });

  it('formatCount(3, "people") throws TypeError: unknown counter', () => {
    expect(() => formatCount(3, "people" as Counter)).toThrow(TypeError);
    expect(() => formatCount(3, "people" as Counter)).toThrow('unknown counter: "people"');
  });

  it('formatCount(3, "toString") throws TypeError: unknown counter', () => {
    expect(() => formatCount(3, "toString" as Counter)).toThrow(TypeError);
  });
});
