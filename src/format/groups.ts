// Korean counts in groups of four digits (만 = 10⁴), not three, so every
// formatter here walks the same ladder of units, largest first.
export const GROUPS = [
  { unit: "조", size: 1e12 },
  { unit: "억", size: 1e8 },
  { unit: "만", size: 1e4 },
] as const;

export type GroupUnit = (typeof GROUPS)[number]["unit"];
