import type { Source } from "../schemas/source.ts";
import type { TextLocale } from "./locale.ts";

type Credited = Pick<Source, "outlet" | "publishedAt">;

/**
 * The day a source reported, from its publishedAt as written (its own zone, so no time
 * zone can move the day).
 *   publishedDateText({ publishedAt: "2025-12-01T17:06:00+09:00" }, ko) → "2025년 12월 1일"
 */
export function publishedDateText(source: Pick<Source, "publishedAt">, locale: TextLocale): string {
  return locale.formats.date(source.publishedAt.slice(0, 10));
}

/**
 * A source's credit in two parts, so a page can link the outlet.
 *   sourceCreditParts(<NSP통신, 2025-12-01>, ko) → { outlet: "NSP통신", published: " (2025년 12월 1일 보도)" }
 */
export function sourceCreditParts(source: Credited, locale: TextLocale): { outlet: string; published: string } {
  return { outlet: source.outlet, published: locale.source.published(publishedDateText(source, locale)) };
}

/**
 * A source's credit as text.
 *   sourceCredit(<NSP통신, 2025-12-01>, ko) → "NSP통신 (2025년 12월 1일 보도)"
 */
export function sourceCredit(source: Credited, locale: TextLocale): string {
  const { outlet, published } = sourceCreditParts(source, locale);
  return `${outlet}${published}`;
}

/**
 * The credit line of a figure, every source it cites.
 *   sourcesCredit([<NSP통신, 2025-12-01>, <고양신문, 2025-11-06>], ko)
 *     → "출처: NSP통신 (2025년 12월 1일 보도), 고양신문 (2025년 11월 6일 보도)"
 */
export function sourcesCredit(sources: readonly Credited[], locale: TextLocale): string {
  return `${locale.source.label}${sources.map((s) => sourceCredit(s, locale)).join(locale.patterns.listSeparator)}`;
}

/**
 * The full citation of the source list.
 *   sourceCitation(<NSP통신, 「제목」, 강은태, 2025-12-01>, ko) → "NSP통신, 「제목」, 강은태 기자, 2025년 12월 1일."
 */
export function sourceCitation(
  source: Pick<Source, "outlet" | "headline" | "reporter" | "publishedAt">,
  locale: TextLocale,
): string {
  const { outlet, headline, reporter } = source;
  return locale.source.citation({ outlet, headline, reporter, date: publishedDateText(source, locale) });
}
