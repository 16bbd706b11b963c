import { z } from "astro/zod";
import { idSchema, text } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/**
 * One entry of the corrections log (data/corrections.json): the day a published fact was
 * changed, what changed and why, in the readers' words. `storyIds` are the stories it
 * touches (content/stories/<id>.md), [] for a correction of the whole site; `programIds`
 * the programs whose data changed. The date is a string so no time zone moves the day;
 * that it is not in the future and not before its stories were published is checked with
 * the stories (src/validate/corrections.ts).
 */
export const correctionSchema = z.strictObject({
  id: idSchema,
  date: z.iso.date({ error: RULE.isoDay }),
  storyIds: z.array(idSchema),
  programIds: z.array(idSchema).optional(),
  what: text(TEXT_LIMITS.paragraph),
  why: text(TEXT_LIMITS.paragraph),
});

export type Correction = z.infer<typeof correctionSchema>;
