import type { LifeStage } from "../schemas/program.ts";
import type { TextLocale } from "./locale.ts";

/**
 * Short labels for a program's fields and for awards and contests.
 *   lifeStageText("middle", ko) → "중장년"
 *   editionText(21, ko)         → "제21회"      editionText(null, ko) → "회차 미공개"
 *   yearText(2025, ko)          → "2025년"      yearText(null, ko)    → "연도 미공개"
 *   streakText({ years: 3 }, ko) → "3년 연속"   streakText(null, ko)  → "연속 수상 아님"
 */
export function lifeStageText(stage: LifeStage, locale: TextLocale): string {
  return locale.lifeStages[stage];
}

export function editionText(edition: number | null, locale: TextLocale): string {
  return edition === null ? locale.unknown.edition : locale.patterns.edition(edition);
}

export function yearText(year: number | null, locale: TextLocale): string {
  return year === null ? locale.unknown.year : locale.patterns.year(year);
}

export function streakText(streak: { years: number } | null, locale: TextLocale): string {
  return streak === null ? locale.patterns.noStreak : locale.patterns.streak(streak.years);
}
