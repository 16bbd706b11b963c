import { describe, expect, it } from "vitest";
import type { Award } from "../../src/schemas/award.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { shareText } from "../../src/text/share-text.ts";
import { unknownsText } from "../../src/text/unknowns-text.ts";
import { program } from "./program.ts";

const known = (name: string) => ({
  ...program({ amount: 100_000_000, approximate: false }, { count: 10, counts: "enrolled" }),
  name,
  funding: { description: "시 일자리 기금" },
});
const source = { outlet: "시험통신" };
const award = (year: number | null): Award => ({
  id: "test-award",
  year,
  event: "시험 대상",
  edition: null,
  prize: "우수상",
  prizeDescription: "시험",
  streak: null,
  sourceIds: ["test-source"],
});

describe("unknownsText: one sentence per gap in the data, naming what it concerns", () => {
  it("a program with every fact known gives only the verification line", () =>
    expect(unknownsText({ programs: [known("가 사업")], awards: [], sources: [source] }, ko)).toEqual([
      "검증: 모든 수치는 시가 내놓은 자료를 옮긴 시험통신 보도에서 왔고, 따로 검증된 실적이 아닙니다.",
    ]));

  it("names every program without an amount, funding or headcount, with particles that follow the names", () => {
    const noBudget = { ...known("나 사업"), budget: { amount: null, approximate: false, unknownReason: "없음" } };
    const noFunding = { ...known("다 행사"), funding: { description: null, unknownReason: "없음" } };
    const noPeople = { ...known("라 일자리"), people: { count: null, counts: null, unknownReason: "없음" } };
    const lines = unknownsText({ programs: [noBudget, noFunding, noPeople], awards: [], sources: [] }, ko);
    expect(lines).toEqual([
      "사업비: 나 사업은 보도에 금액이 나오지 않습니다.",
      "재원: 다 행사는 돈이 어디서 나왔는지 보도에 나오지 않습니다.",
      "인원: 라 일자리는 몇 명이 참여했는지 보도에 나오지 않습니다.",
    ]);
  });

  it("says a hiring target is not hires, participations are not persons, and an approximate amount is approximate", () => {
    const fair = { ...known("박람회"), people: { count: 149, counts: "hiringTarget" as const } };
    const venue = {
      ...known("공간"),
      budget: { amount: 230_000_000, approximate: true },
      people: { count: 2795, counts: "participations" as const },
    };
    expect(unknownsText({ programs: [fair, venue], awards: [], sources: [] }, ko)).toEqual([
      "실제 채용: 박람회의 채용 목표 149명은 기업들이 세운 목표입니다. 실제로 몇 명이 채용됐는지는 알 수 없습니다.",
      "참여한 사람 수: 공간의 참여 연인원 2,795명은 참여 횟수를 더한 값이라, 몇 명이 참여했는지는 알 수 없습니다.",
      "정확한 금액: 공간의 금액은 보도에 약 2억 3000만 원이라는 어림값으로만 나옵니다.",
    ]);
  });

  it("names an award without a year, and says nothing of a dated one", () => {
    expect(unknownsText({ programs: [], awards: [award(null), award(2025)], sources: [] }, ko)).toEqual([
      "수상 연도: 시험 대상 우수상을 언제 받았는지 보도에 나오지 않습니다.",
    ]);
  });
});

describe("shareText: whole percent, 약 when rounded or approximate", () => {
  it.each([
    [{ share: 0.5, approximate: false }, "50%"],
    [{ share: 0.29, approximate: false }, "29%"],
    [{ share: 0.843, approximate: false }, "약 84%"],
    [{ share: 0.5, approximate: true }, "약 50%"],
    [{ share: 1, approximate: false }, "100%"],
  ])("%o → %s", (share, expected) => expect(shareText(share, ko)).toBe(expected));
});
