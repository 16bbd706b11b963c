import type { josa } from "es-hangul";

// Korean grammar, not copy: like the locale, this file is Korean by nature.
/** The particles an editor may write right after a value, each with its pair (longest first). */
export const PARTICLE_PAIRS: ReadonlyArray<[string, Parameters<typeof josa>[1]]> = [
  ["으로", "으로/로"],
  ["이나", "이나/나"],
  ["이라", "이라/라"],
  ["이랑", "이랑/랑"],
  ["로", "으로/로"],
  ["나", "이나/나"],
  ["라", "이라/라"],
  ["랑", "이랑/랑"],
  ["이", "이/가"],
  ["가", "이/가"],
  ["을", "을/를"],
  ["를", "을/를"],
  ["은", "은/는"],
  ["는", "은/는"],
  ["과", "와/과"],
  ["와", "와/과"],
];
