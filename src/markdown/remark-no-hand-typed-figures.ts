import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { isDirective, placeInText, reportAt } from "./directive-node.ts";

/**
 * Money and counts typed into the prose. Dates (2025년, 11월, 5일), ages (50세) and editions
 * (제5회) are not matched: they are allowed as literals. A figure that is not data can be
 * wrapped in :literal[...].
 */
const HAND_TYPED: { pattern: RegExp; use: string }[] = [
  {
    pattern: /(?:약\s*)?\d[\d,.]*\s*(?:조|억|만|천)(?:\s*\d[\d,.]*\s*(?:억|만|천))*(?:\s*원)?|\d[\d,.]*\s*원/g,
    use: ":num[<program-id>.budget], :num[<program-id>.perPerson] or :num[programs.budgetTotal]",
  },
  {
    pattern: /\d[\d,]*\s*(?:명|개|건|곳|가지|과정|세부사업|사업|기업|프로그램)/g,
    use: ":num[<program-id>.people], :num[<program-id>.units] or :num[<id>.<count field>]",
  },
  { pattern: /\d+\s*년\s*연속/g, use: ":num[<award-id>.streak]" },
  // Counted in words ("네 개뿐"): the counter may carry a particle but not start another
  // word ("두 건물" is a building, not a count).
  {
    pattern:
      /(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:명|개|곳|건|가지|사업|기업|과정)(?=$|[\s.,)뿐을를이가은는의에도만과와])/g,
    use: ":num[...] (or :literal[...] if it is not data)",
  },
];

/** Reports each hand-typed money amount or count in a story's prose, with the directive to use. */
export function remarkNoHandTypedFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (isDirective(node) || node.type === "code" || node.type === "inlineCode" || node.type === "yaml") return SKIP;
      if (node.type !== "text" || !node.position) return;
      for (const { pattern, use } of HAND_TYPED) {
        for (const match of node.value.matchAll(pattern)) {
          reportAt(
            file,
            placeInText(node, match.index, match[0].length),
            `hand-typed figure "${match[0].trim()}": take it from the data with ${use}`,
            "hand-typed-figure",
          );
        }
      }
      return undefined;
    });
  };
}
