import type { MarkDefinition } from "../types.ts";
import { scaledPanel } from "./scale.ts";

/** Horizontal bars from 0, one row per datum; an unknown value is a row with its word and no bar. */
export const bar: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number"],
  panels: (input) => [scaledPanel(input, input.rows, null, "bar")],
};
