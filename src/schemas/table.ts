import { z } from "astro/zod";
import { countSchema, idSchema, krwSchema, sourceIdsSchema, text } from "./common.ts";
import { RULE, TEXT_LIMITS } from "./messages.ts";
import { COUNTERS, type Counter } from "../format/counters.ts";
import { PEOPLE_KINDS } from "./program.ts";

const COUNTER_NAMES = Object.keys(COUNTERS) as [Counter, ...Counter[]];

/**
 * A column of a table of its own (data/tables/<id>.json): money (whole won), a count (with
 * its counter and, for people, what it counts), text or a date. A cell is null where the
 * source gives no value: shown as unknown, never as 0.
 */
export const tableColumnSchema = z.discriminatedUnion("type", [
  z.strictObject({ id: idSchema, label: text(TEXT_LIMITS.name), type: z.literal("money") }),
  z.strictObject({
    id: idSchema,
    label: text(TEXT_LIMITS.name),
    type: z.literal("count"),
    /** What is counted: its counter (person → "명", case → "건") and, for people, their kind. */
    counter: z.enum(COUNTER_NAMES),
    counts: z.enum(PEOPLE_KINDS).optional(),
  }),
  z.strictObject({ id: idSchema, label: text(TEXT_LIMITS.name), type: z.literal("text") }),
  z.strictObject({ id: idSchema, label: text(TEXT_LIMITS.name), type: z.literal("date") }),
]);

const cellSchema = z.union([z.string(), krwSchema, countSchema, z.null()]);

export const dataTableSchema = z.strictObject({
  id: idSchema,
  title: text(TEXT_LIMITS.title),
  /** The column whose text names each row (its label on the chart). */
  labelColumn: idSchema,
  columns: z.array(tableColumnSchema).min(1, RULE.listMin),
  rows: z
    .array(
      z.strictObject({
        id: idSchema,
        cells: z.record(idSchema, cellSchema),
        /** Why a null cell is null, by column id. */
        unknownReasons: z.record(idSchema, text(TEXT_LIMITS.sentence)).optional(),
      }),
    )
    .min(1, RULE.listMin),
  sourceIds: sourceIdsSchema,
});

export type TableColumn = z.infer<typeof tableColumnSchema>;
export type DataTable = z.infer<typeof dataTableSchema>;
