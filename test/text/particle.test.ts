import { describe, expect, it } from "vitest";
import { fitParticle, withParticle } from "../../src/text/particle.ts";

it('withParticle("1억 3500만 원", "이/가") → "1억 3500만 원이"', () =>
  expect(withParticle("1억 3500만 원", "이/가")).toBe("1억 3500만 원이"));
it('withParticle("교육 대상 69명", "이/가") → "교육 대상 69명이"', () =>
  expect(withParticle("교육 대상 69명", "이/가")).toBe("교육 대상 69명이"));
it('withParticle("인원 미공개", "이/가") → "인원 미공개가"', () =>
  expect(withParticle("인원 미공개", "이/가")).toBe("인원 미공개가"));
it('withParticle("금액 미공개", "을/를") → "금액 미공개를"', () =>
  expect(withParticle("금액 미공개", "을/를")).toBe("금액 미공개를"));
it('withParticle("약 196만 원", "은/는") → "약 196만 원은"', () =>
  expect(withParticle("약 196만 원", "은/는")).toBe("약 196만 원은"));
it('withParticle("참여 1회당 약 8만 원", "이에요/예요") → "참여 1회당 약 8만 원이에요"', () =>
  expect(withParticle("참여 1회당 약 8만 원", "이에요/예요")).toBe("참여 1회당 약 8만 원이에요"));
it('withParticle("3개 과정", "으로/로") → "3개 과정으로"', () =>
  expect(withParticle("3개 과정", "으로/로")).toBe("3개 과정으로"));
it('withParticle("2023~2025년", "으로/로") → "2023~2025년으로"', () =>
  expect(withParticle("2023~2025년", "으로/로")).toBe("2023~2025년으로"));
it('withParticle("24건", "와/과") → "24건과"', () => expect(withParticle("24건", "와/과")).toBe("24건과"));

describe("fitParticle: the particle an editor wrote after a value follows the value", () => {
  it.each([
    ["금액 미공개", "이 나오지 않았다", "가 나오지 않았다"],
    ["인원 미공개", "으로 남았다", "로 남았다"],
    ["1억 원", "로 늘었다", "으로 늘었다"],
    ["교육 대상 69명", "는 교육을 받았다", "은 교육을 받았다"],
    ["재원 미공개", "이라는 뜻", "라는 뜻"],
    ["3개 과정", "와 함께", "과 함께"],
    ["약 84%", "을 차지", "를 차지"],
    // The particle follows the word before a parenthetical, not the bracket.
    ["노인 일자리(시장형 일자리 사업)", "를 보세요", "를 보세요"],
    ["신중년 경력형 일자리 사업(2019~)", "를 보세요", "을 보세요"],
    ["2022년~2024년 (추정)", "로 보인다", "으로 보인다"],
  ])("%s + %s → %s", (value, following, expected) => expect(fitParticle(value, following)).toBe(expected));

  it("leaves text that does not start with a particle as it is", () => {
    expect(fitParticle("69명", " 가운데")).toBe(" 가운데");
    expect(fitParticle("69명", "입니다")).toBe("입니다");
    expect(fitParticle("69명", "")).toBe("");
  });
});
