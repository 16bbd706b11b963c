import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseCharacters,
  buildFontSubset,
  siteCharacters,
  svgCharacters,
  type FontSubset,
} from "../../src/downloads/font-subset.ts";
import { pretendardFiles, renderPng } from "../../src/downloads/png.ts";

/** Text in every weight the charts use, as a chart card sets it (Hangul, digits, punctuation, a unit). */
const card = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120" viewBox="0 0 360 120">
  <text x="8" y="28" font-family="Pretendard" font-size="20" font-weight="700">${text}</text>
  <text x="8" y="62" font-family="Pretendard" font-size="16" font-weight="600">${text}</text>
  <text x="8" y="96" font-family="Pretendard" font-size="14" font-weight="400">${text}</text>
</svg>`;
const TEXT = "청년 일자리 예산 1,234억 원 · 69명 (2025년)";

let dir: string;
let subset: FontSubset;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "font-subset-"));
  subset = await buildFontSubset(pretendardFiles(), new Set([...baseCharacters(), ...TEXT]), dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the cut of Pretendard", () => {
  it("draws exactly the pixels the full fonts draw, in every weight", () => {
    const svg = card(TEXT);
    expect(subset.covers(svg)).toBe(true);
    const full = renderPng(svg).png;
    const cut = renderPng(svg, { fontFiles: subset.files }).png;
    expect(Buffer.from(cut).equals(Buffer.from(full))).toBe(true);
    // …and draws text at all (the empty font list draws none).
    expect(Buffer.from(renderPng(svg, { fontFiles: [] }).png).equals(Buffer.from(full))).toBe(false);
  });

  it("is a small part of the full fonts (what makes loading it cheap)", () => {
    const size = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(size(subset.files)).toBeLessThan(size(pretendardFiles()) / 10);
  });

  it("does not cover a text with a character outside it, written or as a character reference", () => {
    expect(subset.covers(card("청년 뷁"))).toBe(false);
    expect(subset.covers(card("청년 &#xBDC1;"))).toBe(false);
    expect(subset.covers(card("청년 &#48577;"))).toBe(false);
    expect(subset.covers(card("청년 &#xCCAD;"))).toBe(true); // 청, in the cut
  });

  it("is made once per set of characters and fonts: a second build reuses the files", async () => {
    const again = await buildFontSubset(pretendardFiles(), new Set([...baseCharacters(), ...TEXT]), dir);
    expect(again.files).toEqual(subset.files);
    const other = await buildFontSubset(pretendardFiles(), new Set([..."다른 글자"]), dir);
    expect(other.files[0]).not.toBe(subset.files[0]);
  });
});

describe("what the cut keeps", () => {
  it("svgCharacters reads character references as the characters they stand for", () => {
    const characters = svgCharacters("<text>&#xAC00;&#44033;나</text>");
    for (const c of ["가", "각", "나"]) expect(characters.has(c)).toBe(true);
  });

  it("siteCharacters takes every character of data/, content/ and src/, with Latin and punctuation", () => {
    const root = mkdtempSync(join(tmpdir(), "site-characters-"));
    try {
      mkdirSync(join(root, "data/programs"), { recursive: true });
      mkdirSync(join(root, "content/stories"), { recursive: true });
      mkdirSync(join(root, "src/text"), { recursive: true });
      writeFileSync(join(root, "data/programs/a.json"), '{"name": "꿈의공장"}');
      writeFileSync(join(root, "content/stories/a.md"), "뷁");
      writeFileSync(join(root, "src/text/a.ts"), 'export const word = "똠";');
      const characters = siteCharacters(root);
      for (const c of ["꿈", "의", "공", "장", "뷁", "똠", "A", "z", "7", "·", "…", "₩", "\n"])
        expect(characters.has(c), c).toBe(true);
      expect(characters.has("햏")).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
