import { formatKoreanDate } from "../format/date.ts";
import type { Source } from "../schemas/source.ts";
import { h } from "./dom.ts";

/** "출처: NSP통신 (2025년 12월 1일 보도)", linking each source that has an address. */
export function sourceLine(document: Document, sources: readonly Source[]): HTMLElement {
  const line = h(document, "p", { class: "chart-source" }, "출처: ");
  sources.forEach((source, i) => {
    if (i > 0) line.append(", ");
    line.append(source.url ? h(document, "a", { href: source.url }, source.outlet) : source.outlet);
    line.append(` (${formatKoreanDate(source.publishedAt.slice(0, 10))} 보도)`);
  });
  return line;
}
