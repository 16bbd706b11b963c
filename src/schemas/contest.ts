import { z } from "astro/zod";
import { countSchema, idSchema, partialDateSchema, sourceIdsSchema, text, textSchema } from "./common.ts";
import { TEXT_LIMITS } from "./messages.ts";

/** A contest the city itself ran (not an award it received). */
export const contestSchema = z.strictObject({
  id: idSchema,
  name: text(TEXT_LIMITS.label),
  edition: z.number().int().positive(),
  heldOn: partialDateSchema,
  caseCount: countSchema,
  topPrizes: z
    .array(
      z.strictObject({ prize: text(TEXT_LIMITS.name), title: text(TEXT_LIMITS.label), detail: textSchema.optional() }),
    )
    .min(1),
  otherFields: z.array(text(TEXT_LIMITS.name)),
  sourceIds: sourceIdsSchema,
});

export type Contest = z.infer<typeof contestSchema>;
