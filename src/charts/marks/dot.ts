import type { MarkDefinition } from "../types.ts";
import { scaledPanel } from "./scale.ts";

/** A dot at each value on a scale from 0, with a thin stem back to 0 (a lollipop). */
export const dot: MarkDefinition = {
  accepts: ["money", "count", "perUnit", "number"],
  panels: (input) => [scaledPanel(input, input.rows, null, "dot")],
};
