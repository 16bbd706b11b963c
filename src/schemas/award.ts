import { z } from "astro/zod";
import { idSchema, sourceIdsSchema, text, textSchema } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/**
 * An award the city received. `year` is null where the source does not date it (it dates
 * only some of the awards it lists). `streak` is set where the source says "N년 연속"; its
 * first year is then inferred from the count, and `inferred` says so.
 */
export const awardSchema = z
  .strictObject({
    id: idSchema,
    year: z.number().int(RULE.yearInteger).min(2000, RULE.yearRange).max(2100, RULE.yearRange).nullable(),
    event: text(TEXT_LIMITS.label),
    edition: z.number().int().positive().nullable(),
    prize: text(TEXT_LIMITS.name),
    prizeDescription: textSchema,
    streak: z
      .strictObject({ years: z.number().int().min(2), since: z.number().int(), inferred: z.boolean() })
      .nullable(),
    sourceIds: sourceIdsSchema,
  })
  // A streak runs up to the award's year: without a year it has no span.
  .refine((a) => a.streak === null || a.year !== null, { message: RULE.streakNeedsYear, path: ["year"] });

export type Award = z.infer<typeof awardSchema>;
