import { knownBudgetShare, knownBudgetTotal } from "../model/derive.ts";
import type { Award } from "../schemas/award.ts";
import type { Contest } from "../schemas/contest.ts";
import { LIFE_STAGES, type LifeStage, type Program } from "../schemas/program.ts";
import type { StoryData } from "./story-data.ts";
import type { Wording } from "./directive-node.ts";
import { choices, didYouMean } from "../text/did-you-mean.ts";
import { budgetText, budgetTotalText } from "../text/budget-text.ts";
import { countText, headcountText } from "../text/count-text.ts";
import { dateText } from "../text/date-text.ts";
import { editionText, streakText, yearText } from "../text/labels-text.ts";
import { ko } from "../text/locale-ko.ts";
import { perUnitOrUnknownText } from "../text/per-unit-text.ts";
import { shareText } from "../text/share-text.ts";
import { tallyText, unitsText } from "../text/units-text.ts";

/**
 * What `:num[<id>.<field>]` can print: for each kind of record, the fields that are
 * numbers, each worded by src/text/ (the same wording as the charts and the cards). An
 * unknown value prints as unknown (미공개), never as 0 and never as nothing.
 */
type Fields<T> = Record<string, (record: T, data: StoryData) => string>;

const PROGRAM_FIELDS: Fields<Program> = {
  budget: ({ budget }) => budgetText(budget, ko),
  people: ({ people }) => headcountText(people, ko),
  peopleWithKind: ({ people }) => countText(people, ko),
  // Money per counted unit, worded by what was counted ("참여 1회당 약 8만 원").
  perUnit: (program) => perUnitOrUnknownText(program, ko),
  units: ({ units }) => unitsText(units, ko),
  year: ({ year }) => yearText(year, ko),
  // Its part of the known money of every program: "약 72%"; unknown where its own amount is.
  shareOfKnownBudget: (program, { programs }) => shareOfKnown([program], programs),
};

/** A share of the known money, or the unknown-money word where the part has no known amount. */
function shareOfKnown(part: readonly Program[], all: readonly Program[]): string {
  const share = knownBudgetTotal(part).programCount === 0 ? null : knownBudgetShare(part, all);
  return share === null ? ko.unknown.money : shareText(share, ko);
}

/** One life stage's programs, as `:num[youth.budgetTotal]` names them. */
const stageFields = (stage: LifeStage): Fields<StoryData> => {
  const members = (programs: readonly Program[]) => programs.filter((p) => p.lifeStage === stage);
  return {
    count: ({ programs }) => tallyText(members(programs).length, "project", ko),
    budgetTotal: ({ programs }) => budgetTotalText(members(programs), ko),
    knownBudgetCount: ({ programs }) => tallyText(knownBudgetTotal(members(programs)).programCount, "project", ko),
    shareOfKnownBudget: ({ programs }) => shareOfKnown(members(programs), programs),
  };
};

const AWARD_FIELDS: Fields<Award> = {
  edition: ({ edition }) => editionText(edition, ko),
  streak: ({ streak }) => streakText(streak, ko),
  year: ({ year }) => yearText(year, ko),
};

const CONTEST_FIELDS: Fields<Contest> = {
  edition: ({ edition }) => editionText(edition, ko),
  caseCount: ({ caseCount }) => tallyText(caseCount, "case", ko),
  heldOn: ({ heldOn }) => dateText(heldOn, ko),
};

/** Figures about the whole data set, computed, never typed: `:num[programs.budgetTotal]`. */
const AGGREGATES: Record<string, Fields<StoryData>> = {
  programs: {
    count: ({ programs }) => tallyText(programs.length, "project", ko),
    budgetTotal: ({ programs }) => budgetTotalText(programs, ko),
    knownBudgetCount: ({ programs }) => tallyText(knownBudgetTotal(programs).programCount, "project", ko),
    unknownBudgetCount: ({ programs }) =>
      tallyText(programs.length - knownBudgetTotal(programs).programCount, "project", ko),
  },
  awards: {
    count: ({ awards }) => tallyText(awards.length, "award", ko),
  },
  ...Object.fromEntries(LIFE_STAGES.map((stage) => [stage, stageFields(stage)])),
};

/** Older field names that keep working; the lists in messages name only the current one. */
const FIELD_ALIASES: Readonly<Record<string, string>> = { perPerson: "perUnit" };

export type NumberResult = { ok: true; text: string } | { ok: false; wording: Wording };

function lookup<T extends object>(
  record: T,
  field: string,
  fields: Fields<T>,
  data: StoryData,
  id: string,
): NumberResult {
  const format = fields[field] ?? (Object.hasOwn(FIELD_ALIASES, field) ? fields[FIELD_ALIASES[field]!] : undefined);
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
      en: `unknown field "${field}" of "${id}"; valid fields: ${choices(field, numeric)}`,
      hint: [didYouMean(field, numeric), `쓸 수 있는 항목: ${choices(field, numeric)}`].filter(Boolean).join(" "),
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
      en: `unknown id "${id}"; valid ids: ${choices(id, ids)}`,
      hint: [didYouMean(id, ids), `쓸 수 있는 id: ${choices(id, ids)}`].filter(Boolean).join(" "),
      refId: id,
    },
  };
}
