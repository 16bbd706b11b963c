import type { Root, RootContent } from "mdast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { renderFigure } from "../figure/render-figure.ts";
import { directiveLabel, isDirective, placeInText, reportAt, type Directive } from "./directive-node.ts";
import { resolveNumber } from "./number-fields.ts";
import type { StoryData } from "./story-data.ts";
import { suggest } from "./suggest.ts";

export interface StoryDirectiveOptions {
  data: StoryData;
  /** Where chart DOM nodes are made (linkedom at build time). */
  document: Document;
}

/** The directives a story may use, and where: `::chart[...]` on its own line, the rest inline. */
export const DIRECTIVES = {
  chart: "leafDirective",
  num: "textDirective",
  program: "textDirective",
  cite: "textDirective",
  literal: "textDirective",
} as const;
const SYNTAX: Record<keyof typeof DIRECTIVES, string> = {
  chart: "::chart[figure-id] on a line of its own",
  num: ":num[id.field] inside a sentence",
  program: ":program[program-id] inside a sentence",
  cite: ":cite[source-id] inside a sentence",
  literal: ":literal[text] inside a sentence",
};

/** Which sources a story cited, in order of first citation; the page numbers its notes by it. */
export function citedSources(file: VFile): string[] {
  return ((file.data as { citedSources?: string[] }).citedSources ??= []);
}

/**
 * The project's directives, bound to the data (see docs/editors-guide.md):
 *   ::chart[money-by-program]      the figure, exactly as a layout renders it
 *   :num[job-school.budget]        a number from the data, in Korean format
 *   :program[job-school]           a link to the program, with its name from the data
 *   :cite[nsp-2025-12-01]          a numbered note linking to the source list
 *   :literal[두 개]                text that is not data, exempt from the figure check
 * A mistake (unknown id or field, missing id, wrong place) is reported at its line and
 * column with the valid choices, closest first.
 */
export function remarkStoryDirectives({ data, document }: StoryDirectiveOptions) {
  return (tree: Root, file: VFile) => {
    const cited = citedSources(file);
    const useCount = new Map<string, number>();

    visit(tree, (node, index, parent) => {
      // "문장 속 ::chart[...]" is not parsed as a directive at all; left alone it would be
      // published as literal text, so it is a mistake too.
      if (node.type === "text") {
        const stray = /::?(chart|num|program|cite|literal)\[/.exec(node.value);
        if (stray)
          reportAt(
            file,
            placeInText(node, stray.index, stray[0].length),
            `"${stray[0]}" was not read as a directive: ${SYNTAX[stray[1] as keyof typeof DIRECTIVES]}`,
            "directive-placement",
          );
        return;
      }
      if (!isDirective(node) || parent === undefined || index === undefined) return;
      const name = node.name as keyof typeof DIRECTIVES;
      const replace = (...nodes: RootContent[]) => parent.children.splice(index, 1, ...(nodes as never[]));
      if (!(name in DIRECTIVES)) {
        reportAt(
          file,
          node,
          `unknown directive "${node.name}"; valid directives: ${suggest(node.name, Object.keys(DIRECTIVES))}. For a colon in plain text, write \\:`,
          "unknown-directive",
        );
        return;
      }
      if (node.type !== DIRECTIVES[name]) {
        reportAt(file, node, `${name} is written ${SYNTAX[name]}`, "directive-placement");
        return;
      }
      const id = directiveLabel(node);
      if (id === "" && name !== "literal") {
        reportAt(file, node, `${name} needs an id: ${SYNTAX[name]}`, "missing-id");
        return;
      }
      switch (name) {
        case "literal":
          replace(...(node.children as RootContent[]));
          return index;
        case "num": {
          const result = resolveNumber(id, data);
          if (!result.ok) return reportAt(file, node, `:num[${id}]: ${result.message}`, "unknown-number");
          replace({ type: "text", value: result.text });
          return index;
        }
        case "program": {
          const program = data.programs.find((p) => p.id === id);
          if (!program)
            return reportAt(
              file,
              node,
              `:program[${id}]: unknown program id; valid ids: ${suggest(
                id,
                data.programs.map((p) => p.id),
              )}`,
              "unknown-program",
            );
          replace({ type: "link", url: `#program-${id}`, children: [{ type: "text", value: program.name }] });
          return index;
        }
        case "cite": {
          if (!data.sources.some((s) => s.id === id)) {
            return reportAt(
              file,
              node,
              `:cite[${id}]: unknown source id; valid ids: ${suggest(
                id,
                data.sources.map((s) => s.id),
              )}`,
              "unknown-source",
            );
          }
          if (!cited.includes(id)) cited.push(id);
          const number = cited.indexOf(id) + 1;
          const uses = (useCount.get(id) ?? 0) + 1;
          useCount.set(id, uses);
          setHast(node, "sup", { className: ["cite"] }, [
            {
              type: "element",
              tagName: "a",
              properties: { href: `#source-${id}`, id: `cite-${id}-${uses}`, ariaLabel: `출처 ${number}` },
              children: [{ type: "text", value: `[${number}]` }],
            },
          ]);
          return;
        }
        case "chart": {
          const figure = data.figures.find((f) => f.id === id);
          if (!figure)
            return reportAt(
              file,
              node,
              `::chart[${id}]: unknown figure id; valid ids: ${suggest(
                id,
                data.figures.map((f) => f.id),
              )}`,
              "unknown-figure",
            );
          const html = renderFigure(figure, { programs: data.programs }, data.sources, document, {
            downloads: data.figureDownloads?.(figure.id),
          }).outerHTML;
          setHast(node, "div", { className: ["chart-block"] }, fromHtml(html, { fragment: true }).children);
          return;
        }
      }
    });
  };
}

/** Tells remark-rehype what HTML a directive becomes. */
function setHast(node: Directive, tagName: string, properties: Record<string, unknown>, children: unknown[]) {
  node.data = {
    ...node.data,
    hName: tagName,
    hProperties: properties,
    hChildren: children,
  } as unknown as Directive["data"];
}
