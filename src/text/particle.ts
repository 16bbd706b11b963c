import { josa } from "es-hangul";

/**
 * A Korean particle after a value, chosen by how the value ends, so it follows the value
 * when the data changes, also when the value is unknown (es-hangul's josa).
 *   withParticle("1억 3500만 원", "이/가") → "1억 3500만 원이"
 *   withParticle("인원 미공개", "이/가")   → "인원 미공개가"
 *   withParticle("2025년", "으로/로")      → "2025년으로"
 * The particle is given by the caller in the form "after a final consonant/after a vowel".
 */
export function withParticle(text: string, particle: Parameters<typeof josa>[1]): string {
  return josa(text, particle);
}
