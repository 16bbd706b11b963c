import { withParticle } from "./particle.ts";
import { COUNTERS } from "../format/counters.ts";
import { formatKoreanDate } from "../format/date.ts";
import { formatCount } from "../format/formatCount.ts";
import { formatKrw } from "../format/formatKrw.ts";
import { formatPerPerson } from "../format/formatPerPerson.ts";
import { LIFE_STAGE_LABELS, PEOPLE_KIND_LABELS } from "../model/labels.ts";
import type { TextLocale } from "./locale.ts";

/**
 * The Korean locale: the one place the site reads the words around its facts from. The
 * number formats and counters are those of src/format/, the labels of people kinds and
 * life stages those of src/model/labels.ts (referred to, not repeated); the rest are here.
 *
 *   countText({ count: 69, counts: "enrolled" }, ko)        → "교육 대상 69명"
 *   perUnitText(<2,795 participations, 약 2.3억>, ko)        → "참여 1회당 약 8만 원" (never "1인당")
 *   sourceCredit(<NSP통신, 2025-12-01>, ko)                  → "NSP통신 (2025년 12월 1일 보도)"
 */
export const ko: TextLocale = {
  decimal: ".",
  thousands: ",",
  grouping: [3],
  currency: ["", "원"],

  formats: {
    money: formatKrw,
    count: formatCount,
    perUnit: formatPerPerson,
    date: formatKoreanDate,
  },

  counters: COUNTERS,
  // Defined in src/model/labels.ts (the model and the layouts refer to them too).
  peopleKinds: PEOPLE_KIND_LABELS,
  lifeStages: LIFE_STAGE_LABELS,
  perUnit: {
    enrolled: "교육 대상 1명당",
    completed: "수료 1명당",
    // Participations are not persons: one person may have taken part several times.
    participations: "참여 1회당",
    supported: "지원 1명당",
    placed: "배치 1명당",
    // 149 is a target set by the companies, not people: nothing to divide by.
    hiringTarget: null,
  },

  unknown: {
    money: "금액 미공개",
    people: "인원 미공개",
    funding: "재원 미공개",
    units: "규모 미공개",
    perUnit: "단위당 금액 계산 불가",
    kind: "알 수 없음",
    edition: "회차 미공개",
    year: "연도 미공개",
    date: "시기 미공개",
  },

  patterns: {
    countOfKind: (kind, count) => `${kind} ${count}`,
    perUnit: (unit, amount) => `${unit} ${amount}`,
    edition: (edition) => `제${edition}회`,
    year: (year) => `${year}년`,
    streak: (years) => `${years}년 연속`,
    noStreak: "연속 수상 아님",
    range: (start, end) => `${start}~${end}`,
    listSeparator: ", ",
    share: (percent, approximate) => `${approximate ? "약 " : ""}${percent}%`,
  },

  story: {
    takeaways: "한눈에 보기",
    contents: "차례",
  },

  unknowns: {
    heading: "아직 모르는 것",
    budget: (names) => `사업비: ${withParticle(names, "은/는")} 보도에 금액이 나오지 않습니다.`,
    funding: (names) => `재원: ${withParticle(names, "은/는")} 돈이 어디서 나왔는지 보도에 나오지 않습니다.`,
    people: (names) => `인원: ${withParticle(names, "은/는")} 몇 명이 참여했는지 보도에 나오지 않습니다.`,
    hires: (name, target) =>
      `실제 채용: ${name}의 ${withParticle(target, "은/는")} 기업들이 세운 목표입니다. 실제로 몇 명이 채용됐는지는 알 수 없습니다.`,
    persons: (name, count) =>
      `참여한 사람 수: ${name}의 ${withParticle(count, "은/는")} 참여 횟수를 더한 값이라, 몇 명이 참여했는지는 알 수 없습니다.`,
    exactAmount: (name, amount) =>
      `정확한 금액: ${name}의 금액은 보도에 ${withParticle(amount, "이라/라")}는 어림값으로만 나옵니다.`,
    awardYear: (award) => `수상 연도: ${withParticle(award, "을/를")} 언제 받았는지 보도에 나오지 않습니다.`,
    verified: (outlet) =>
      `검증: 모든 수치는 시가 내놓은 자료를 옮긴 ${outlet} 보도에서 왔고, 따로 검증된 실적이 아닙니다.`,
  },

  tables: {
    tip: (name, value) => `${name}: ${value}`,
    csv: {
      key: "id",
      amount: (field) => `${field}(원)`,
      approximate: (field) => `${field} 어림값 여부`,
      unknownReason: (field) => `${field} 미공개 사유`,
      kind: "센 대상",
      kindCode: "센 대상 코드",
      unit: "단위",
      start: (field) => `${field} 시작`,
      end: (field) => `${field} 끝`,
      inferred: (field) => `${field} 추정 여부`,
    },
    yes: "예",
    no: "아니요",
  },

  charts: {
    fields: {
      name: "사업",
      budget: "2025년 예산",
      people: "인원 (센 대상)",
      headcount: "인원",
      peopleKind: "센 대상",
      perUnit: "단위당 금액",
      perUnitKind: "단위",
      lifeStage: "생애 단계",
      year: "연도",
      funding: "재원",
      label: "내용",
      when: "시기",
      program: "관련 사업",
      award: "상",
      event: "상 이름",
      prize: "훈격",
      edition: "회차",
      streak: "연속 수상",
      heldOn: "연 날",
      caseCount: "발표 사례",
    },
    tableCaption: (title) => `${title}: 표로 보기`,
    tableToggle: "표로 보기",
    inferred: (text) => `${text} (추정)`,
    knownTotal: (total, count) => `알려진 ${count}개 사업 합계 ${total}`,
    unknownMembers: (count) => `금액 미공개 ${count}개 사업`,
    views: "보기",
    legend: (field) => `범례: ${field}`,
    panel: (facet) => facet,
  },

  source: {
    label: "출처: ",
    published: (date) => ` (${date} 보도)`,
    citation: ({ outlet, headline, reporter, date }) => `${outlet}, 「${headline}」, ${reporter} 기자, ${date}.`,
    link: "기사 보기",
  },
};
