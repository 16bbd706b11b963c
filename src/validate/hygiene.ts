/**
 * Characters that must not reach a page, found with their offset:
 *   - bidi controls (U+202E turns "31억 원" into "원 억13" on screen; Trojan Source);
 *   - invisible fillers and zero-width characters (a title of U+3164 renders as a blank <h1>);
 *   - NUL and other control characters (published raw they break XML downloads);
 *   - lone surrogates (not text at all: no font draws them, no encoder accepts them).
 * Tab and line breaks are allowed only where text may span lines (Markdown bodies).
 */
export interface BadCharacter {
  index: number;
  character: string;
  code: string;
  ruleId: "text/bidi" | "text/invisible" | "text/control" | "text/surrogate";
  ko: string;
  en: string;
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B\u200C\u2060-\u2064\u3164\uFEFF\uFFA0]/;
const CONTROL_INLINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function findBadCharacters(text: string, { multiline = false } = {}): BadCharacter[] {
  const found: BadCharacter[] = [];
  const control = multiline ? CONTROL_MULTILINE : CONTROL_INLINE;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const character = text[i] as string;
    const code = `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
    const high = unit >= 0xd800 && unit <= 0xdbff;
    if (high && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      i++; // a well-formed pair: one character outside the BMP (emoji, rare Hanja)
      continue;
    }
    if (high || (unit >= 0xdc00 && unit <= 0xdfff)) {
      found.push({
        index: i,
        character,
        code,
        ruleId: "text/surrogate",
        ko: `깨진 글자(${code}, 짝 없는 서로게이트)가 있습니다.`,
        en: `lone surrogate ${code}`,
      });
    } else if (BIDI.test(character)) {
      found.push({
        index: i,
        character,
        code,
        ruleId: "text/bidi",
        ko: `글자 방향을 바꾸는 보이지 않는 문자(${code})가 있습니다.`,
        en: `bidirectional control character ${code}`,
      });
    } else if (INVISIBLE.test(character)) {
      found.push({
        index: i,
        character,
        code,
        ruleId: "text/invisible",
        ko: `보이지 않는 문자(${code})가 있습니다.`,
        en: `invisible character ${code}`,
      });
    } else if (control.test(character)) {
      const name = unit === 0 ? "NUL" : code;
      found.push({
        index: i,
        character,
        code,
        ruleId: "text/control",
        ko: `제어 문자(${name})가 있습니다.`,
        en: `control character ${name}`,
      });
    }
  }
  return found;
}

/** The fix for every kind: the character cannot be seen, so say how to find it. */
export const BAD_CHARACTER_HINT =
  "복사해 붙여 넣을 때 딸려 온 문자입니다. 이 자리의 글자를 지우고 직접 다시 입력하세요.";
