import type { PeopleKind, Program } from "../schemas/program.ts";
import type { TextLocale } from "./locale.ts";

type People = Pick<Program["people"], "count" | "counts">;

/**
 * A people count with what it counts, or the locale's unknown word; never a bare number.
 *   countText({ count: 69, counts: "enrolled" }, ko)      → "교육 대상 69명"
 *   countText({ count: 2795, counts: "participations" }, ko) → "참여 연인원 2,795명"
 *   countText({ count: null, counts: null }, ko)          → "인원 미공개"
 */
export function countText(people: People, locale: TextLocale): string {
  if (people.count === null || people.counts === null) return locale.unknown.people;
  return locale.patterns.countOfKind(locale.peopleKinds[people.counts], locale.formats.count(people.count, "person"));
}

/**
 * The count alone, for a place that says what it counts beside it (a table column, :num[x.people]).
 *   headcountText({ count: 69, counts: "enrolled" }, ko) → "69명"
 *   headcountText({ count: null, counts: null }, ko)     → "인원 미공개"
 */
export function headcountText(people: People, locale: TextLocale): string {
  return people.count === null ? locale.unknown.people : locale.formats.count(people.count, "person");
}

/**
 * What a count counts.
 *   kindText("hiringTarget", ko) → "채용 목표"
 *   kindText(null, ko)           → "알 수 없음"
 */
export function kindText(kind: PeopleKind | null, locale: TextLocale): string {
  return kind === null ? locale.unknown.kind : locale.peopleKinds[kind];
}
