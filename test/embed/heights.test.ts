/** The heights table the codes carry (src/embed/heights.ts): written, read strictly, looked up erring tall. */
import { describe, expect, it } from "vitest";
import { formatHeights, heightAt, parseHeights } from "../../src/embed/heights.ts";

describe("formatHeights", () => {
  it("writes width:height pairs in width order, dropping steps that repeat the height", () => {
    expect(
      formatHeights([
        { width: 375, height: 1331 },
        { width: 320, height: 1374 },
        { width: 414, height: 1331 },
        { width: 600, height: 1182 },
      ]),
    ).toBe("320:1374 375:1331 600:1182");
  });

  it("refuses a height that is not whole pixels", () => {
    expect(() => formatHeights([{ width: 320, height: 10.5 }])).toThrow(/whole pixels/);
  });
});

describe("parseHeights", () => {
  it("reads what formatHeights writes", () => {
    expect(parseHeights(" 320:1374  600:1182 ")).toEqual([
      { width: 320, height: 1374 },
      { width: 600, height: 1182 },
    ]);
  });

  it.each([
    ["absent", null],
    ["empty", ""],
    ["a unit", "320px:1374"],
    ["widths not ascending", "600:1182 320:1374"],
    ["a repeated width", "320:1374 320:1300"],
    ["a height below 80", "320:20"],
    ["a height above 10000", "320:99999"],
    ["a stray character", "320:1374;"],
    ["a negative number", "320:-5"],
    ["too many steps", Array.from({ length: 40 }, (_, i) => `${300 + i}:${900 - i}`).join(" ")],
  ])("refuses %s", (_name, text) => {
    expect(parseHeights(text)).toBeNull();
  });
});

describe("heightAt", () => {
  const table = parseHeights("320:1374 375:1331 600:1182")!;
  it("takes the step at or below the column's width, so between steps it errs tall", () => {
    expect(heightAt(table, 320)).toBe(1374);
    expect(heightAt(table, 374.9)).toBe(1374);
    expect(heightAt(table, 375)).toBe(1331);
    expect(heightAt(table, 599)).toBe(1331);
    expect(heightAt(table, 1280)).toBe(1182);
  });

  it("gives a column narrower than the first step the first height", () => {
    expect(heightAt(table, 280)).toBe(1374);
  });
});
