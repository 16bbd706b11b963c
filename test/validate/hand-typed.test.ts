import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findHandTypedFigures, type HandTypedKind } from "../../src/validate/hand-typed.ts";

const call = (text: string) => `findHandTypedFigures(${JSON.stringify(text)})`;
const texts = (text: string) => findHandTypedFigures(text).map((f) => f.text);

/** [sentence, the one figure found in it, its kind]. */
const FINDS: [string, string, HandTypedKind][] = [
  // money in digits, with Korean units, mixed
  ["예산은 13억 원입니다.", "13억 원", "money"],
  ["예산은 13억이다.", "13억", "money"],
  ["사업비 1,350만 원이 배정됐다.", "1,350만 원", "money"],
  ["약 2억이 더 든다.", "약 2억", "money"],
  ["행사비는 5천만이다.", "5천만", "money"],
  ["참가비는 3000원이다.", "3000원", "money"],
  ["참가비는 3,000 원이다.", "3,000 원", "money"],
  ["보고서에는 135백만 원으로 적혔다.", "135백만 원", "money"],
  ["추가 예산 1.35억은 기금에서 나온다.", "1.35억", "money"],
  ["사업비로 1억 3500만 원이 들었다.", "1억 3500만 원", "money"],
  ["홍보비 1천만 원은 따로 썼다.", "1천만 원", "money"],
  ["지역산업 사업에 2.3억이 들었다.", "2.3억", "money"],
  ["총사업비는 18억 1500만 원이다.", "18억 1500만 원", "money"],
  ["보조금 3억 오천만 원이 나갔다.", "3억 오천만 원", "money"],
  ["보조금 1억오천만 원이 나갔다.", "1억오천만 원", "money"],
  ["사업비는 1억여 원이다.", "1억여 원", "money"],
  ["1조 원 규모의 기금이다.", "1조 원", "money"],
  ["50만 원대 지원금을 준다.", "50만 원", "money"],
  ["천 원짜리 식권을 나눠 줬다.", "천 원", "money"],
  // money in words
  ["참가비로 백만 원을 받았다.", "백만 원", "money"],
  ["기금에서 삼억 원을 끌어왔다.", "삼억 원", "money"],
  ["기금에서 삼억이 나왔다.", "삼억", "money"],
  ["시는 십억을 더 쓰겠다고 했다.", "십억", "money"],
  ["보조금 삼억 오천만 원이 나갔다.", "삼억 오천만 원", "money"],
  ["청년에게는 오천원을 더 준다.", "오천원", "money"],
  ["만 원짜리 상품권을 줬다.", "만 원", "money"],
  ["이천 원을 더 낸다.", "이천 원", "money"],
  ["일억 원이 들었다.", "일억 원", "money"],
  // counts in digits
  ["청년 186명을 지원했습니다.", "186명", "count"],
  ["교육을 받은 사람은 2,795명이다.", "2,795명", "count"],
  ["사업은 모두 26개 사업으로 짜였다.", "26개 사업", "count"],
  ["박람회에는 35개 기업이 참여했다.", "35개 기업", "count"],
  ["사례 24건이 발표됐다.", "24건", "count"],
  ["모두 3개입니다.", "3개", "count"],
  ["상담 부스는 12개소에 있다.", "12개소", "count"],
  ["협력사는 35개사다.", "35개사", "count"],
  ["5개국에서 온 이주민이 참여했다.", "5개국", "count"],
  ["행사에 20여 곳의 기업이 왔다.", "20여 곳", "count"],
  ["3~5명씩 조를 짠다.", "3~5명", "count"],
  ["채용 목표는 1만 2000명이다.", "1만 2000명", "count"],
  ["어르신 3천 명이 일한다.", "3천 명", "count"],
  ["교육은 3과정으로 나뉜다.", "3과정", "count"],
  ["19개 프로그램이 열렸다.", "19개 프로그램", "count"],
  ["도움을 받은 곳은 40가구다.", "40가구", "count"],
  ["186 명이 지원했다.", "186 명", "count"],
  // counts in words, native numerals
  ["일흔 명이 참여했다.", "일흔 명", "number-words"],
  ["스무 명이 뽑혔다.", "스무 명", "number-words"],
  ["교육 장소는 열두 곳이다.", "열두 곳", "number-words"],
  ["민원은 스물네 건이 접수됐다.", "스물네 건", "number-words"],
  ["서른다섯 명이 수료했다.", "서른다섯 명", "number-words"],
  ["공개된 사업은 네 개뿐입니다.", "네 개", "number-words"],
  ["참여 대학은 다섯 곳이다.", "다섯 곳", "number-words"],
  ["아흔 명이 다녀갔다.", "아흔 명", "number-words"],
  ["멘토는 쉰 명 남짓이다.", "쉰 명", "number-words"],
  ["예순 명을 넘었다.", "예순 명", "number-words"],
  ["여든 명이 지원했다.", "여든 명", "number-words"],
  ["마흔두 명이 자격증을 땄다.", "마흔두 명", "number-words"],
  ["스물한 명이 강의했다.", "스물한 명", "number-words"],
  ["열한 명이 취업했다.", "열한 명", "number-words"],
  ["여섯 곳에 창구를 열었다.", "여섯 곳", "number-words"],
  ["여덟 명이 창업했다.", "여덟 명", "number-words"],
  ["아홉 개 과정이 열렸다.", "아홉 개 과정", "number-words"],
  ["한 명이 합격했다.", "한 명", "number-words"],
  ["문을 닫은 곳은 한 곳도 없다.", "한 곳", "number-words"],
  ["세 가지 문제가 지적됐다.", "세 가지", "number-words"],
  ["열 건이 들어왔다.", "열 건", "number-words"],
  ["두 차례 열렸다.", "두 차례", "number-words"],
  ["기간을 세 번 늘렸다.", "세 번", "number-words"],
  ["예산이 두 배로 늘었다.", "두 배", "number-words"],
  ["통과한 곳은 한 기업뿐이었다.", "한 기업", "number-words"],
  ["심사는 한 번밖에 없었다.", "한 번", "number-words"],
  ["두 사람이 가게를 꾸렸다.", "두 사람", "number-words"],
  ["전문가 일곱 분이 상담했다.", "일곱 분", "number-words"],
  ["세 사업 모두 끝났다.", "세 사업", "number-words"],
  ["두 기업이 빠졌다.", "두 기업", "number-words"],
  ["세명이 왔다.", "세명", "number-words"],
  ["문을 열 두 기업은 미정이다.", "두 기업", "number-words"],
  // counts in words, Sino-Korean numerals
  ["칠십 명이 참석했다.", "칠십 명", "number-words"],
  ["지원자는 이천칠백 명이다.", "이천칠백 명", "number-words"],
  ["천 명 규모다.", "천 명", "number-words"],
  ["백 곳이 넘는다.", "백 곳", "number-words"],
  ["이백 명이 몰렸다.", "이백 명", "number-words"],
  ["십이 명이 뽑혔다.", "십이 명", "number-words"],
  ["십여 명이 남았다.", "십여 명", "number-words"],
  ["칠십명이 참석했다.", "칠십명", "number-words"],
  // a native number standing for a count
  ["참여 기관은 모두 넷이다.", "넷", "number-words"],
  ["남은 사업은 둘뿐이다.", "둘", "number-words"],
  // streaks
  ["장관상을 3년 연속 받았습니다.", "3년 연속", "streak"],
  ["우수상을 삼 년 연속 받았다.", "삼 년 연속", "streak"],
  ["세 해 연속 받았다.", "세 해 연속", "streak"],
  ["행사는 5회 연속 열렸다.", "5회 연속", "streak"],
  ["세 번 연속 뽑혔다.", "세 번 연속", "streak"],
];

/** Sentences with no money and no count in them. */
const FINDS_NOTHING: string[] = [
  // dates, durations, ages, editions, ordinals, ranks, rates, labels
  "사업은 2025년 11월 5일 끝났다.",
  "2025년 11월에 열렸다.",
  "2019~2024년 자료도 공개했다.",
  "50세 이상 65세 미만 경력자가 대상이다.",
  "만 65세 이상이면 지원할 수 있다.",
  "이번 행사는 제5회다.",
  "21회 대회가 열렸다.",
  "21회째를 맞았다.",
  "첫째 날과 둘째 날 모두 붐볐다.",
  "세 번째 발표자가 나섰다.",
  "2차 모집을 시작한다.",
  "만족도 1위를 기록했다.",
  "취업률은 10% 올랐다.",
  "시는 ':literal[3관왕]' 대신 3관왕이라고 썼다.",
  "2번 출구로 나오면 된다.",
  "코로나19 사업은 끝났다.",
  "교육은 6개월 과정이다.",
  "교육은 세 개월 남짓이다.",
  "1인당 금액은 계산하지 않았다.",
  "지하철 3호선을 탄다.",
  "4차 산업혁명에 대비한다.",
  "20대 청년이 많았다.",
  "A4 용지 한 장이면 된다.",
  "2025 사업계획이 나왔다.",
  // ordinary words with numeral syllables in them
  "일자리 사업이 늘었다.",
  "십분 이해된다.",
  "백화점에서 일한다.",
  "천천히 살펴봐야 한다.",
  "기업 담당자를 만나다.",
  "구청에서 접수한다.",
  "이상의 내용을 참고하라.",
  "삼성 협력사도 왔다.",
  "오늘 설명회가 열렸다.",
  "육아와 일을 함께 한다.",
  "칠판에 적었다.",
  "농산물을 팔다 보니 늘었다.",
  "공구 사용법을 배웠다.",
  "일한 만큼 번다.",
  "한 사람이 여러 번 참여했다.",
  "사업 구조를 바꿨다.",
  "구조 사업도 있다.",
  "연구원들이 분석했다.",
  "신입 사원을 뽑았다.",
  "지역 사회의 일원이다.",
  "행사장은 만원이었다.",
  "시장이 뜻을 천명했다.",
  "무대 조명이 꺼졌다.",
  "천만다행이다.",
  "사이버 교육을 듣는다.",
  "오일 가격이 올랐다.",
  "이사 업체와 손잡았다.",
  "일일 체험이 인기다.",
  "억울한 사연이 많다.",
  "이천에서 온 참가자다.",
  "일만 하는 삶은 싫다.",
  // native numerals that are not counts here
  "두 건물 사이에 상담소가 있다.",
  "세 사업장을 점검했다.",
  "한 기업 관계자가 말했다.",
  "한 사람도 빠지지 않았다.",
  "한 해 동안 일했다.",
  "한곳에 모였다.",
  "한가지로 보면 된다.",
  "한 번도 빠지지 않았다.",
  "한 배를 탄 셈이다.",
  "새로 문을 열 곳은 미정이다.",
  "일을 한 곳에서 오래 했다.",
  "하루를 쉰 사람도 있다.",
  "세배를 드렸다.",
  "세대 갈등을 줄인다.",
  "세계 경기가 나빠졌다.",
  "네, 그렇습니다.",
  "오전 아홉 시부터 여섯 시까지 연다.",
  "임기는 두 해다.",
  "하나뿐인 청년 공간이다.",
  "둘 다 좋다.",
  // vague quantities
  "두세 명씩 짝을 지었다.",
  "서너 곳이 관심을 보였다.",
  "한두 기업의 사례다.",
  "대여섯 명이 모였다.",
  "수십 명이 줄을 섰다.",
  "수백억 원이 들었다는 추정이다.",
  "몇 명이 취업했는지 모른다.",
  "여러 곳에서 벌인다.",
  "이 사업은 계속된다.",
  "이 곳에서 교육한다.",
  "이 건은 다시 논의한다.",
  "구 시청사 자리다.",
  "오천 년 역사를 배운다.",
  "1억이상",
];

describe("findHandTypedFigures finds each hand-typed figure", () => {
  for (const [text, figure, kind] of FINDS) {
    it(`${call(text)} finds ${JSON.stringify(figure)} (${kind})`, () => {
      const found = findHandTypedFigures(text);
      expect(found.map((f) => [f.text, f.kind])).toEqual([[figure, kind]]);
      expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.length)).toBe(figure);
    });
  }
});

describe("findHandTypedFigures leaves alone what is not a figure", () => {
  for (const text of FINDS_NOTHING.filter((t) => t !== "1억이상")) {
    it(`${call(text)} finds nothing`, () => expect(findHandTypedFigures(text)).toEqual([]));
  }
  it(`${call("1억이상")} finds only "1억" (the 이 of 이상 is no number)`, () =>
    expect(texts("1억이상")).toEqual(["1억"]));
});

describe("findHandTypedFigures says where, and which directive to use", () => {
  it(`${call("청년 186명을 지원했다")} is at index 3, length 4, with :num[<사업 id>.people]`, () =>
    expect(findHandTypedFigures("청년 186명을 지원했다")).toEqual([
      { index: 3, length: 4, text: "186명", kind: "count", directive: ":num[<사업 id>.people]" },
    ]));
  it(`${call("예산은 13억 원")} names :num[<사업 id>.budget]`, () =>
    expect(findHandTypedFigures("예산은 13억 원")[0]?.directive).toBe(":num[<사업 id>.budget]"));
  it(`${call("사업은 네 개뿐")} names :num[<사업 id>.units]`, () =>
    expect(findHandTypedFigures("사업은 네 개뿐")[0]?.directive).toBe(":num[<사업 id>.units]"));
  it(`${call("사례 24건")} names :num[<대회 id>.caseCount]`, () =>
    expect(findHandTypedFigures("사례 24건")[0]?.directive).toBe(":num[<대회 id>.caseCount]"));
  it(`${call("3년 연속 수상")} names :num[<상 id>.streak]`, () =>
    expect(findHandTypedFigures("3년 연속 수상")[0]?.directive).toBe(":num[<상 id>.streak]"));
  it(`${call("두 차례 열렸다")} names :num[<id>.<숫자 필드>]`, () =>
    expect(findHandTypedFigures("두 차례 열렸다")[0]?.directive).toBe(":num[<id>.<숫자 필드>]"));
  it(`${call("186명과 13억 원, 네 곳")} finds all three, left to right`, () =>
    expect(texts("186명과 13억 원, 네 곳")).toEqual(["186명", "13억 원", "네 곳"]));
  it(`${call("약 2억")} keeps 약 in the figure`, () => expect(texts("예산은 약 2억이다")).toEqual(["약 2억"]));
  it(`${call("")} finds nothing`, () => expect(findHandTypedFigures("")).toEqual([]));
});

// Corpora of natural sentences: the guard's false positives and misses, measured.
const corpus = (name: string) =>
  readFileSync(join(import.meta.dirname, "../fixtures/sentences", name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");

describe("findHandTypedFigures on corpora of natural Korean sentences", () => {
  it("finds nothing in test/fixtures/sentences/no-figures.txt (0 false positives)", () => {
    const lines = corpus("no-figures.txt");
    const falsePositives = lines.flatMap((line) => findHandTypedFigures(line).map((f) => `${f.text} ← ${line}`));
    console.log(`no-figures.txt: ${lines.length} sentences, ${falsePositives.length} false positive(s)`);
    expect(lines.length).toBeGreaterThanOrEqual(150);
    expect(falsePositives).toEqual([]);
  });

  it("finds exactly one figure in each line of test/fixtures/sentences/with-figures.txt", () => {
    const lines = corpus("with-figures.txt");
    const wrong = lines.flatMap((line) => {
      const found = texts(line);
      return found.length === 1 ? [] : [`${found.length} found ${JSON.stringify(found)} ← ${line}`];
    });
    console.log(`with-figures.txt: ${lines.length} lines, ${lines.length - wrong.length} found exactly once`);
    expect(lines.length).toBeGreaterThanOrEqual(60);
    expect(wrong).toEqual([]);
  });
});
