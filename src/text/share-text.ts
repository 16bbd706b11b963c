import type { DerivedShare } from "../model/derive.ts";
import type { TextLocale } from "./locale.ts";

/**
 * A share in whole percent; "약" when it was rounded or a term is approximate.
 *   shareText({ share: 0.843, approximate: true }, ko) → "약 84%"
 *   shareText({ share: 0.5, approximate: false }, ko)  → "50%"
 *   shareText({ share: 0.505, approximate: false }, ko) → "약 51%"
 */
export function shareText({ share, approximate }: DerivedShare, locale: TextLocale): string {
  const percent = Math.round(share * 100);
  return locale.patterns.share(percent, approximate || Math.abs(percent - share * 100) > 1e-9);
}
