import { describe, expect, it } from "vitest";
import { findBadCharacters } from "../../src/validate/hygiene.ts";

const rules = (text: string, multiline = false) =>
  findBadCharacters(text, { multiline }).map((b) => [b.index, b.ruleId, b.code]);

describe("findBadCharacters", () => {
  it('findBadCharacters("31억 원") finds nothing', () => expect(rules("31억 원")).toEqual([]));
  it('findBadCharacters("예산\\u202E31억") finds the bidi override at 2', () =>
    expect(rules("예산\u202E31억")).toEqual([[2, "text/bidi", "U+202E"]]));
  it('findBadCharacters("\\u3164") finds the Hangul filler', () =>
    expect(rules("\u3164")).toEqual([[0, "text/invisible", "U+3164"]]));
  it('findBadCharacters("a\\u200Bb") finds the zero-width space', () =>
    expect(rules("a\u200Bb")).toEqual([[1, "text/invisible", "U+200B"]]));
  it('findBadCharacters("끝\\u0000") finds NUL', () =>
    expect(rules("끝\u0000")).toEqual([[1, "text/control", "U+0000"]]));
  it('findBadCharacters("a\\nb") finds the line break in a one-line field', () =>
    expect(rules("a\nb")).toEqual([[1, "text/control", "U+000A"]]));
  it('findBadCharacters("a\\nb\\tc", multiline) allows line breaks and tabs in a body', () =>
    expect(rules("a\nb\tc", true)).toEqual([]));
  it('findBadCharacters("\\uD800x") finds a lone high surrogate', () =>
    expect(rules("\uD800x")).toEqual([[0, "text/surrogate", "U+D800"]]));
  it('findBadCharacters("x\\uDC00") finds a lone low surrogate', () =>
    expect(rules("x\uDC00")).toEqual([[1, "text/surrogate", "U+DC00"]]));
  it('findBadCharacters("高陽 😀") accepts Hanja and an emoji (a surrogate pair)', () =>
    expect(rules("高陽 😀")).toEqual([]));
});
