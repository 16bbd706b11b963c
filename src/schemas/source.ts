import { z } from "astro/zod";
import { idSchema, textSchema } from "./common.ts";

/**
 * A published report the figures come from. The report may carry a city's own claims
 * (`provenance` says so) and may have no known address (`url: null` plus the reason).
 */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    outlet: textSchema,
    reporter: textSchema,
    headline: textSchema,
    publishedAt: z.iso.datetime({
      offset: true,
      error: "must be an ISO date-time with offset (e.g. 2025-12-01T17:06:00+09:00)",
    }),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullable(),
    urlUnknownReason: textSchema.optional(),
    provenance: textSchema,
  })
  .refine((s) => (s.url === null) === (s.urlUnknownReason !== undefined), {
    message: "give either a url, or url: null together with urlUnknownReason",
    path: ["urlUnknownReason"],
  });

export type Source = z.infer<typeof sourceSchema>;
