import { z } from "astro/zod";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/** Content ids are kebab-case ASCII so they are safe in URLs, file names and HTML ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().max(60).regex(ID_PATTERN, RULE.idKebab);

/** Every record cites at least one source from data/sources.json by id. */
export const sourceIdsSchema = z.array(idSchema).min(1, RULE.sourceIdsMin);

/**
 * Plain text shown to readers, at most `max` characters (what its place in a layout can
 * show); an empty string would render as a silent gap.
 */
export function text(max: number) {
  return z.string().trim().min(1, RULE.textEmpty).max(max);
}

/** A paragraph-length text: the default for summaries, descriptions and notes. */
export const textSchema = text(TEXT_LIMITS.paragraph);

/** A calendar date as the source gives it: a year (2019), a month (2025-04) or a day (2025-11-05). */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, RULE.partialDate)
  .refine(
    (value) =>
      value.length < 10 ||
      (!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)),
    RULE.realDay,
  );

/**
 * Money is whole won, below 10조 (10^13) for one record: anything else is a data-entry
 * mistake, and larger sums would lose precision in per-unit arithmetic.
 */
export const MAX_KRW = 10_000_000_000_000;
export const krwSchema = z.number().int(RULE.krwInteger).nonnegative(RULE.krwNegative).max(MAX_KRW, RULE.krwTooLarge);

/** A count of things or people is a whole number ≥ 0 (at most ten million: more is a typo). */
export const MAX_COUNT = 10_000_000;
export const countSchema = z
  .number()
  .int(RULE.countInteger)
  .nonnegative(RULE.countNegative)
  .max(MAX_COUNT, RULE.countTooLarge);
