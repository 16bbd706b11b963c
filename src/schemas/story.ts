import { z } from "astro/zod";
import { sourceIdsSchema, textSchema } from "./common.ts";

const isoDay = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** Frontmatter of content/stories/<slug>.md. Dates are strings so no time zone shifts them. */
export const storySchema = z
  .strictObject({
    title: textSchema,
    dek: textSchema,
    byline: textSchema,
    published: isoDay,
    updated: isoDay,
    sourceIds: sourceIdsSchema,
  })
  .refine((s) => s.updated >= s.published, { message: "updated must not be before published", path: ["updated"] });

export type Story = z.infer<typeof storySchema>;
