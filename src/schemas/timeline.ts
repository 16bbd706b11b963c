import { z } from "astro/zod";
import { idSchema, partialDateSchema, sourceIdsSchema, text } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/** A dated event; `end` makes it a span. `inferred` marks dates worked out from relative wording. */
export const timelineEventSchema = z
  .strictObject({
    id: idSchema,
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    label: text(TEXT_LIMITS.label),
    inferred: z.boolean(),
    programId: idSchema.optional(),
    sourceIds: sourceIdsSchema,
  })
  .refine((e) => e.end === undefined || e.end >= e.start, { message: RULE.timelineEndBeforeStart, path: ["end"] });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
