/**
 * The PNG renderer draws Hangul with Pretendard from node_modules, never tofu and never
 * the machine's fonts: two different syllables must give different pixels (tofu, the
 * .notdef box, would give the same box twice, and a missing font gives nothing at all).
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { PNG_SCALE, pretendardFiles, renderPng } from "../../src/downloads/png.ts";
import { chunkTypes, readPngHeader } from "./png-file.ts";

const glyph = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><text x="10" y="45" font-size="40" font-family="Pretendard, 'Malgun Gothic', sans-serif">${text}</text></svg>`;

/** Dark pixels of a rendering on white, with the same font set-up as the build. */
function ink(svg: string, fontFiles: string[]): { dark: number; pixels: Buffer } {
  const image = new Resvg(svg, {
    background: "#ffffff",
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Pretendard" },
  }).render();
  const pixels = image.pixels;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
  return { dark, pixels };
}

describe("PNG rendering with Pretendard", () => {
  it("finds the Pretendard font files in node_modules", () => {
    const files = pretendardFiles();
    expect(files.map((f) => f.replace(/.*\//, ""))).toEqual([
      "Pretendard-Regular.otf",
      "Pretendard-SemiBold.otf",
      "Pretendard-Bold.otf",
    ]);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });

  it("draws Hangul: 가 and 나 have ink, and not the same ink (tofu would be one box for both)", () => {
    const ga = ink(glyph("가"), pretendardFiles());
    const na = ink(glyph("나"), pretendardFiles());
    expect(ga.dark).toBeGreaterThan(100);
    expect(na.dark).toBeGreaterThan(100);
    expect(ga.pixels.equals(na.pixels)).toBe(false);
  });

  it("the control: with no font at all, the same text draws nothing (so the test above can fail)", () => {
    expect(ink(glyph("가"), []).dark).toBe(0);
  });

  it("renders at 2x on white, as a real PNG", () => {
    const { png, width, height } = renderPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="50" height="20"><text x="2" y="15">고양</text></svg>',
    );
    expect(PNG_SCALE).toBe(2);
    expect([width, height]).toEqual([100, 40]);
    expect(readPngHeader(png)).toMatchObject({ width: 100, height: 40, bitDepth: 8 });
    expect(chunkTypes(png).at(-1)).toBe("IEND");
  });
});
