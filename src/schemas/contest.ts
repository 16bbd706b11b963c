import { z } from "astro/zod";
import { countSchema, idSchema, partialDateSchema, sourceIdsSchema, textSchema } from "./common.ts";

/** A contest the city itself ran (not an award it received). */
export const contestSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  edition: z.number().int().positive(),
  heldOn: partialDateSchema,
  caseCount: countSchema,
  topPrizes: z.array(z.strictObject({ prize: textSchema, title: textSchema, detail: textSchema.optional() })).min(1),
  otherFields: z.array(textSchema),
  sourceIds: sourceIdsSchema,
});

export type Contest = z.infer<typeof contestSchema>;
