import { formatKrwCompact } from "../../format/formatKrwCompact.ts";
import { budgetText } from "../../text/budget-text.ts";
import { countText, headcountText } from "../../text/count-text.ts";
import { dateText } from "../../text/date-text.ts";
import type { TextLocale } from "../../text/locale.ts";
import { perUnitLabel } from "../../text/per-unit-text.ts";
import type { FieldType, FieldValue, FormatDefinition } from "../types.ts";

type Of<T extends FieldType> = Extract<FieldValue, { type: T }>;

function format<T extends FieldType>(accepts: readonly T[], text: (value: Of<T>, locale: TextLocale) => string) {
  return { accepts, text: text as (value: FieldValue, locale: TextLocale) => string } satisfies FormatDefinition;
}

/**
 * The named formats a figure spec may give a channel (`"format": "krwCompact"`), each a thin
 * call of the one wording of its fact in src/text/, so a chart, its table, its tooltip and
 * its CSV say a value the same way. An unknown value gets the locale's unknown word.
 */
export const FORMATS = {
  /** "1억 3500만 원", "약 2억 3000만 원", "금액 미공개". */
  krw: format(["money"], (v, locale) => budgetText(v, locale)),
  /** "1.35억", "약 2.3억": for tight places (a share card, an axis). */
  krwCompact: format(["money"], (v, locale) =>
    v.amount === null ? locale.unknown.money : `${v.approximate ? "약 " : ""}${formatKrwCompact(v.amount)}`,
  ),
  /** "교육 대상 69명", "참여 연인원 2,795명", "24건": a count says what it counts. */
  count: format(["count"], (v, locale) => {
    if (v.count === null) return locale.unknown.people;
    if (v.counts !== null) return countText(v, locale);
    return locale.formats.count(v.count, (v.counter ?? "person") as Parameters<TextLocale["formats"]["count"]>[1]);
  }),
  /** "69명": the number and its counter only, where the kind is said beside it. */
  headcount: format(["count"], (v, locale) => headcountText(v, locale)),
  /** "교육 대상 1명당 약 196만 원"; "단위당 금액 계산 불가" where it cannot be computed. */
  perUnit: format(["perUnit"], (v, locale) => {
    const unit = v.kind === null ? null : perUnitLabel(v.kind, locale);
    return v.amount === null || unit === null
      ? locale.unknown.perUnit
      : locale.patterns.perUnit(unit, locale.formats.perUnit(v.amount));
  }),
  /** "12%": a share, given as a number from 0 to 100. */
  percent: format(["number"], (v, locale) =>
    v.value === null ? locale.unknown.kind : `${Number(v.value.toFixed(1)).toLocaleString("en-US")}%`,
  ),
  /** A plain number with the locale's grouping: "2,795". */
  number: format(["number"], (v, locale) =>
    v.value === null ? locale.unknown.kind : v.value.toLocaleString("en-US").replace(/,/g, locale.thousands),
  ),
  /** "2025년 11월 5일", "2022년~2024년 (추정)": a date or a span, and whether it is inferred. */
  date: format(["date"], (v, locale) => {
    if (v.start === "") return locale.unknown.date;
    const text = dateText(v.start, locale, v.end);
    return v.inferred ? locale.charts.inferred(text) : text;
  }),
  /** The text as written, or the locale's unknown word. */
  text: format(["text"], (v, locale) => v.text ?? locale.unknown.kind),
} satisfies Record<string, FormatDefinition>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function formatValue(name: string, value: FieldValue, locale: TextLocale): string {
  const definition = (FORMATS as Record<string, FormatDefinition>)[name];
  if (!definition) throw new Error(`unknown format "${name}"; valid formats: ${FORMAT_NAMES.join(", ")}`);
  if (!definition.accepts.includes(value.type))
    throw new Error(`format "${name}" cannot word a ${value.type} value; it words ${definition.accepts.join(", ")}`);
  return definition.text(value, locale);
}

/** A short label for a scale's tick, in the unit of the channel's values. */
export function tickText(value: FieldValue["type"], n: number): string {
  if (value === "money" || value === "perUnit") return formatKrwCompact(n);
  if (value === "number") return String(Number(n.toFixed(2)));
  return n.toLocaleString("en-US");
}
