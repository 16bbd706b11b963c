import { describe, expect, it } from "vitest";
import { locate, readJson } from "../../src/validate/json.ts";

const problems = (text: string) => readJson("f.json", text).problems.map((p) => [p.ruleId, p.line, p.column, p.path]);

describe("readJson", () => {
  it("readJson('{\"a\": 1}') has no problem and the value", () => {
    const json = readJson("f.json", '{"a": 1}');
    expect(json.problems).toEqual([]);
    expect(json.value).toEqual({ a: 1 });
  });
  it("reports a trailing comma at the comma, not at the brace below", () =>
    expect(problems('{\n  "a": 1,\n}')).toEqual([["json/trailing-comma", 2, 9, ""]]));
  it("reports a trailing comma in a list at the comma", () =>
    expect(problems("[\n  1,\n  2,\n]")).toEqual([["json/trailing-comma", 3, 4, ""]]));
  it("reports a key written twice at its second occurrence, with its path", () =>
    expect(problems('{"b": {"a": 1,\n "a": 2}}')).toEqual([["json/duplicate-key", 2, 2, "b.a"]]));
  it("reports a byte-order mark at 1:1", () => expect(problems('\uFEFF{"a": 1}')).toEqual([["json/bom", 1, 1, ""]]));
  it("reports NaN as an invalid symbol at its place", () =>
    expect(problems('{"a": NaN}')).toEqual([["json/invalid-symbol", 1, 7, ""]]));
  it("reports 1e400 as a number too large", () =>
    expect(problems('{"a": 1e400}')).toEqual([["json/number-too-large", 1, 7, "a"]]));
  it("reports a comment", () => expect(problems('// x\n{"a": 1}')[0]?.[0]).toBe("json/invalid-comment-token"));
  it("reports an empty file", () => expect(problems("  \n")).toEqual([["json/empty", 1, 1, ""]]));
  it("locates a field's value, a key, and the object of a missing field", () => {
    const json = readJson("f.json", '{\n  "budget": {\n    "amount": 5\n  }\n}');
    expect(locate(json, ["budget", "amount"])).toEqual({ line: 3, column: 15 });
    expect(locate(json, ["budget", "amount"], { key: true })).toEqual({ line: 3, column: 5 });
    expect(locate(json, ["budget", "missing"])).toEqual({ line: 2, column: 13 });
  });
});
