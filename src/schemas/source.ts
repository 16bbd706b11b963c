import { z } from "astro/zod";
import { idSchema, text, textSchema } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/**
 * A published report the figures come from. The report may carry a city's own claims
 * (`provenance` says so) and may have no known address (`url: null` plus the reason).
 */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    outlet: text(TEXT_LIMITS.name),
    reporter: text(TEXT_LIMITS.name),
    headline: text(TEXT_LIMITS.label),
    publishedAt: z.iso.datetime({
      offset: true,
      error: RULE.isoDateTime,
    }),
    url: z.url({ protocol: /^https?$/, error: RULE.url }).nullable(),
    urlUnknownReason: text(TEXT_LIMITS.sentence).optional(),
    provenance: textSchema,
  })
  .refine((s) => (s.url === null) === (s.urlUnknownReason !== undefined), {
    message: RULE.sourceUrlOrReason,
    path: ["urlUnknownReason"],
  });

export type Source = z.infer<typeof sourceSchema>;
