import { josa } from "es-hangul";
import { PARTICLE_PAIRS } from "./particles-ko.ts";

/**
 * A Korean particle after a value, chosen by how the value ends, so it follows the value
 * when the data changes, also when the value is unknown (es-hangul's josa).
 *   withParticle("1억 3500만 원", "이/가") → "1억 3500만 원이"
 *   withParticle("인원 미공개", "이/가")   → "인원 미공개가"
 *   withParticle("2025년", "으로/로")      → "2025년으로"
 * The particle is given by the caller in the form "after a final consonant/after a vowel".
 */
export function withParticle(text: string, particle: Parameters<typeof josa>[1]): string {
  return `${text}${particleAfter(text, particle)}`;
}

/**
 * The particle alone. Korean takes it from the word before a closing parenthetical or
 * quote ("노인 일자리(시장형 일자리 사업)는", "2022년~2024년 (추정)으로"), which josa,
 * reading only the last character, would get wrong.
 */
function particleAfter(text: string, particle: Parameters<typeof josa>[1]): string {
  const spoken = text.replace(/(?:\s*\([^()]*\)|['"’”」』])+$/u, "") || text;
  return josa(spoken, particle).slice(spoken.length);
}

/**
 * The text written right after a value (:num[…]이 …), with its leading particle chosen by
 * the value instead of by the editor's guess, so it stays right when the value changes
 * (also to 미공개). Text that starts with a space or no particle is left as it is.
 *   fitParticle("금액 미공개", "이 나오지 않았다") → "가 나오지 않았다"
 *   fitParticle("1억 원", "로 늘었다")            → "으로 늘었다"
 *   fitParticle("69명", " 가운데")               → " 가운데"
 */
export function fitParticle(value: string, following: string): string {
  const pair = PARTICLE_PAIRS.find(([written]) => following.startsWith(written));
  if (!pair) return following;
  const [written, particle] = pair;
  return `${particleAfter(value, particle)}${following.slice(written.length)}`;
}
