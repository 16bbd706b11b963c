import type { Counter } from "../format/counters.ts";
import { UNIT_COUNTERS } from "../model/labels.ts";
import type { Program } from "../schemas/program.ts";
import type { TextLocale } from "./locale.ts";

type Unit = Program["units"][number];

/**
 * A number of things with its counter.
 *   tallyText(7, "project", ko) → "7개 사업"
 *   tallyText(24, "case", ko)   → "24건"
 */
export function tallyText(count: number, counter: Counter, locale: TextLocale): string {
  return locale.formats.count(count, counter);
}

/**
 * One of a program's other counts (courses, companies...).
 *   unitText({ count: 35, unit: "company" }, ko) → "35개 기업"
 */
export function unitText(unit: Unit, locale: TextLocale): string {
  return tallyText(unit.count, UNIT_COUNTERS[unit.unit], locale);
}

/**
 * All of a program's other counts in one line, or the locale's unknown word.
 *   unitsText([{ count: 3, unit: "course" }, { count: 2, unit: "project" }], ko) → "3개 과정, 2개 사업"
 *   unitsText([], ko)                                                             → "규모 미공개"
 */
export function unitsText(units: readonly Unit[], locale: TextLocale): string {
  if (units.length === 0) return locale.unknown.units;
  return units.map((unit) => unitText(unit, locale)).join(locale.patterns.listSeparator);
}
