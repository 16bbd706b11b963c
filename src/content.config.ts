import { defineCollection } from "astro:content";
import { jsonFiles, jsonList } from "./loaders/json-loaders.ts";
import { markdownFiles } from "./loaders/markdown-files.ts";
import {
  awardSchema,
  contestSchema,
  figureSchema,
  programSchema,
  sourceSchema,
  storySchema,
  timelineEventSchema,
} from "./schemas/index.ts";

// One JSON per program and per figure, so an editor's mistake names one small file.
export const collections = {
  sources: defineCollection({ loader: jsonList({ file: "data/sources.json" }), schema: sourceSchema }),
  programs: defineCollection({ loader: jsonFiles({ base: "data/programs" }), schema: programSchema }),
  awards: defineCollection({ loader: jsonList({ file: "data/awards.json" }), schema: awardSchema }),
  timeline: defineCollection({ loader: jsonList({ file: "data/timeline.json" }), schema: timelineEventSchema }),
  contests: defineCollection({ loader: jsonList({ file: "data/contests.json" }), schema: contestSchema }),
  figures: defineCollection({ loader: jsonFiles({ base: "data/figures" }), schema: figureSchema }),
  stories: defineCollection({ loader: markdownFiles({ base: "content/stories" }), schema: storySchema }),
};
