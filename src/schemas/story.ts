import { z } from "astro/zod";
import { sourceIdsSchema, text } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

const isoDay = z.iso.date({ error: RULE.isoDay });

/** Frontmatter of content/stories/<slug>.md. Dates are strings so no time zone shifts them. */
export const storySchema = z
  .strictObject({
    title: text(TEXT_LIMITS.title),
    dek: text(TEXT_LIMITS.sentence),
    byline: text(TEXT_LIMITS.name),
    published: isoDay,
    updated: isoDay,
    sourceIds: sourceIdsSchema,
  })
  .refine((s) => s.updated >= s.published, { message: RULE.storyUpdatedBeforePublished, path: ["updated"] });

export type Story = z.infer<typeof storySchema>;
