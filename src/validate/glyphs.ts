import { readFileSync } from "node:fs";
import { create } from "fontkitten";
import { pretendardFiles } from "../downloads/png.ts";

/**
 * Text that is drawn into the PNG downloads and the share cards is drawn with Pretendard
 * (src/downloads/png.ts: no system font, so every build draws the same). A character the
 * font lacks (Hanja such as 高陽, an emoji) would be drawn as an empty box, so the fields
 * that reach those images are checked against the font's own character map:
 *   missingGlyphs("고양 高陽") → ["高", "陽"].
 */
let covered: Set<number> | undefined;

function coverage(): Set<number> {
  if (!covered) {
    // Every weight the images use has the same character set; Regular stands for them.
    const [regular] = pretendardFiles();
    const font = create(readFileSync(regular as string)) as unknown as { characterSet: number[] };
    covered = new Set(font.characterSet);
  }
  return covered;
}

/** The characters of `text` the image font cannot draw, each once, in order; spaces and line breaks aside. */
export function missingGlyphs(text: string): string[] {
  const font = coverage();
  const missing: string[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (/\s/.test(character) || font.has(code) || missing.includes(character)) continue;
    missing.push(character);
  }
  return missing;
}

/** The fields whose text is drawn into the images: by file kind, the last key of the field's path. */
export const IMAGE_FIELDS = {
  figures: new Set(["title", "subtitle", "notes", "annotations.label"]),
  programs: new Set(["name"]),
  sources: new Set(["outlet"]),
  stories: new Set(["title", "dek"]),
} as const;
