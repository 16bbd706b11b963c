import { expect, it } from "vitest";
import { dateText } from "../../src/text/date-text.ts";
import { fundingText } from "../../src/text/funding-text.ts";
import { editionText, lifeStageText, streakText, yearText } from "../../src/text/labels-text.ts";
import { ko } from "../../src/text/locale-ko.ts";

it('lifeStageText("unassigned", ko) says the grouping is the site\'s own, never "전 세대"', () =>
  expect(lifeStageText("unassigned", ko)).toBe("연령 구분 없음(이 사이트의 분류)"));
it('lifeStageText("middle", ko) → "중장년"', () => expect(lifeStageText("middle", ko)).toBe("중장년"));
it('editionText(21, ko) → "제21회"', () => expect(editionText(21, ko)).toBe("제21회"));
it('editionText(null, ko) → "회차 미공개"', () => expect(editionText(null, ko)).toBe("회차 미공개"));
it('yearText(2025, ko) → "2025년"', () => expect(yearText(2025, ko)).toBe("2025년"));
it('streakText({ years: 3 }, ko) → "3년 연속"', () => expect(streakText({ years: 3 }, ko)).toBe("3년 연속"));
it('streakText(null, ko) → "연속 수상 아님"', () => expect(streakText(null, ko)).toBe("연속 수상 아님"));

it('fundingText({ description: "시 일자리 기금" }, ko) → "시 일자리 기금"', () =>
  expect(fundingText({ description: "시 일자리 기금" }, ko)).toBe("시 일자리 기금"));
it('fundingText({ description: null }, ko) → "재원 미공개" (never "시 예산")', () =>
  expect(fundingText({ description: null }, ko)).toBe("재원 미공개"));

it('dateText("2025-11-05", ko) → "2025년 11월 5일"', () => expect(dateText("2025-11-05", ko)).toBe("2025년 11월 5일"));
it('dateText("2025-04", ko) → "2025년 4월"', () => expect(dateText("2025-04", ko)).toBe("2025년 4월"));
it('dateText("2022", ko, "2024") → "2022년~2024년"', () => expect(dateText("2022", ko, "2024")).toBe("2022년~2024년"));
