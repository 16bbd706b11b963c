import { describe, expect, it } from "vitest";
import { parseCount, parseKrw, parseKrwCompact } from "../../src/format/index.ts";

describe("parseKrw", () => {
  it.each([
    ["0원", 0, false],
    ["1원", 1, false],
    ["9999원", 9999, false],
    ["1만 원", 10000, false],
    ["195만 6522원", 1956522, false],
    ["9999만 9999원", 99999999, false],
    ["1억 원", 100000000, false],
    ["1억 3500만 원", 135000000, false],
    ["18억 1500만 원", 1815000000, false],
    ["1조 원", 1000000000000, false],
    ["1조 8150억 원", 1815000000000, false],
    ["1조 1원", 1000000000001, false],
    ["9007조 1992억 5474만 991원", 9007199254740991, false],
    ["-1억 3500만 원", -135000000, false],
    ["-1원", -1, false],
    ["약 2억 3000만 원", 230000000, true],
    ["약 -1억 원", -100000000, true],
    ["약 196만 원", 1960000, true],
    ["약 3000원", 3000, true],
    ["약 0원", 0, true],
  ])("parseKrw(%j) is { amount: %s, approximate: %s }", (text, amount, approximate) => {
    expect(parseKrw(text)).toEqual({ amount, approximate });
  });

  it.each([
    [""],
    ["원"],
    [" 원"],
    ["약 원"],
    ["1억 원원"],
    ["NaN원"],
    ["Infinity원"],
    ["-Infinity원"],
    ["1억"],
    ["1억원"],
    ["1만원"],
    ["1억 0원"],
    ["0만 원"],
    ["1억 0만 원"],
    ["1억 0500만 원"],
    ["01원"],
    ["10000원"],
    ["1만 10000원"],
    ["12345만 원"],
    ["1,000원"],
    ["1.5원"],
    ["1만 원 "],
    [" 1만 원"],
    ["1억  원"],
    ["1억  3500만 원"],
    ["약  1억 원"],
    ["약1억 원"],
    ["-약 1억 원"],
    ["약 약 1억 원"],
    ["--1원"],
    ["+1원"],
    ["-0원"],
    ["약 -0원"],
    ["1만 1억 원"],
    ["1억 1억 원"],
    ["3500만 1억 원"],
    ["1 원"],
    ["1억 원 원"],
    ["9008조 원"],
    ["9007조 1992억 5474만 992원"],
    ["１억 원"],
    ["1억 3500만 KRW"],
  ])("parseKrw(%j) throws SyntaxError", (text) => {
    expect(() => parseKrw(text)).toThrow(SyntaxError);
    expect(() => parseKrw(text)).toThrow(`invalid KRW text: ${JSON.stringify(text)}`);
  });
});

describe("parseKrwCompact", () => {
  it.each([
    ["0", 0],
    ["1", 1],
    ["9999", 9999],
    ["0.5", 0.5],
    ["-0.13", -0.13],
    ["1234.57", 1234.57],
    ["1만", 10000],
    ["1.24만", 12400],
    ["5000만", 50000000],
    ["9999.5만", 99995000],
    ["1억", 100000000],
    ["1.35억", 135000000],
    ["13억", 1300000000],
    ["1조", 1000000000000],
    ["1.82조", 1820000000000],
    ["10000조", 1e16],
    ["-1.35억", -135000000],
  ])("parseKrwCompact(%j) is %s", (text, expected) => {
    expect(parseKrwCompact(text)).toBe(expected);
  });

  it.each([
    [""],
    ["-"],
    ["-0"],
    ["NaN"],
    ["Infinity"],
    ["1e3"],
    ["01"],
    [".5"],
    ["1."],
    ["1.억"],
    ["1.50억"],
    ["1.355억"],
    ["1.0억"],
    ["10000"],
    ["10000만"],
    ["0.5억"],
    ["0만"],
    ["1억원"],
    ["1억 원"],
    [" 1억"],
    ["1 억"],
    ["+1억"],
    ["1,000"],
    ["약 1억"],
  ])("parseKrwCompact(%j) throws SyntaxError", (text) => {
    expect(() => parseKrwCompact(text)).toThrow(SyntaxError);
    expect(() => parseKrwCompact(text)).toThrow(`invalid compact KRW text: ${JSON.stringify(text)}`);
  });
});

describe("parseCount", () => {
  it.each([
    ["2,795명", 2795, "person"],
    ["26개 사업", 26, "project"],
    ["35개 기업", 35, "company"],
    ["3개 과정", 3, "course"],
    ["19개 프로그램", 19, "program"],
    ["3개 세부사업", 3, "subProject"],
    ["24건", 24, "case"],
    ["0명", 0, "person"],
    ["1,000,000명", 1000000, "person"],
    ["9,007,199,254,740,991명", 9007199254740991, "person"],
  ])("parseCount(%j) is { count: %s, counter: %j }", (text, count, counter) => {
    expect(parseCount(text)).toEqual({ count, counter });
  });

  it.each([
    [""],
    ["명"],
    ["2795명"],
    ["02명"],
    ["1,00명"],
    [",100명"],
    ["1,000,명"],
    ["-1명"],
    ["1.5명"],
    ["NaN명"],
    ["Infinity명"],
    ["3개"],
    ["3 명"],
    ["3명 "],
    ["3개사업"],
    ["3개 세부 사업"],
    ["3개 사람"],
    ["3"],
    ["9,007,199,254,740,992명"],
  ])("parseCount(%j) throws SyntaxError", (text) => {
    expect(() => parseCount(text)).toThrow(SyntaxError);
    expect(() => parseCount(text)).toThrow(`invalid count text: ${JSON.stringify(text)}`);
  });
});
