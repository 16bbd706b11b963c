import { expect, it } from "vitest";
import { ko } from "../../src/text/locale-ko.ts";
import { tallyText, unitsText, unitText } from "../../src/text/units-text.ts";

it('tallyText(7, "project", ko) → "7개 사업"', () => expect(tallyText(7, "project", ko)).toBe("7개 사업"));
it('tallyText(24, "case", ko) → "24건"', () => expect(tallyText(24, "case", ko)).toBe("24건"));
it('tallyText(3, "award", ko) → "3개 상"', () => expect(tallyText(3, "award", ko)).toBe("3개 상"));
it('tallyText(1200, "company", ko) → "1,200개 기업"', () =>
  expect(tallyText(1200, "company", ko)).toBe("1,200개 기업"));

it('unitText({ count: 35, unit: "company" }, ko) → "35개 기업"', () =>
  expect(unitText({ count: 35, unit: "company" }, ko)).toBe("35개 기업"));
it('unitText({ count: 19, unit: "program" }, ko) → "19개 프로그램"', () =>
  expect(unitText({ count: 19, unit: "program" }, ko)).toBe("19개 프로그램"));
it('unitText({ count: 3, unit: "subProject" }, ko) → "3개 세부사업"', () =>
  expect(unitText({ count: 3, unit: "subProject" }, ko)).toBe("3개 세부사업"));

it('unitsText([{ count: 3, unit: "course" }, { count: 2, unit: "project" }], ko) → "3개 과정, 2개 사업"', () =>
  expect(
    unitsText(
      [
        { count: 3, unit: "course" },
        { count: 2, unit: "project" },
      ],
      ko,
    ),
  ).toBe("3개 과정, 2개 사업"));
it('unitsText([{ count: 26, unit: "project" }], ko) → "26개 사업"', () =>
  expect(unitsText([{ count: 26, unit: "project" }], ko)).toBe("26개 사업"));
it('unitsText([], ko) → "규모 미공개"', () => expect(unitsText([], ko)).toBe("규모 미공개"));
