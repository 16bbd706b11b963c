import { z } from "astro/zod";
import { idSchema, sourceIdsSchema, textSchema } from "./common.ts";

/**
 * An award the city received. `streak` is set where the source says "N년 연속"; its
 * first year is then inferred from the count, and `inferred` says so.
 */
export const awardSchema = z.strictObject({
  id: idSchema,
  year: z.number().int().min(2000).max(2100),
  event: textSchema,
  edition: z.number().int().positive().nullable(),
  prize: textSchema,
  prizeDescription: textSchema,
  streak: z.strictObject({ years: z.number().int().min(2), since: z.number().int(), inferred: z.boolean() }).nullable(),
  sourceIds: sourceIdsSchema,
});

export type Award = z.infer<typeof awardSchema>;
