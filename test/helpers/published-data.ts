/**
 * data/ as the published site's tests read it: plain JSON (not through the site's schemas,
 * loaders or model), from the project a build was made of, so that what a test expects
 * follows an editor's correction. The expected text of a figure is built here with the
 * formats of src/format/, which have their own unit tests on fixed values.
 */
import { formatCount, formatKrw, formatPerPerson, type Counter } from "../../src/format/index.ts";
import { formatKoreanDate } from "../../src/format/date.ts";
import { jsonFilesIn, readJson } from "./site-data.ts";

export interface RawProgram {
  id: string;
  name: string;
  year: number;
  summary: string;
  budget: { amount: number | null; approximate: boolean; unknownReason?: string };
  people: { count: number | null; counts: string | null; unknownReason?: string };
  funding: { description: string | null; unknownReason?: string };
  lifeStage: string;
  units: { count: number; unit: string }[];
}

export interface RawFigure {
  id: string;
  mark: string;
  title: string;
  data: { dataset: string; ids?: string[]; where?: Record<string, unknown[]> };
  sourceIds: string[];
}

export interface RawAward {
  id: string;
  event: string;
  edition: number | null;
  prize: string;
  /** null where the source does not date the award. */
  year: number | null;
  streak: { years: number } | null;
}

export interface RawContest {
  id: string;
  name: string;
  edition: number;
  heldOn: string;
  caseCount: number;
}

export interface RawTimelineEvent {
  id: string;
  start: string;
  end?: string;
  label: string;
  inferred: boolean;
}

export interface RawSource {
  id: string;
  outlet: string;
  headline: string;
  publishedAt: string;
}

/** What each value of people.counts is called on the page (the README's vocabulary). */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  enrolled: "교육 대상",
  completed: "수료",
  participations: "참여 연인원",
  supported: "지원",
  placed: "배치",
  hiringTarget: "채용 목표",
};

export interface PublishedData {
  programs: RawProgram[];
  figures: RawFigure[];
  awards: RawAward[];
  contests: RawContest[];
  timeline: RawTimelineEvent[];
  sources: RawSource[];
}

/** data/ of the project at `root` (a built copy's directory, or the repository), as plain JSON. */
export function readPublishedData(root: string): PublishedData {
  const each = <T>(dir: string) => jsonFilesIn(dir, root).map((file) => readJson(file, root) as T);
  const list = <T>(file: string) => readJson(file, root) as T[];
  return {
    programs: each<RawProgram>("data/programs"),
    figures: each<RawFigure>("data/figures"),
    awards: list<RawAward>("data/awards.json"),
    contests: list<RawContest>("data/contests.json"),
    timeline: list<RawTimelineEvent>("data/timeline.json"),
    sources: list<RawSource>("data/sources.json"),
  };
}

/** "1억 3500만 원", "약 2억 3000만 원", or "금액 미공개". */
export function budgetText({ budget }: RawProgram): string {
  return budget.amount === null ? "금액 미공개" : formatKrw(budget.amount, { approximate: budget.approximate });
}

/** "교육 대상 69명", or "인원 미공개". */
export function peopleText({ people }: RawProgram): string {
  if (people.count === null || people.counts === null) return "인원 미공개";
  return `${KIND_LABELS[people.counts] ?? `(unknown kind ${people.counts})`} ${formatCount(people.count, "person")}`;
}

/** "3개 과정", "35개 기업": one per unit. */
export function unitTexts({ units }: RawProgram): string[] {
  return units.map((u) => formatCount(u.count, u.unit as Counter));
}

/** "약 196만 원": the budget over the program's own count, or null where either is unknown or the count is 0. */
export function perPersonText({ budget, people }: RawProgram): string | null {
  if (budget.amount === null || people.count === null || people.count === 0) return null;
  return formatPerPerson(budget.amount / people.count);
}

/** The sum of the known budgets, "약 " if any term is approximate: "약 18억 1500만 원". */
export function budgetTotalText(programs: readonly RawProgram[]): string {
  const known = programs.filter((p) => p.budget.amount !== null);
  const sum = known.reduce((total, p) => total + p.budget.amount!, 0);
  return formatKrw(sum, { approximate: known.some((p) => p.budget.approximate) });
}

/** "2025년 11월 5일"; a range as the timeline writes it, "2022년~2024년". */
export function dateText(start: string, end?: string): string {
  return end === undefined ? formatKoreanDate(start) : `${formatKoreanDate(start)}~${formatKoreanDate(end)}`;
}
