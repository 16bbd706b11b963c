import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import subsetFont from "subset-font";

/**
 * Pretendard cut down to the characters the site writes, for rasterizing.
 *
 * resvg-js reads every font file it is given on every render and keeps nothing between
 * renders: with the three full Pretendard files (4.7 MB, 11,172 Hangul syllables) that was
 * 52 of a render's 85 ms. The site's text uses a few hundred characters, so each build cuts
 * the fonts once to those (harfbuzz's subsetter, through subset-font: the same outlines,
 * metrics, kerning and layout features, and the name records, so each file is still
 * "Pretendard" of its weight) and an image whose text they cover is drawn with them: 4 ms
 * of font loading, and pixel for pixel the image the full fonts draw. An image with a
 * character outside the cut (a name typed after the build began, a rare symbol) is drawn
 * with the full fonts, so no image ever lacks a glyph.
 */
export interface FontSubset {
  /** The cut font files, in the order of the full ones. */
  files: string[];
  /** Whether every character of `svg`'s text is in the cut. */
  covers(svg: string): boolean;
}

/** What is always in the cut besides the site's own characters: Latin, punctuation, symbols. */
const RANGES: [number, number][] = [
  [0x09, 0x0d], // the SVG's own whitespace: every character of the file is checked
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f], // general punctuation (· … – — “ ”)
  [0x20a0, 0x20cf], // currency (₩)
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0xff01, 0xff5e], // full-width forms
];

/** The folders whose text can reach an image: the editors' files and the code's words. */
const TEXT_FOLDERS = ["data", "content", "src"];

/** RANGES' characters: in every cut. */
export function baseCharacters(): Set<string> {
  const characters = new Set<string>();
  for (const [from, to] of RANGES) for (let c = from; c <= to; c++) characters.add(String.fromCodePoint(c));
  return characters;
}

/** The characters of every file under data/, content/ and src/, with RANGES: what the cut keeps. */
export function siteCharacters(root: string = process.cwd()): Set<string> {
  const characters = baseCharacters();
  for (const folder of TEXT_FOLDERS) {
    let entries;
    try {
      entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      for (const character of readFileSync(join(entry.parentPath, entry.name), "utf8")) characters.add(character);
    }
  }
  return characters;
}

/** The characters an SVG's text draws: its own, and those it writes as character references (&#xAC00;). */
export function svgCharacters(svg: string): Set<string> {
  const characters = new Set(svg);
  for (const [, hex, decimal] of svg.matchAll(/&#(?:x([0-9a-fA-F]+)|([0-9]+));/g)) {
    const code = hex === undefined ? Number(decimal) : parseInt(hex, 16);
    if (code <= 0x10ffff) characters.add(String.fromCodePoint(code));
  }
  return characters;
}

// Name records kept: the family and its typographic (16, 17) and WWS (21, 22) names, so
// resvg still finds "Pretendard" at weights 400, 600 and 700 (without 16 and 17 the
// SemiBold file called itself a family of its own and drew as Regular).
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 25];

const subsetVersion = (): string =>
  (createRequire(import.meta.url)("subset-font/package.json") as { version: string }).version;

/**
 * Cuts `fontFiles` to `characters` into `dir`/<digest>/ (the digest of the characters, the
 * fonts' bytes and subset-font's version, so a folder is never reused for another cut).
 * Written under a temporary name and renamed: a killed build leaves no half font.
 */
export async function buildFontSubset(fontFiles: string[], characters: Set<string>, dir: string): Promise<FontSubset> {
  const text = [...characters].sort().join("");
  const fonts = fontFiles.map((file) => readFileSync(file));
  const digest = createHash("sha256").update(`subset-font ${subsetVersion()}\n`).update(text);
  for (const font of fonts) digest.update(font);
  const folder = join(dir, digest.digest("hex").slice(0, 32));
  mkdirSync(folder, { recursive: true });
  const files = await Promise.all(
    fontFiles.map(async (file, i) => {
      const out = join(folder, basename(file));
      try {
        readFileSync(out);
        return out;
      } catch {
        // Not cut yet.
      }
      const cut = await subsetFont(fonts[i]!, text, { targetFormat: "sfnt", preserveNameIds: NAME_IDS });
      const partial = `${out}.${process.pid}.partial`;
      writeFileSync(partial, cut);
      renameSync(partial, out);
      return out;
    }),
  );
  return {
    files,
    covers(svg) {
      for (const character of svgCharacters(svg)) if (!characters.has(character)) return false;
      return true;
    },
  };
}

// One cut per process and set of fonts: the first image of a build makes it.
const subsets = new Map<string, Promise<FontSubset | null>>();

/**
 * The font files to draw `svg` with: the build's cut when it covers the text, else the full
 * fonts. A cut that cannot be made (the subsetter failing) costs speed, never an image.
 * The cut is written to `dir` (the image cache's fonts/ folder).
 */
export async function fontFilesFor(svg: string, fontFiles: string[], dir: string): Promise<string[]> {
  if (fontFiles.length === 0) return fontFiles;
  const key = `${dir}\n${fontFiles.join("\n")}`;
  let subset = subsets.get(key);
  if (!subset) {
    subset = buildFontSubset(fontFiles, siteCharacters(), dir).catch(() => null);
    subsets.set(key, subset);
  }
  const cut = await subset;
  return cut?.covers(svg) ? cut.files : fontFiles;
}
