import { z } from "astro/zod";
import { idSchema, sourceIdsSchema, text, textSchema } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/** Chart types with a chart function in src/charts/. */
export const FIGURE_TYPES = ["money-by-program", "people-by-program"] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

/**
 * A caveat printed on the chart itself, under the row of `programId` (which must be one of
 * the figure's programs); keep it to one line of the 320 px drawing.
 */
export const annotationSchema = z.strictObject({
  programId: idSchema,
  label: text(TEXT_LIMITS.name),
});

/**
 * A chart's editorial spec: the words around it are data, not markup. `programIds` picks
 * the programs it shows, in display order.
 */
export const figureSchema = z.strictObject({
  id: idSchema,
  type: z.enum(FIGURE_TYPES),
  title: text(TEXT_LIMITS.title),
  subtitle: text(TEXT_LIMITS.sentence),
  description: textSchema,
  notes: z.array(text(TEXT_LIMITS.sentence)),
  sourceIds: sourceIdsSchema,
  annotations: z.array(annotationSchema).optional(),
  data: z.strictObject({
    programIds: z.array(idSchema).min(1, RULE.figureProgramIdsMin),
  }),
});

export type Figure = z.infer<typeof figureSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
