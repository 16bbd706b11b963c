import { expect, it } from "vitest";
import { budgetText, budgetTotalText } from "../../src/text/budget-text.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { program } from "./program.ts";

const unknown = { amount: null, approximate: false, unknownReason: "보도에 없음" };

it('budgetText({ amount: 135000000, approximate: false }, ko) → "1억 3500만 원"', () =>
  expect(budgetText({ amount: 135000000, approximate: false }, ko)).toBe("1억 3500만 원"));
it('budgetText({ amount: 230000000, approximate: true }, ko) → "약 2억 3000만 원"', () =>
  expect(budgetText({ amount: 230000000, approximate: true }, ko)).toBe("약 2억 3000만 원"));
it('budgetText({ amount: 1300000000, approximate: false }, ko) → "13억 원"', () =>
  expect(budgetText({ amount: 1300000000, approximate: false }, ko)).toBe("13억 원"));
it('budgetText({ amount: 0, approximate: false }, ko) → "0원" (a known zero is not unknown)', () =>
  expect(budgetText({ amount: 0, approximate: false }, ko)).toBe("0원"));
it('budgetText({ amount: null, approximate: false }, ko) → "금액 미공개"', () =>
  expect(budgetText({ amount: null, approximate: false }, ko)).toBe("금액 미공개"));
it("budgetText({ amount: 1.5, approximate: false }, ko) throws (money is whole won)", () =>
  expect(() => budgetText({ amount: 1.5, approximate: false }, ko)).toThrow(/integer/));

it('budgetTotalText([1억, 약 2억 5000만, 미공개], ko) → "약 3억 5000만 원"', () =>
  expect(
    budgetTotalText(
      [
        program({ amount: 100000000, approximate: false }, { count: 1, counts: "enrolled" }),
        program({ amount: 250000000, approximate: true }, { count: 1, counts: "enrolled" }),
        program(unknown, { count: 1, counts: "enrolled" }),
      ],
      ko,
    ),
  ).toBe("약 3억 5000만 원"));
it('budgetTotalText([1억, 3000만], ko) → "1억 3000만 원"', () =>
  expect(
    budgetTotalText(
      [
        program({ amount: 100000000, approximate: false }, { count: 1, counts: "enrolled" }),
        program({ amount: 30000000, approximate: false }, { count: 1, counts: "enrolled" }),
      ],
      ko,
    ),
  ).toBe("1억 3000만 원"));
it('budgetTotalText([], ko) → "0원"', () => expect(budgetTotalText([], ko)).toBe("0원"));
