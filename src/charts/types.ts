import type { Award } from "../schemas/award.ts";
import type { Contest } from "../schemas/contest.ts";
import type { Figure } from "../schemas/figure.ts";
import type { PeopleKind, Program } from "../schemas/program.ts";
import type { DataTable } from "../schemas/table.ts";
import type { TimelineEvent } from "../schemas/timeline.ts";
import type { TextLocale } from "../text/locale.ts";

/** Everything a figure may draw from; its spec's `data.dataset` picks one part. */
export interface ChartData {
  programs: readonly Program[];
  timeline?: readonly TimelineEvent[];
  awards?: readonly Award[];
  contests?: readonly Contest[];
  tables?: readonly DataTable[];
}

/**
 * One value of a datum, typed so that a format can word it and a scale can place it; an
 * unknown value stays a value (amount null, with its reason), never 0 and never dropped.
 */
export type FieldValue =
  | { type: "money"; amount: number | null; approximate: boolean; unknownReason?: string }
  | { type: "count"; count: number | null; counts: PeopleKind | null; counter?: string; unknownReason?: string }
  | { type: "perUnit"; amount: number | null; kind: PeopleKind | null }
  | { type: "number"; value: number | null }
  | { type: "text"; text: string | null }
  | { type: "date"; start: string; end?: string; inferred: boolean };

export type FieldType = FieldValue["type"];

/** A raw value a spec's `where` can match and a series or facet can group by ("youth", 2025). */
export type Attribute = string | number | boolean | null;

/**
 * A dataset's row: a stable key (an id), its label, its typed fields (for channels and
 * formats) and its raw attributes (for `where`, `series`, `facet`: the same names as the
 * fields they stand behind, e.g. lifeStage "youth" behind the text "청년").
 */
export interface Datum {
  key: string;
  label: string;
  fields: Readonly<Record<string, FieldValue>>;
  attributes: Readonly<Record<string, Attribute>>;
  sourceIds: readonly string[];
}

/** What a dataset offers: its rows and which fields each row has, with their types. */
export interface DatasetDefinition {
  /** Field name → its type; a channel may only name one of these. The dataset's own when it has no rows. */
  fields(data: ChartData, figure: Figure): Readonly<Record<string, FieldType>>;
  /** May read only `figure.data` of the spec (which table): the rows are shared by every figure over the same data. */
  rows(data: ChartData, figure: Figure, locale: TextLocale): Datum[];
  /** The field whose text is each row's label (its header heads the table's first column). */
  labelField(data: ChartData, figure: Figure): string;
  /** Column headers of the dataset's own fields (a table's column labels); else the locale's words. */
  labels?(data: ChartData, figure: Figure): Readonly<Record<string, string>>;
  /** The order of an attribute's values where it is not the data's (people kinds, life stages): stable colours. */
  order?: Readonly<Record<string, readonly Attribute[]>>;
}

/** A named format: words a value in the locale, and says which values it can word. */
export interface FormatDefinition {
  accepts: readonly FieldType[];
  text(value: FieldValue, locale: TextLocale): string;
}

/**
 * The drawing of one view, in units that stretch with the chart's column: every x is a
 * percentage of the track (0–100), text is left to CSS (in the page) or to the file's
 * typesetter (downloads). Rows are HTML rows on the page, so long names wrap.
 */
export interface SceneView {
  id: string;
  /** The view's name on its control ("총액", "청년"); empty for a figure with one view. */
  label: string;
  /** Panels, top to bottom: one for most marks, one per facet value for small multiples. */
  panels: ScenePanel[];
}

export interface ScenePanel {
  /** A small multiple's heading (its facet value and unit); null for a single panel. */
  title: string | null;
  rows: SceneRow[];
  /** Reference lines and their labels, at percentages of the track. */
  ticks: SceneTick[];
}

export interface SceneTick {
  x: number;
  label: string;
  /** A tick whose label a narrow column leaves out (every other year), so labels never touch. */
  minor: boolean;
}

export interface SceneRow {
  /** The datum's key: the same key in every view, the table row's and the tooltip's. */
  key: string;
  label: string;
  /** The printed value ("13억 원", "교육 대상 69명"); the locale's unknown word when unknown. */
  value: string;
  unknown: boolean;
  /** A caveat from the spec's annotations, printed under the row on the chart itself. */
  annotation: string | null;
  marks: SceneMark[];
}

/**
 * A drawn mark: a bar or span from x0 to x1, or a dot or glyph at x0 (x1 = x0). `series`
 * is its index in the figure's series (colour and shape); `inferred` marks a span the
 * source does not state, drawn hatched and outlined instead of solid.
 */
export interface SceneMark {
  key: string;
  shape: "bar" | "dot" | "glyph" | "span" | "event";
  x0: number;
  x1: number;
  series: number | null;
  inferred: boolean;
  /** The mark's accessible name and tooltip heading: "내일 꿈 제작소: 약 2억 3000만 원". */
  tip: string;
  /** What the tip adds to the printed label: what was counted, the notes that apply, the source. */
  details: string[];
}

/** A legend entry: one per series value. */
export interface LegendItem {
  label: string;
  /** Index into the palette's series colours and the glyph shapes. */
  series: number;
  symbol: string;
}

/** A chart's data as a table, already in the locale's formats, for readers who cannot see the chart. */
export interface ChartTable {
  caption: string;
  columns: string[];
  /** The first cell of each row is the row header (`th scope="row"`); `keys[i]` is row i's datum key. */
  rows: string[][];
  keys: string[];
}

/** A figure's whole drawing: every view's geometry, computed once at build time. */
export interface Scene {
  figureId: string;
  mark: string;
  views: SceneView[];
  legend: LegendItem[];
  /** One table for every view: a column per view's value, so no view needs a script to be read. */
  table: ChartTable;
}

/** What a mark is given: the figure, its rows (selected and sorted) and the view's channels. */
export interface MarkInput {
  figure: Figure;
  rows: Datum[];
  x: { field: string; format: string };
  series: SeriesScale | null;
  facet: string | null;
  group: string | null;
  /** The order of the group field's values where the dataset gives one (life stages). */
  groupOrder: readonly Attribute[] | null;
  annotations: ReadonlyMap<string, string>;
  locale: TextLocale;
  /** The sources cited by the rows, for tooltips. */
  sourceText(datum: Datum): string | null;
}

/** The series channel resolved: each datum's index in the legend (colour and shape). */
export interface SeriesScale {
  field: string;
  header: string;
  indexOf(datum: Datum): number | null;
  labelOf(datum: Datum): string | null;
}

/** A mark turns its input into panels; it never touches the DOM. */
export interface MarkDefinition {
  /** Field types the x channel accepts. */
  accepts: readonly FieldType[];
  /** The channels besides x the mark needs (`facet` for small multiples, `group` for stacked bars). */
  requires?: readonly ("series" | "facet" | "group")[];
  panels(input: MarkInput): ScenePanel[];
}
