import { formatCount, formatKrw, formatPerPerson } from "../format/index.ts";
import { budgetPerPerson, knownBudgetTotal } from "../model/derive.ts";
import { PEOPLE_KIND_LABELS, UNIT_COUNTERS } from "../model/labels.ts";
import type { Award } from "../schemas/award.ts";
import type { Contest } from "../schemas/contest.ts";
import type { Program } from "../schemas/program.ts";
import type { StoryData } from "./story-data.ts";
import type { Wording } from "./directive-node.ts";
import { suggest } from "./suggest.ts";
import { didYouMean } from "../text/did-you-mean.ts";

/**
 * What `:num[<id>.<field>]` can print: for each kind of record, the fields that are
 * numbers, each with its Korean format. An unknown value prints as unknown (미공개),
 * never as 0 and never as nothing.
 */
type Fields<T> = Record<string, (record: T, data: StoryData) => string>;

const PROGRAM_FIELDS: Fields<Program> = {
  budget: ({ budget }) =>
    budget.amount === null ? "금액 미공개" : formatKrw(budget.amount, { approximate: budget.approximate }),
  people: ({ people }) => (people.count === null ? "인원 미공개" : formatCount(people.count, "person")),
  peopleWithKind: ({ people }) =>
    people.count === null || people.counts === null
      ? "인원 미공개"
      : `${PEOPLE_KIND_LABELS[people.counts]} ${formatCount(people.count, "person")}`,
  perPerson: (program) => {
    const value = budgetPerPerson(program);
    return value === null ? "1인당 금액 계산 불가" : formatPerPerson(value);
  },
  units: ({ units }) =>
    units.length === 0 ? "규모 미공개" : units.map((u) => formatCount(u.count, UNIT_COUNTERS[u.unit])).join(", "),
  year: ({ year }) => `${year}년`,
};

const AWARD_FIELDS: Fields<Award> = {
  edition: ({ edition }) => (edition === null ? "회차 미공개" : `제${edition}회`),
  streak: ({ streak }) => (streak === null ? "연속 수상 아님" : `${streak.years}년 연속`),
  year: ({ year }) => `${year}년`,
};

const CONTEST_FIELDS: Fields<Contest> = {
  edition: ({ edition }) => `제${edition}회`,
  caseCount: ({ caseCount }) => formatCount(caseCount, "case"),
};

/** Figures about the whole data set, computed, never typed: `:num[programs.budgetTotal]`. */
const AGGREGATES: Record<string, Fields<StoryData>> = {
  programs: {
    count: ({ programs }) => formatCount(programs.length, "project"),
    budgetTotal: ({ programs }) => {
      const total = knownBudgetTotal(programs);
      return formatKrw(total.amount, { approximate: total.approximate });
    },
    knownBudgetCount: ({ programs }) => formatCount(knownBudgetTotal(programs).programCount, "project"),
    unknownBudgetCount: ({ programs }) =>
      formatCount(programs.length - knownBudgetTotal(programs).programCount, "project"),
  },
  awards: {
    count: ({ awards }) => formatCount(awards.length, "award"),
  },
};

export type NumberResult = { ok: true; text: string } | { ok: false; wording: Wording };

function lookup<T extends object>(
  record: T,
  field: string,
  fields: Fields<T>,
  data: StoryData,
  id: string,
): NumberResult {
  const format = fields[field];
  if (format) return { ok: true, text: format(record, data) };
  const numeric = Object.keys(fields);
  if (field in record) {
    return {
      ok: false,
      wording: {
        ko: `"${id}"의 "${field}" 항목은 숫자가 아니라서 :num으로 쓸 수 없습니다.`,
        en: `field "${field}" of "${id}" is not a number; number fields: ${numeric.join(", ")}`,
        hint: `숫자 항목: ${numeric.join(", ")}`,
      },
    };
  }
  return {
    ok: false,
    wording: {
      ko: `"${id}"에는 "${field}" 항목이 없습니다.`,
      en: `unknown field "${field}" of "${id}"; valid fields: ${suggest(field, numeric)}`,
      hint: [didYouMean(field, numeric), `쓸 수 있는 항목: ${suggest(field, numeric)}`].filter(Boolean).join(" "),
    },
  };
}

/**
 * Resolves "<id>.<field>" against the data: resolveNumber("job-school.budget", data)
 * → { ok: true, text: "1억 3500만 원" }.
 */
export function resolveNumber(path: string, data: StoryData): NumberResult {
  const match = /^([a-z0-9-]+)\.([A-Za-z]+)$/.exec(path);
  if (!match)
    return {
      ok: false,
      wording: {
        ko: `:num[…] 안에는 "<id>.<항목>"을 적어야 하는데 "${path}"이(가) 적혀 있습니다.`,
        en: `expected <id>.<field>, such as job-school.budget or programs.budgetTotal; got "${path}"`,
        hint: "예: :num[job-school.budget], :num[programs.budgetTotal]",
      },
    };
  const [, id, field] = match as unknown as [string, string, string];
  const aggregate = AGGREGATES[id];
  if (aggregate) return lookup(data, field, aggregate, data, id);
  const program = data.programs.find((p) => p.id === id);
  if (program) return lookup(program, field, PROGRAM_FIELDS, data, id);
  const award = data.awards.find((a) => a.id === id);
  if (award) return lookup(award, field, AWARD_FIELDS, data, id);
  const contest = data.contests.find((c) => c.id === id);
  if (contest) return lookup(contest, field, CONTEST_FIELDS, data, id);
  const ids = [
    ...Object.keys(AGGREGATES),
    ...data.programs.map((p) => p.id),
    ...data.awards.map((a) => a.id),
    ...data.contests.map((c) => c.id),
  ];
  return {
    ok: false,
    wording: {
      ko: `없는 id "${id}"입니다.`,
      en: `unknown id "${id}"; valid ids: ${suggest(id, ids)}`,
      hint: [didYouMean(id, ids), `쓸 수 있는 id: ${suggest(id, ids)}`].filter(Boolean).join(" "),
      refId: id,
    },
  };
}
