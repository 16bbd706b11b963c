import type { Program } from "../schemas/program.ts";
import type { TextLocale } from "./locale.ts";

/**
 * Where the money comes from, as the data describes it, or the locale's unknown word
 * (never a guess such as "시 예산").
 *   fundingText({ description: "시 일자리 기금" }, ko) → "시 일자리 기금"
 *   fundingText({ description: null }, ko)            → "재원 미공개"
 */
export function fundingText(funding: Pick<Program["funding"], "description">, locale: TextLocale): string {
  return funding.description ?? locale.unknown.funding;
}
