import { budgetPerPerson } from "../model/derive.ts";
import type { PeopleKind, Program } from "../schemas/program.ts";
import type { TextLocale } from "./locale.ts";

/**
 * The words for "per one counted unit", by what the count counts, or null where no
 * per-unit figure is written (a hiring target is a target, not people).
 *   perUnitLabel("enrolled", ko)       → "교육 대상 1명당"
 *   perUnitLabel("participations", ko) → "참여 1회당"   (participations are not persons: never "1인당")
 *   perUnitLabel("hiringTarget", ko)   → null
 */
export function perUnitLabel(kind: PeopleKind, locale: TextLocale): string | null {
  return locale.perUnit[kind];
}

/**
 * The budget divided by the program's count, worded by what the count counts; null when
 * the budget or the count is unknown, the count is 0, or the kind has no per-unit words.
 *   perUnitText(<1억 3500만 원, 교육 대상 69명>, ko)   → "교육 대상 1명당 약 196만 원"
 *   perUnitText(<약 2억 3000만 원, 참여 2,795회>, ko) → "참여 1회당 약 8만 원"
 *   perUnitText(<금액 미공개, 배치 57명>, ko)          → null
 *   perUnitText(<1억 원, 채용 목표 149명>, ko)         → null
 */
export function perUnitText(program: Program, locale: TextLocale): string | null {
  const kind = program.people.counts;
  const unit = kind === null ? null : perUnitLabel(kind, locale);
  const value = budgetPerPerson(program);
  if (unit === null || value === null) return null;
  return locale.patterns.perUnit(unit, locale.formats.perUnit(value));
}

/**
 * perUnitText, or the locale's word for a figure that cannot be computed (:num prints something).
 *   perUnitOrUnknownText(<금액 미공개, 배치 57명>, ko) → "단위당 금액 계산 불가"
 */
export function perUnitOrUnknownText(program: Program, locale: TextLocale): string {
  return perUnitText(program, locale) ?? locale.unknown.perUnit;
}
