import { distance } from "fastest-levenshtein";

/**
 * The valid choices, closest to what was typed first, for an error message:
 * suggest("job-schol", ["dream-factory", "job-school"]) → "job-school, dream-factory".
 */
export function suggest(typed: string, valid: readonly string[]): string {
  if (valid.length === 0) return "(none)";
  return [...valid].sort((a, b) => distance(typed, a) - distance(typed, b) || a.localeCompare(b)).join(", ");
}
