import type { Source } from "../schemas/source.ts";
import { ko } from "../text/locale-ko.ts";
import { sourceCreditParts } from "../text/source-credit.ts";
import { h } from "./dom.ts";

/**
 * The credit line under a figure, worded by src/text/ (the same text as sourcesCredit),
 * with each source's outlet linked where it has an address:
 *   "출처: NSP통신 (2025년 12월 1일 보도)"
 */
export function sourceLine(document: Document, sources: readonly Source[]): HTMLElement {
  const line = h(document, "p", { class: "chart-source" }, ko.source.label);
  sources.forEach((source, i) => {
    if (i > 0) line.append(ko.patterns.listSeparator);
    const { outlet, published } = sourceCreditParts(source, ko);
    line.append(source.url ? h(document, "a", { href: source.url }, outlet) : outlet);
    line.append(published);
  });
  return line;
}
