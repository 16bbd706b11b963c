import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { findHandTypedFigures } from "../validate/hand-typed.ts";
import { isDirective, placeInText, reportAt } from "./directive-node.ts";

/** ":num[<사업 id>.people]" → ":num[<program-id>.people]", for the English wording. */
const inEnglish = (directive: string) =>
  directive
    .replace("<사업 id>", "<program-id>")
    .replace("<대회 id>", "<contest-id>")
    .replace("<상 id>", "<award-id>")
    .replace("<숫자 필드>", "<number field>");

/**
 * Money and counts typed into the prose, in digits or in Korean numerals ("186명", "13억 원",
 * "일흔 명", "삼억 원"; the rules are in src/validate/hand-typed.ts). Dates (2025년 11월 5일),
 * ages (50세) and editions (제5회) are allowed. Directives, code and frontmatter are skipped, so
 * a figure that is not data can be wrapped in :literal[...].
 */
export function remarkNoHandTypedFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (isDirective(node) || node.type === "code" || node.type === "inlineCode" || node.type === "yaml") return SKIP;
      if (node.type !== "text" || !node.position) return;
      for (const figure of findHandTypedFigures(node.value)) {
        reportAt(
          file,
          placeInText(node, figure.index, figure.length),
          {
            ko: `직접 적은 숫자 "${figure.text}": 데이터에서 가져오세요: ${figure.directive} (숫자가 아닌 글이면 :literal[…])`,
            en: `hand-typed figure "${figure.text}": take it from the data with ${inEnglish(figure.directive)} (or :literal[…] if it is not data)`,
          },
          "hand-typed-figure",
        );
      }
      return undefined;
    });
  };
}
