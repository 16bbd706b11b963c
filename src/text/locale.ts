import type { Counter } from "../format/counters.ts";
import type { FormatKrwOptions } from "../format/formatKrw.ts";
import type { LifeStage, PeopleKind } from "../schemas/program.ts";

/**
 * The shape of a locale for the site's wording: d3-format's `formatLocale` definition
 * (`decimal`, `thousands`, `grouping`, `currency`) extended with the number formats of the
 * language and every word the text functions put around a value. The functions of
 * src/text/ take one and contain no words of their own, so an English edition is a second
 * object of this shape (`locale-en.ts`), not a hunt through files.
 *
 *   budgetText({ amount: 135000000, approximate: false }, ko) → "1억 3500만 원"
 *   budgetText({ amount: null, approximate: false }, ko)      → ko.unknown.money ("금액 미공개")
 *
 * Patterns are functions of the already formatted parts, because word order differs
 * between languages ("교육 대상 69명" / "69 enrolled").
 */
export interface TextLocale {
  /** As in d3-format: the decimal point, the thousands separator, group sizes, currency [prefix, suffix]. */
  decimal: string;
  thousands: string;
  grouping: readonly number[];
  currency: readonly [string, string];

  /** The language's number formats (for Korean, src/format/). */
  formats: {
    /** Whole money: "1억 3500만 원", "약 2억 3000만 원". */
    money(amount: number, options?: FormatKrwOptions): string;
    /** A count with its counter: "2,795명", "26개 사업". */
    count(count: number, counter: Counter): string;
    /** Money that is the result of a division, rounded: "약 196만 원". */
    perUnit(amount: number): string;
    /** A partial ISO date ("2025", "2025-04", "2025-11-05"): "2025년 11월 5일". */
    date(isoDate: string): string;
  };

  /** What `formats.count` writes after the digits, per counter ("명", "개 사업"). */
  counters: Readonly<Record<Counter, string>>;
  /** What each kind of people count is called: enrolled → "교육 대상". */
  peopleKinds: Readonly<Record<PeopleKind, string>>;
  /** The life-stage groups: youth → "청년". */
  lifeStages: Readonly<Record<LifeStage, string>>;
  /**
   * Money per counted unit, worded by what the count counts: enrolled → "교육 대상 1명당",
   * participations → "참여 1회당". null where dividing makes no sense (a hiring target is
   * not people): no per-unit figure is written at all.
   */
  perUnit: Readonly<Record<PeopleKind, string | null>>;

  /** What is shown where the source gives no value: never 0, never nothing. */
  unknown: {
    money: string;
    people: string;
    funding: string;
    units: string;
    perUnit: string;
    kind: string;
    edition: string;
    /** An award the source does not date. */
    year: string;
    /** A date cell or event without a date. */
    date: string;
  };

  /** Words and orders around values. */
  patterns: {
    /** kind label + count: ("교육 대상", "69명") → "교육 대상 69명". */
    countOfKind(kind: string, count: string): string;
    /** per-unit words + money: ("교육 대상 1명당", "약 196만 원") → "교육 대상 1명당 약 196만 원". */
    perUnit(unit: string, amount: string): string;
    /** An edition: 21 → "제21회". */
    edition(edition: number): string;
    /** A year: 2025 → "2025년". */
    year(year: number): string;
    /** Consecutive years: 3 → "3년 연속". */
    streak(years: number): string;
    /** Not a streak: what `streakText(null)` says. */
    noStreak: string;
    /** A date range: ("2022년", "2024년") → "2022년~2024년". */
    range(start: string, end: string): string;
    /** Between the items of a list: "3개 과정, 2개 사업". */
    listSeparator: string;
    /** A share in whole percent, "약" when rounded or approximate: (84, true) → "약 84%". */
    share(percent: number, approximate: boolean): string;
  };

  /** The story page's own headings. */
  story: {
    /** The summary box at the top of a story (:::takeaways). */
    takeaways: string;
    /** The table of contents. */
    contents: string;
  };

  /** The "what we don't know" list (src/text/unknowns-text.ts): one sentence per gap in the data. */
  unknowns: {
    /** The box's heading. */
    heading: string;
    /** Programs without an amount: ("A, B") → "사업비: A, B는 금액이 공개되지 않았습니다." */
    budget(names: string): string;
    funding(names: string): string;
    people(names: string): string;
    /** A hiring target, not hires: (name, "채용 목표 149명"). */
    hires(name: string, target: string): string;
    /** Participations, not persons: (name, "참여 연인원 2,795명"). */
    persons(name: string, count: string): string;
    /** An approximate amount: (name, "약 2억 3000만 원"). */
    exactAmount(name: string, amount: string): string;
    /** An award the source does not date: (its event and prize). */
    awardYear(award: string): string;
    /** That every figure is the city's own account: (outlet). */
    verified(outlet: string): string;
  };

  /** The words of the charts' tables and the CSV downloads (headers, yes/no). */
  tables: {
    /** A mark's tooltip: ("내일 꿈 제작소", "약 2억 3000만 원") → "내일 꿈 제작소: 약 2억 3000만 원". */
    tip(name: string, value: string): string;
    /**
     * A figure's CSV headers (src/downloads/figure-csv.ts): the row key's, and the columns a
     * field's raw values take, around the field's header ("2025년 예산" → "2025년 예산(원)").
     */
    csv: {
      key: string;
      amount(field: string): string;
      approximate(field: string): string;
      unknownReason(field: string): string;
      kind: string;
      kindCode: string;
      unit: string;
      start(field: string): string;
      end(field: string): string;
      inferred(field: string): string;
    };
    yes: string;
    no: string;
  };

  /** The words the chart grammar (src/charts/) puts around values. */
  charts: {
    /** A table column's or CSV column's header, by dataset field ("budget" → "예산"). */
    fields: Readonly<Record<string, string>>;
    /** A figure's data table caption: (title) → "사업별 예산: 표로 보기". */
    tableCaption(title: string): string;
    /** The control that opens a figure's data table: "표로 보기". */
    tableToggle: string;
    /** After a date or span the source does not state, worked out from its wording: "(추정)". */
    inferred(text: string): string;
    /** A stacked bar's total: ("약 16억 원", 4) → "알려진 4개 사업 합계 약 16억 원". */
    knownTotal(total: string, count: number): string;
    /** Members of a group without a value: 2 → "금액 미공개 2개 사업". */
    unknownMembers(count: number): string;
    /** The name of the control that switches views: "보기". */
    views: string;
    /** The legend's name: ("센 대상") → "범례: 센 대상". */
    legend(field: string): string;
    /** A small multiple's heading: ("교육 대상 1명당") → "교육 대상 1명당". */
    panel(facet: string): string;
  };

  /** How a source is credited under a figure and cited in the source list. */
  source: {
    /** Before the credits of a figure: "출처: ". */
    label: string;
    /** After the outlet, the day it reported: "2025년 12월 1일" → " (2025년 12월 1일 보도)". */
    published(date: string): string;
    /** The full citation: "NSP통신, 「제목」, 강은태 기자, 2025년 12월 1일." */
    citation(parts: { outlet: string; headline: string; reporter: string; date: string }): string;
    /** The text of the link to the report itself: "기사 보기". */
    link: string;
  };
}
