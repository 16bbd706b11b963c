import { expect, it } from "vitest";
import { countText, headcountText, kindText } from "../../src/text/count-text.ts";
import { ko } from "../../src/text/locale-ko.ts";

it('countText({ count: 69, counts: "enrolled" }, ko) → "교육 대상 69명"', () =>
  expect(countText({ count: 69, counts: "enrolled" }, ko)).toBe("교육 대상 69명"));
it('countText({ count: 43, counts: "completed" }, ko) → "수료 43명"', () =>
  expect(countText({ count: 43, counts: "completed" }, ko)).toBe("수료 43명"));
it('countText({ count: 2795, counts: "participations" }, ko) → "참여 연인원 2,795명"', () =>
  expect(countText({ count: 2795, counts: "participations" }, ko)).toBe("참여 연인원 2,795명"));
it('countText({ count: 186, counts: "supported" }, ko) → "지원 186명"', () =>
  expect(countText({ count: 186, counts: "supported" }, ko)).toBe("지원 186명"));
it('countText({ count: 57, counts: "placed" }, ko) → "배치 57명"', () =>
  expect(countText({ count: 57, counts: "placed" }, ko)).toBe("배치 57명"));
it('countText({ count: 149, counts: "hiringTarget" }, ko) → "채용 목표 149명"', () =>
  expect(countText({ count: 149, counts: "hiringTarget" }, ko)).toBe("채용 목표 149명"));
it('countText({ count: 0, counts: "placed" }, ko) → "배치 0명" (a known zero is not unknown)', () =>
  expect(countText({ count: 0, counts: "placed" }, ko)).toBe("배치 0명"));
it('countText({ count: null, counts: null }, ko) → "인원 미공개"', () =>
  expect(countText({ count: null, counts: null }, ko)).toBe("인원 미공개"));
it('countText({ count: 12, counts: null }, ko) → "인원 미공개" (never a bare number)', () =>
  expect(countText({ count: 12, counts: null }, ko)).toBe("인원 미공개"));

it('headcountText({ count: 1234, counts: "enrolled" }, ko) → "1,234명"', () =>
  expect(headcountText({ count: 1234, counts: "enrolled" }, ko)).toBe("1,234명"));
it('headcountText({ count: null, counts: null }, ko) → "인원 미공개"', () =>
  expect(headcountText({ count: null, counts: null }, ko)).toBe("인원 미공개"));

it('kindText("participations", ko) → "참여 연인원"', () => expect(kindText("participations", ko)).toBe("참여 연인원"));
it('kindText("hiringTarget", ko) → "채용 목표"', () => expect(kindText("hiringTarget", ko)).toBe("채용 목표"));
it('kindText(null, ko) → "알 수 없음"', () => expect(kindText(null, ko)).toBe("알 수 없음"));
