import { PEOPLE_KINDS } from "../schemas/program.ts";
import type { RuleKey } from "../schemas/messages.ts";

/** What a schema rule says to an editor; `hint` may use the value that broke it. */
export interface Wording {
  ko: string;
  en: string;
  hint?: (value: unknown) => string | undefined;
}

/** "2025.12.01" → "2025-12-01": the date an editor most likely meant. */
function dashedDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^\s*(\d{4})\s*[./년\s-]\s*(\d{1,2})(?:\s*[./월\s-]\s*(\d{1,2})\s*일?)?\s*\.?\s*$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const two = (part: string) => part.padStart(2, "0");
  return `"${y}-${two(m as string)}${d ? `-${two(d)}` : ""}"`;
}

/** The Korean words for each named schema rule (src/schemas/messages.ts). */
export const SCHEMA_WORDING: Record<RuleKey, Wording> = {
  "id.kebab": {
    ko: "id는 영어 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다.",
    en: "must be kebab-case: lowercase letters, digits and single hyphens (e.g. job-school)",
    hint: (value) =>
      typeof value === "string" && value.trim() !== ""
        ? `예: "${
            value
              .trim()
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, "-")
              .replace(/^-|-$/g, "") || "job-school"
          }"`
        : '예: "job-school"',
  },
  "sourceIds.min": {
    ko: "출처 id를 하나 이상 적어야 합니다.",
    en: "cite at least one source id from data/sources.json",
    hint: () => 'data/sources.json에 있는 출처 id를 적으세요. 예: ["nsp-2025-12-01"]',
  },
  "text.empty": {
    ko: "비어 있으면 안 됩니다.",
    en: "must not be empty",
    hint: () => "글을 적거나, 필요 없는 항목이면 지우세요.",
  },
  "date.partial": {
    ko: "날짜 모양이 맞지 않습니다. YYYY, YYYY-MM, YYYY-MM-DD 가운데 하나로 적으세요.",
    en: "must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-11-05)",
    hint: (value) => (dashedDate(value) ? `${dashedDate(value)}처럼 적으세요.` : '예: "2025-11-05", "2025-04", "2019"'),
  },
  "date.real": { ko: "달력에 없는 날짜입니다.", en: "is not a real calendar day", hint: () => "월과 일을 확인하세요." },
  "date.iso-day": {
    ko: "날짜는 YYYY-MM-DD 모양으로 적어야 합니다.",
    en: "must be a date written YYYY-MM-DD",
    hint: (value) => (dashedDate(value) ? `${dashedDate(value)}처럼 적으세요.` : '예: "2025-12-01"'),
  },
  "date.iso-datetime": {
    ko: "날짜와 시각은 시간대까지 붙여 적어야 합니다.",
    en: "must be an ISO date-time with offset (e.g. 2025-12-01T17:06:00+09:00)",
    hint: () => '예: "2025-12-01T17:06:00+09:00"',
  },
  "url.http": {
    ko: "http:// 또는 https://로 시작하는 주소여야 합니다.",
    en: "must be an http(s) URL",
    hint: () => "주소 전체를 붙여 넣으세요.",
  },
  "krw.integer": {
    ko: "금액은 원 단위 정수로 적어야 합니다.",
    en: "must be a whole number of won (money is integer KRW)",
    hint: (value) => (typeof value === "number" ? `소수점 없이 적으세요 (예: ${Math.trunc(value)}).` : undefined),
  },
  "krw.negative": {
    ko: "금액은 0보다 작을 수 없습니다.",
    en: "must not be negative",
    hint: () => "빼기(-) 표시를 지우세요.",
  },
  "krw.too-large": {
    ko: "금액이 너무 큽니다 (한 항목에 10조 원 미만).",
    en: "is too large (at most 10^13 won for one record)",
    hint: () => "0의 개수를 확인하세요. 13억 원은 1300000000입니다.",
  },
  "count.integer": { ko: "개수는 정수여야 합니다.", en: "must be a whole number", hint: () => "소수점 없이 적으세요." },
  "count.negative": { ko: "개수는 0보다 작을 수 없습니다.", en: "must not be negative" },
  "count.too-large": {
    ko: "개수가 너무 큽니다 (천만 미만).",
    en: "is too large (at most ten million)",
    hint: () => "자릿수를 확인하세요.",
  },
  "budget.amount-or-reason": {
    ko: "금액을 적거나, 금액을 모르면 amount를 null로 두고 unknownReason에 이유를 적어야 합니다.",
    en: "give either an amount, or amount: null together with unknownReason",
    hint: () => '예: "budget": { "amount": null, "approximate": false, "unknownReason": "보도에 금액이 나오지 않음" }',
  },
  "budget.unknown-approximate": {
    ko: "모르는 금액은 어림값(approximate: true)일 수 없습니다.",
    en: "an unknown amount cannot be approximate",
    hint: () => '"approximate": false로 고치세요.',
  },
  "people.count-or-reason": {
    ko: "인원을 적거나, 모르면 count를 null로 두고 unknownReason에 이유를 적어야 합니다.",
    en: "give either a count, or count: null together with unknownReason",
  },
  "people.counts-kind": {
    ko: "인원이 무엇을 센 숫자인지 counts에 적어야 합니다.",
    en: `say what the count counts: one of ${PEOPLE_KINDS.join(", ")}`,
    hint: () => `쓸 수 있는 값: ${PEOPLE_KINDS.join(", ")}`,
  },
  "funding.description-or-reason": {
    ko: "재원을 적거나, 모르면 description을 null로 두고 unknownReason에 이유를 적어야 합니다.",
    en: "give either a description, or description: null together with unknownReason",
  },
  "source.url-or-reason": {
    ko: "기사 주소를 적거나, 모르면 url을 null로 두고 urlUnknownReason에 이유를 적어야 합니다.",
    en: "give either a url, or url: null together with urlUnknownReason",
  },
  "story.updated-before-published": {
    ko: "수정일(updated)이 발행일(published)보다 앞섭니다.",
    en: "updated must not be before published",
    hint: () => "updated를 published와 같거나 그 뒤 날짜로 고치세요.",
  },
  "timeline.end-before-start": {
    ko: "끝(end)이 시작(start)보다 앞섭니다.",
    en: "end must not be before start",
    hint: () => "start와 end를 바꿔 적었는지 확인하세요.",
  },
  "figure.ids-min": {
    ko: "그림에 넣을 id를 하나 이상 적어야 합니다.",
    en: "list at least one id",
    hint: () => "보여 줄 항목의 id를 적거나, 데이터 전체를 그리려면 ids를 지우세요.",
  },
  "figure.field-name": {
    ko: "필드 이름은 영어 소문자로 시작하는 낱말이어야 합니다.",
    en: "a field name is a camelCase word",
    hint: () => '예: "budget", "people", "lifeStage"',
  },
  "figure.format-name": {
    ko: "형식 이름은 영어 소문자로 시작하는 낱말이어야 합니다.",
    en: "a format name is a camelCase word",
    hint: () => '예: "krw", "krwCompact", "count", "perUnit", "date"',
  },
  "figure.dataset-name": {
    ko: "데이터 묶음 이름은 영어 소문자로 시작하는 낱말이어야 합니다.",
    en: "a dataset name is a camelCase word",
    hint: () => '예: "programs", "timeline", "awards", "table"',
  },
  "figure.mark-name": {
    ko: "그래프 모양(mark) 이름은 영어 소문자로 시작하는 낱말이어야 합니다.",
    en: "a mark name is a camelCase word",
    hint: () => '예: "bar", "dot", "glyph", "smallMultiples", "timeline", "stackedBar"',
  },
  "list.min": { ko: "목록이 비어 있습니다.", en: "the list is empty", hint: () => "항목을 하나 이상 넣으세요." },
  "year.integer": { ko: "연도는 정수로 적어야 합니다.", en: "must be a whole year", hint: () => "예: 2025" },
  "year.range": {
    ko: "연도는 2000년에서 2100년 사이여야 합니다.",
    en: "must be between 2000 and 2100",
    hint: () => "예: 2025",
  },
  "award.streak-needs-year": {
    ko: "연속 수상(streak)은 마지막 해가 있어야 하는데 연도(year)가 null입니다.",
    en: "a streak needs the award's year: it runs up to that year",
    hint: () => "보도가 연도를 밝혔다면 year에 적고, 밝히지 않았다면 streak를 null로 두세요.",
  },
};
