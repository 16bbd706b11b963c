import type { TextLocale } from "./locale.ts";

/**
 * A partial ISO date, or a range of two.
 *   dateText("2025-11-05", ko)          → "2025년 11월 5일"
 *   dateText("2022", ko, "2024")        → "2022년~2024년"
 */
export function dateText(start: string, locale: TextLocale, end?: string): string {
  const first = locale.formats.date(start);
  return end === undefined ? first : locale.patterns.range(first, locale.formats.date(end));
}
