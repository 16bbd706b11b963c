import { expect, it } from "vitest";
import { ko } from "../../src/text/locale-ko.ts";
import {
  publishedDateText,
  sourceCitation,
  sourceCredit,
  sourceCreditParts,
  sourcesCredit,
} from "../../src/text/source-credit.ts";

const nsp = { outlet: "NSP통신", publishedAt: "2025-12-01T17:06:00+09:00", headline: "제목", reporter: "강은태" };
// Late in the evening in Korea, already the next day nowhere else: the day is the source's own.
const late = { outlet: "고양신문", publishedAt: "2025-11-06T23:30:00+09:00" };

it('publishedDateText({ publishedAt: "2025-12-01T17:06:00+09:00" }, ko) → "2025년 12월 1일"', () =>
  expect(publishedDateText(nsp, ko)).toBe("2025년 12월 1일"));
it('publishedDateText({ publishedAt: "2025-11-06T23:30:00+09:00" }, ko) → "2025년 11월 6일"', () =>
  expect(publishedDateText(late, ko)).toBe("2025년 11월 6일"));
it('sourceCreditParts(<NSP통신, 2025-12-01>, ko) → { outlet: "NSP통신", published: " (2025년 12월 1일 보도)" }', () =>
  expect(sourceCreditParts(nsp, ko)).toEqual({ outlet: "NSP통신", published: " (2025년 12월 1일 보도)" }));
it('sourceCredit(<NSP통신, 2025-12-01>, ko) → "NSP통신 (2025년 12월 1일 보도)"', () =>
  expect(sourceCredit(nsp, ko)).toBe("NSP통신 (2025년 12월 1일 보도)"));
it('sourcesCredit([<NSP통신, 2025-12-01>], ko) → "출처: NSP통신 (2025년 12월 1일 보도)"', () =>
  expect(sourcesCredit([nsp], ko)).toBe("출처: NSP통신 (2025년 12월 1일 보도)"));
it('sourcesCredit([<NSP통신, 2025-12-01>, <고양신문, 2025-11-06>], ko) → "출처: NSP통신 (…), 고양신문 (…)"', () =>
  expect(sourcesCredit([nsp, late], ko)).toBe("출처: NSP통신 (2025년 12월 1일 보도), 고양신문 (2025년 11월 6일 보도)"));
it('sourceCitation(<NSP통신, 「제목」, 강은태, 2025-12-01>, ko) → "NSP통신, 「제목」, 강은태 기자, 2025년 12월 1일."', () =>
  expect(sourceCitation(nsp, ko)).toBe("NSP통신, 「제목」, 강은태 기자, 2025년 12월 1일."));
