import { defineCollection } from "astro:content";
import { validatedCollection } from "./loaders/validated-collections.ts";
import {
  awardSchema,
  contestSchema,
  correctionSchema,
  dataTableSchema,
  figureSchema,
  programSchema,
  sourceSchema,
  storySchema,
  timelineEventSchema,
} from "./schemas/index.ts";

// Every collection comes from the one validation pipeline; the schemas give the entries their types.
export const collections = {
  sources: defineCollection({ loader: validatedCollection("sources"), schema: sourceSchema }),
  programs: defineCollection({ loader: validatedCollection("programs"), schema: programSchema }),
  awards: defineCollection({ loader: validatedCollection("awards"), schema: awardSchema }),
  timeline: defineCollection({ loader: validatedCollection("timeline"), schema: timelineEventSchema }),
  contests: defineCollection({ loader: validatedCollection("contests"), schema: contestSchema }),
  figures: defineCollection({ loader: validatedCollection("figures"), schema: figureSchema }),
  tables: defineCollection({ loader: validatedCollection("tables"), schema: dataTableSchema }),
  corrections: defineCollection({ loader: validatedCollection("corrections"), schema: correctionSchema }),
  stories: defineCollection({ loader: validatedCollection("stories"), schema: storySchema }),
};
