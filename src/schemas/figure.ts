import { z } from "astro/zod";
import { idSchema, sourceIdsSchema, text, textSchema } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";

/**
 * A field name of the figure's dataset ("budget", "people", "lifeStage"); which names exist
 * is the dataset's to say (src/charts/datasets/), and the validation pipeline checks it
 * against them with the closest valid name.
 */
const fieldName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, RULE.fieldName);

/** A channel: which field it shows and in which named format (src/charts/formats/). */
export const channelSchema = z.strictObject({
  field: fieldName,
  format: z.string().regex(/^[a-z][A-Za-z0-9]*$/, RULE.formatName),
});

/** Rows whose field equals one of the values (a life stage, a year, a kind): `{ "lifeStage": ["youth"] }`. */
export const whereSchema = z.record(fieldName, z.array(z.union([z.string(), z.number(), z.boolean()])).min(1));

/**
 * Which rows: a dataset (programs, timeline, awards, contests, table), optionally the rows
 * with these ids in this order (`ids`) or the rows matching `where`; for `table`, which
 * table of data/tables/.
 */
export const figureDataSchema = z.strictObject({
  dataset: z.string().regex(/^[a-z][A-Za-z0-9]*$/, RULE.datasetName),
  table: idSchema.optional(),
  ids: z.array(idSchema).min(1, RULE.figureIdsMin).optional(),
  where: whereSchema.optional(),
});

/**
 * A caveat printed on the chart itself, under the row of the datum `key` (one of the
 * figure's rows): "연인원: 한 사람이 여러 번 셀 수 있음" at the 2,795 mark.
 */
export const annotationSchema = z.strictObject({
  key: idSchema,
  label: text(TEXT_LIMITS.name),
});

/** Row order: the data's order (ids as listed) unless a field is named. */
export const sortSchema = z.strictObject({
  field: fieldName,
  order: z.enum(["ascending", "descending"]),
});

/**
 * Another way to read the same figure, chosen by the reader with a control: its own x
 * channel (totals ↔ per unit) and/or its own rows (all programs ↔ one life stage).
 */
export const viewSchema = z.strictObject({
  id: idSchema,
  label: text(TEXT_LIMITS.name),
  x: channelSchema.optional(),
  where: whereSchema.optional(),
  /** Small multiples in this view by another field, or in one panel (null). */
  facet: fieldName.nullable().optional(),
});

/**
 * A chart's editorial spec: the words around it and what to draw, not which function
 * draws it. `mark` is one of src/charts/marks/, `data.dataset` one of src/charts/datasets/,
 * each `format` one of src/charts/formats/; nothing in the code names a figure.
 */
export const figureSchema = z.strictObject({
  id: idSchema,
  /**
   * The ids this figure had before it was renamed (its file and id changed): each keeps
   * /embed/<old>/, /oembed/<old>.json and the story's #figure-<old> anchor working, so a
   * newsroom's pasted code and old links never break. See docs/embeds.md "Renamed figures".
   */
  formerIds: z.array(idSchema).optional(),
  title: text(TEXT_LIMITS.title),
  subtitle: text(TEXT_LIMITS.sentence),
  description: textSchema,
  notes: z.array(text(TEXT_LIMITS.sentence)),
  sourceIds: sourceIdsSchema,
  mark: z.string().regex(/^[a-z][A-Za-z0-9]*$/, RULE.markName),
  data: figureDataSchema,
  x: channelSchema,
  /** The field that colours and shapes the marks (stacked bars, glyphs): one legend entry per value. */
  series: fieldName.optional(),
  /** Small multiples: one panel per value of this field, each with its own scale and unit. */
  facet: fieldName.optional(),
  /** Stacked bars: one bar per value of this field, one segment per row. */
  group: fieldName.optional(),
  sort: sortSchema.optional(),
  annotations: z.array(annotationSchema).optional(),
  /** The first view's name on the view control (the figure's own channels); else the x field's header. */
  viewLabel: text(TEXT_LIMITS.name).optional(),
  /** The first view is the figure's own channels; these are the others. */
  views: z.array(viewSchema).optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureData = z.infer<typeof figureDataSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type FigureView = z.infer<typeof viewSchema>;
export type Channel = z.infer<typeof channelSchema>;
