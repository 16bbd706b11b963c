import type { LifeStage, PeopleKind, UnitKind } from "../schemas/program.ts";
import type { Counter } from "../format/index.ts";

// Read these words through the locale (src/text/locale-ko.ts: ko.peopleKinds, ko.lifeStages)
// and the functions of src/text/ (kindText, countText, lifeStageText), which put them
// around a value the same way everywhere. They are defined here because src/text/ may
// import src/model/ but not the other way round, and the model and layouts use them too.

/** How each kind of people count reads in Korean copy. */
export const PEOPLE_KIND_LABELS: Readonly<Record<PeopleKind, string>> = {
  enrolled: "교육 대상",
  completed: "수료",
  participations: "참여 연인원",
  supported: "지원",
  placed: "배치",
  hiringTarget: "채용 목표",
};

export const LIFE_STAGE_LABELS: Readonly<Record<LifeStage, string>> = {
  youth: "청년",
  middle: "중장년",
  senior: "어르신",
  // The source assigns job-school and regional-industry no age group: the grouping is ours.
  unassigned: "연령 구분 없음(이 사이트의 분류)",
};

/** Program unit kinds map one to one onto format counters. */
export const UNIT_COUNTERS: Record<UnitKind, Counter> = {
  course: "course",
  project: "project",
  program: "program",
  subProject: "subProject",
  company: "company",
};
