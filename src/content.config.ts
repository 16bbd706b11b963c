import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import {
  awardSchema,
  contestSchema,
  figureSchema,
  programSchema,
  sourceSchema,
  storySchema,
  timelineEventSchema,
} from "./schemas";

// One JSON per program and per figure, so an editor's mistake names one small file.
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(json|md)$/, "");

export const collections = {
  sources: defineCollection({ loader: file("data/sources.json"), schema: sourceSchema }),
  programs: defineCollection({ loader: glob({ pattern: "*.json", base: "data/programs", generateId: byFileName }), schema: programSchema }),
  awards: defineCollection({ loader: file("data/awards.json"), schema: awardSchema }),
  timeline: defineCollection({ loader: file("data/timeline.json"), schema: timelineEventSchema }),
  contests: defineCollection({ loader: file("data/contests.json"), schema: contestSchema }),
  figures: defineCollection({ loader: glob({ pattern: "*.json", base: "data/figures", generateId: byFileName }), schema: figureSchema }),
  stories: defineCollection({ loader: glob({ pattern: "*.md", base: "content/stories", generateId: byFileName }), schema: storySchema }),
};
