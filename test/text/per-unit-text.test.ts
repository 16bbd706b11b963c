import { expect, it } from "vitest";
import { ko } from "../../src/text/locale-ko.ts";
import { perUnitLabel, perUnitOrUnknownText, perUnitText } from "../../src/text/per-unit-text.ts";
import { program } from "./program.ts";

const won = (amount: number) => ({ amount, approximate: false });
const unknownMoney = { amount: null, approximate: false, unknownReason: "보도에 없음" };

it('perUnitLabel("enrolled", ko) → "교육 대상 1명당"', () =>
  expect(perUnitLabel("enrolled", ko)).toBe("교육 대상 1명당"));
it('perUnitLabel("completed", ko) → "수료 1명당"', () => expect(perUnitLabel("completed", ko)).toBe("수료 1명당"));
it('perUnitLabel("participations", ko) → "참여 1회당"', () =>
  expect(perUnitLabel("participations", ko)).toBe("참여 1회당"));
it('perUnitLabel("supported", ko) → "지원 1명당"', () => expect(perUnitLabel("supported", ko)).toBe("지원 1명당"));
it('perUnitLabel("placed", ko) → "배치 1명당"', () => expect(perUnitLabel("placed", ko)).toBe("배치 1명당"));
it('perUnitLabel("hiringTarget", ko) → null (a target is not people)', () =>
  expect(perUnitLabel("hiringTarget", ko)).toBeNull());

it('perUnitText(<2000만 원, 교육 대상 10명>, ko) → "교육 대상 1명당 200만 원"', () =>
  expect(perUnitText(program(won(20000000), { count: 10, counts: "enrolled" }), ko)).toBe("교육 대상 1명당 200만 원"));
it('perUnitText(<1000만 원, 수료 3명>, ko) → "수료 1명당 약 333만 원"', () =>
  expect(perUnitText(program(won(10000000), { count: 3, counts: "completed" }), ko)).toBe("수료 1명당 약 333만 원"));
it('perUnitText(<1억 원, 참여 1,000회>, ko) → "참여 1회당 10만 원"', () =>
  expect(perUnitText(program(won(100000000), { count: 1000, counts: "participations" }), ko)).toBe(
    "참여 1회당 10만 원",
  ));
it('perUnitText(<1억 원, 참여 7회>, ko) → "참여 1회당 약 1429만 원" (never "1인당")', () =>
  expect(perUnitText(program(won(100000000), { count: 7, counts: "participations" }), ko)).toBe(
    "참여 1회당 약 1429만 원",
  ));
it('perUnitText(<9000원, 지원 2명>, ko) → "지원 1명당 약 5000원"', () =>
  expect(perUnitText(program(won(9000), { count: 2, counts: "supported" }), ko)).toBe("지원 1명당 약 5000원"));
it('perUnitText(<5억 원, 배치 50명>, ko) → "배치 1명당 1000만 원"', () =>
  expect(perUnitText(program(won(500000000), { count: 50, counts: "placed" }), ko)).toBe("배치 1명당 1000만 원"));
it("perUnitText(<1억 원, 채용 목표 100명>, ko) → null", () =>
  expect(perUnitText(program(won(100000000), { count: 100, counts: "hiringTarget" }), ko)).toBeNull());
it("perUnitText(<금액 미공개, 배치 57명>, ko) → null", () =>
  expect(perUnitText(program(unknownMoney, { count: 57, counts: "placed" }), ko)).toBeNull());
it("perUnitText(<1억 원, 인원 미공개>, ko) → null", () =>
  expect(
    perUnitText(program(won(100000000), { count: null, counts: null, unknownReason: "보도에 없음" }), ko),
  ).toBeNull());
it("perUnitText(<1억 원, 교육 대상 0명>, ko) → null (no division by zero)", () =>
  expect(perUnitText(program(won(100000000), { count: 0, counts: "enrolled" }), ko)).toBeNull());

it('perUnitOrUnknownText(<금액 미공개, 배치 57명>, ko) → "단위당 금액 계산 불가"', () =>
  expect(perUnitOrUnknownText(program(unknownMoney, { count: 57, counts: "placed" }), ko)).toBe(
    "단위당 금액 계산 불가",
  ));
it('perUnitOrUnknownText(<1억 원, 채용 목표 100명>, ko) → "단위당 금액 계산 불가"', () =>
  expect(perUnitOrUnknownText(program(won(100000000), { count: 100, counts: "hiringTarget" }), ko)).toBe(
    "단위당 금액 계산 불가",
  ));
it('perUnitOrUnknownText(<2000만 원, 지원 10명>, ko) → "지원 1명당 200만 원"', () =>
  expect(perUnitOrUnknownText(program(won(20000000), { count: 10, counts: "supported" }), ko)).toBe(
    "지원 1명당 200만 원",
  ));
