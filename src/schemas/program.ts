import { z } from "astro/zod";
import { countSchema, idSchema, krwSchema, partialDateSchema, sourceIdsSchema, text, textSchema } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

// "unassigned": the source gives these programs no age group; grouping them is the site's own, and its label says so.
export const LIFE_STAGES = ["youth", "middle", "senior", "unassigned"] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];

/**
 * What a people count counts. The programs report different things, so a bare "people"
 * is never allowed: 2,795 participations are not 2,795 persons, and 149 is a hiring target.
 */
export const PEOPLE_KINDS = ["enrolled", "completed", "participations", "supported", "placed", "hiringTarget"] as const;
export type PeopleKind = (typeof PEOPLE_KINDS)[number];

/** Counters for the program's other counts (courses, projects, companies...). */
export const UNIT_KINDS = ["course", "project", "program", "subProject", "company"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const unknownReason = text(TEXT_LIMITS.sentence).optional();

/** Budget: integer KRW, or null with the reason it is unknown; `approximate` where the source says 약. */
export const budgetSchema = z
  .strictObject({
    amount: krwSchema.nullable(),
    approximate: z.boolean(),
    unknownReason,
    /** What the money covers where the source says so, e.g. programs centred on a venue (not its own budget). */
    scope: text(TEXT_LIMITS.sentence).optional(),
  })
  .refine((b) => (b.amount === null) === (b.unknownReason !== undefined), {
    message: RULE.budgetAmountOrReason,
    path: ["unknownReason"],
  })
  .refine((b) => b.amount !== null || !b.approximate, {
    message: RULE.budgetUnknownApproximate,
    path: ["approximate"],
  });

/** People: a count and what it counts, or null with the reason it is unknown. */
export const peopleSchema = z
  .strictObject({
    count: countSchema.nullable(),
    counts: z.enum(PEOPLE_KINDS).nullable(),
    unknownReason,
  })
  .refine((p) => (p.count === null) === (p.unknownReason !== undefined), {
    message: RULE.peopleCountOrReason,
    path: ["unknownReason"],
  })
  .refine((p) => p.count === null || p.counts !== null, {
    message: RULE.peopleCountsKind,
    path: ["counts"],
  });

export const fundingSchema = z
  .strictObject({
    description: textSchema.nullable(),
    unknownReason,
  })
  .refine((f) => (f.description === null) === (f.unknownReason !== undefined), {
    message: RULE.fundingOrReason,
    path: ["unknownReason"],
  });

export const programSchema = z.strictObject({
  id: idSchema,
  name: text(TEXT_LIMITS.name),
  lifeStage: z.enum(LIFE_STAGES),
  year: z.number().int(RULE.yearInteger).min(2000, RULE.yearRange).max(2100, RULE.yearRange),
  summary: textSchema,
  budget: budgetSchema,
  funding: fundingSchema,
  people: peopleSchema,
  units: z.array(z.strictObject({ count: countSchema, unit: z.enum(UNIT_KINDS) })),
  parts: z.strictObject({ label: text(TEXT_LIMITS.name), items: z.array(text(TEXT_LIMITS.label)).min(1) }).optional(),
  highlights: z.array(text(TEXT_LIMITS.sentence)),
  startedOn: partialDateSchema.optional(),
  sourceIds: sourceIdsSchema,
});

export type Program = z.infer<typeof programSchema>;
