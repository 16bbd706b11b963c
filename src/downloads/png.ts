import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/**
 * SVG → PNG at build time with resvg. Text is drawn with Pretendard from node_modules (the
 * OFL static OTFs: regular, semibold and bold, the weights the charts use), never with the
 * machine's fonts, so every build draws the same Hangul and no build draws tofu.
 */
export const PNG_SCALE = 2;
export const PRETENDARD_WEIGHTS = ["Regular", "SemiBold", "Bold"] as const;

/** The Pretendard font files, resolved from the project's node_modules. */
export function pretendardFiles(): string[] {
  // Asked for every image of a build: the package is resolved once per project folder.
  const root = process.cwd();
  let files = resolved.get(root);
  if (!files) {
    const packageJson = createRequire(join(root, "package.json")).resolve("pretendard/package.json");
    files = PRETENDARD_WEIGHTS.map((weight) =>
      join(dirname(packageJson), "dist/public/static", `Pretendard-${weight}.otf`),
    );
    resolved.set(root, files);
  }
  return [...files];
}

const resolved = new Map<string, string[]>();

export interface PngOptions {
  /** Pixels per SVG unit (2: a 488-wide chart card becomes 976 px). */
  scale?: number;
  /** Font files to draw text with; an empty list draws no text (the tests' control). */
  fontFiles?: string[];
}

export interface Png {
  png: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

/** resvg's options for one render: the same for the synchronous and the cached, parallel renderer (png-cache.ts). */
export function resvgOptions(scale: number, fontFiles: string[]): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Pretendard" },
  };
}

export function renderPng(svg: string, { scale = PNG_SCALE, fontFiles = pretendardFiles() }: PngOptions = {}): Png {
  const resvg = new Resvg(svg, resvgOptions(scale, fontFiles));
  const image = resvg.render();
  return { png: Uint8Array.from(image.asPng()), width: image.width, height: image.height };
}
