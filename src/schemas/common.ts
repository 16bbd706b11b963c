import { z } from "astro/zod";

/** Content ids are kebab-case ASCII so they are safe in URLs, file names and HTML ids. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be kebab-case: lowercase letters, digits and single hyphens (e.g. job-school)",
  );

/** Every record cites at least one source from data/sources.json by id. */
export const sourceIdsSchema = z.array(idSchema).min(1, "cite at least one source id from data/sources.json");

/** Plain text shown to readers; an empty string would render as a silent gap. */
export const textSchema = z.string().trim().min(1, "must not be empty");

/** A calendar date as the source gives it: a year (2019), a month (2025-04) or a day (2025-11-05). */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-05)",
  )
  .refine(
    (value) =>
      value.length < 10 ||
      (!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)),
    "is not a real calendar day",
  );

/** Money is whole won; anything else is a data-entry mistake. */
export const krwSchema = z
  .number()
  .int("must be a whole number of won (money is integer KRW)")
  .nonnegative("must not be negative")
  .max(Number.MAX_SAFE_INTEGER, "is too large to be exact");

/** A count of things or people is a whole number ≥ 0. */
export const countSchema = z.number().int("must be a whole number").nonnegative("must not be negative");
