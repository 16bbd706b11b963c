import { z } from "astro/zod";
import { idSchema, partialDateSchema, sourceIdsSchema, textSchema } from "./common.ts";

/** A dated event; `end` makes it a span. `inferred` marks dates worked out from relative wording. */
export const timelineEventSchema = z
  .strictObject({
    id: idSchema,
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    label: textSchema,
    inferred: z.boolean(),
    programId: idSchema.optional(),
    sourceIds: sourceIdsSchema,
  })
  .refine((e) => e.end === undefined || e.end >= e.start, { message: "end must not be before start", path: ["end"] });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
