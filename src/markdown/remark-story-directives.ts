import type { Heading, Root, RootContent } from "mdast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { renderFigure } from "../figure/render-figure.ts";
import { FIGURE_ALIAS_RULE } from "../schemas/messages.ts";
import { choices, didYouMean } from "../text/did-you-mean.ts";
import { directiveLabel, isDirective, placeInText, reportAt, type Directive, type Wording } from "./directive-node.ts";
import { ko } from "../text/locale-ko.ts";
import { fitParticle } from "../text/particle.ts";
import { unknownsText, type UnknownsInput } from "../text/unknowns-text.ts";
import { resolveNumber } from "./number-fields.ts";
import type { StoryData } from "./story-data.ts";

export interface StoryDirectiveOptions {
  data: StoryData;
  /** Where chart DOM nodes are made (linkedom at build time). */
  document: Document;
}

/** The directives a story may use, and where: `::chart[...]` on its own line, the rest inline. */
export const DIRECTIVES = {
  chart: "leafDirective",
  takeaways: "containerDirective",
  unknowns: "leafDirective",
  num: "textDirective",
  program: "textDirective",
  cite: "textDirective",
  literal: "textDirective",
} as const;
type Name = keyof typeof DIRECTIVES;

const SYNTAX: Record<Name, { ko: string; en: string }> = {
  chart: { ko: "::chart[그림-id]는 한 줄에 따로 적습니다", en: "::chart[figure-id] on a line of its own" },
  takeaways: {
    ko: ":::takeaways 줄과 ::: 줄 사이에 목록(- …)을 적습니다",
    en: "a list between a :::takeaways line and a ::: line",
  },
  unknowns: { ko: "::unknowns는 한 줄에 따로 적습니다", en: "::unknowns on a line of its own" },
  num: { ko: ":num[id.항목]은 문장 안에 적습니다", en: ":num[id.field] inside a sentence" },
  program: { ko: ":program[사업-id]는 문장 안에 적습니다", en: ":program[program-id] inside a sentence" },
  cite: { ko: ":cite[출처-id]는 문장 안에 적습니다", en: ":cite[source-id] inside a sentence" },
  literal: { ko: ":literal[글]은 문장 안에 적습니다", en: ":literal[text] inside a sentence" },
};

const NAMES = Object.keys(DIRECTIVES).join("|");
/** "문장 속 ::chart[" : written like a directive, but the parser left it as text. */
const STRAY = new RegExp(`::?(${NAMES})\\[`);
/** A directive written with full-width punctuation (a Korean IME's ：, ［ ］, 「 」): never parsed. */
const FULL_WIDTH = new RegExp(`([:：]{1,2})(${NAMES})\\s*([\\[［「『【])`, "g");

/** Which sources a story cited, in order of first citation; the page numbers its notes by it. */
export function citedSources(file: VFile): string[] {
  return ((file.data as { citedSources?: string[] }).citedSources ??= []);
}

function unknownId(kind: string, what: string, written: string, id: string, valid: string[]): Wording {
  return {
    ko: `${written}: 없는 ${what} id "${id}"입니다.`,
    en: `${written}: unknown ${kind} id; valid ids: ${choices(id, valid)}`,
    hint: [didYouMean(id, valid), `쓸 수 있는 id: ${choices(id, valid)}`].filter(Boolean).join(" "),
    refId: id,
  };
}

/**
 * `::chart[<old>]` of a renamed figure: its old embeds still work (formerIds), but a story
 * names the figure by its id, so the page's own anchor and links follow the new name.
 */
function renamedFigure(old: string, current: string): Wording {
  return {
    ko: `::chart[${old}]: 이 그래프는 ${current}로 이름이 바뀌었습니다: ::chart[${current}]로 고치세요.`,
    en: `::chart[${old}]: the figure was renamed to ${current}; write ::chart[${current}]`,
    hint: `data/figures/${current}.json의 formerIds에 "${old}"이(가) 있습니다. 예전 주소(/embed/${old}/)는 그대로 열리지만, 기사에는 지금 id를 적습니다.`,
    refId: current,
  };
}

/**
 * The project's directives, bound to the data (see docs/editors-guide.md):
 *   ::chart[money-by-program]      the figure, exactly as a layout renders it
 *   :num[job-school.budget]        a number from the data, in Korean format
 *   :program[job-school]           a link to the program, with its name from the data
 *   :cite[nsp-2025-12-01]          a numbered note linking to the source list
 *   :literal[두 개]                text that is not data, exempt from the figure check
 * A mistake (unknown id or field, missing id or bracket, wrong place, full-width
 * punctuation, a chart placed twice) is reported at its line and column, in Korean, with
 * the closest valid choice.
 */
export function remarkStoryDirectives({ data, document }: StoryDirectiveOptions) {
  const programHref = data.programHref ?? ((id: string) => `/programs/${id}/`);
  return (tree: Root, file: VFile) => {
    const cited = citedSources(file);
    const useCount = new Map<string, number>();
    const placedCharts = new Map<string, number>();
    const boxes = new Map<string, number>();
    const mentioned = mentionedData(tree, data);

    visit(tree, (node, index, parent) => {
      if (node.type === "text") {
        for (const match of node.value.matchAll(FULL_WIDTH)) {
          const [written, colons, name, bracket] = match as unknown as [string, string, Name, string];
          if (!/[：［「『【]/.test(colons + bracket)) continue;
          reportAt(
            file,
            placeInText(node, match.index, written.length),
            {
              ko: `"${written}"에 전각 문장부호(${[...new Set((colons + bracket).match(/[：［「『【]/g))].join(" ")})가 있어 지시어로 읽히지 않았습니다.`,
              en: `"${written}" uses full-width punctuation and was not read as a directive`,
              hint: `반각 문자로 적으세요: ${name === "chart" ? "::" : ":"}${name}[…] (한글 입력기를 영문으로 바꾸고 : [ ]를 치세요)`,
            },
            "directive-full-width",
          );
        }
        const stray = STRAY.exec(node.value);
        if (stray) {
          const name = stray[1] as Name;
          reportAt(
            file,
            placeInText(node, stray.index, stray[0].length),
            {
              ko: `"${stray[0]}"이(가) 지시어로 읽히지 않았습니다: ${SYNTAX[name].ko}.`,
              en: `"${stray[0]}" was not read as a directive: ${SYNTAX[name].en}`,
            },
            "directive-placement",
          );
        }
        return;
      }
      if (!isDirective(node) || parent === undefined || index === undefined) return;
      const name = node.name as Name;
      const replace = (...nodes: RootContent[]) => parent.children.splice(index, 1, ...(nodes as never[]));
      if (!(name in DIRECTIVES)) {
        const valid = Object.keys(DIRECTIVES);
        reportAt(
          file,
          node,
          {
            ko: `모르는 지시어 "${node.name}"입니다.`,
            en: `unknown directive "${node.name}"; valid directives: ${choices(node.name, valid)}. For a colon in plain text, write \\:`,
            hint: [didYouMean(node.name, valid), `글 속의 쌍점(:)이라면 \\:로 적으세요.`].filter(Boolean).join(" "),
          },
          "unknown-directive",
        );
        return;
      }
      if (node.type !== DIRECTIVES[name]) {
        reportAt(
          file,
          node,
          { ko: `${SYNTAX[name].ko}.`, en: `${name} is written ${SYNTAX[name].en}` },
          "directive-placement",
        );
        return;
      }
      if (name === "takeaways" || name === "unknowns") {
        const placed = boxes.get(name);
        if (placed !== undefined)
          return reportAt(
            file,
            node,
            {
              ko: `${name === "takeaways" ? ":::takeaways" : "::unknowns"}: 이미 ${placed}번째 줄에 넣었습니다.`,
              en: `${name} is already placed on line ${placed}; a story has one`,
              hint: "한 이야기에는 한 번만 넣으세요.",
            },
            "box-placed-twice",
          );
        boxes.set(name, node.position?.start.line ?? 0);
        if (name === "unknowns") {
          setHast(
            node,
            "aside",
            { className: ["unknowns"], ariaLabelledby: "unknowns-heading" },
            unknownsBox(mentioned),
          );
          return;
        }
        if (!node.children.some((child) => child.type === "list"))
          return reportAt(
            file,
            node,
            {
              ko: ":::takeaways 안에 목록이 없습니다.",
              en: "takeaways holds no list",
              hint: "줄마다 - 로 시작하는 목록으로 핵심 내용을 3~4개 적으세요.",
            },
            "takeaways-list",
          );
        node.data = {
          ...node.data,
          hName: "aside",
          hProperties: { className: ["takeaways"], ariaLabelledby: "takeaways-heading" },
        } as unknown as Directive["data"];
        const heading: Heading = {
          type: "heading",
          depth: 2,
          children: [{ type: "text", value: ko.story.takeaways }],
          data: { hProperties: { id: "takeaways-heading" } },
        };
        (node.children as RootContent[]).unshift(heading);
        return;
      }
      const id = directiveLabel(node);
      if (id === "" && name !== "literal") {
        const next = parent.children[index + 1];
        if (next?.type === "text" && /^[［「『【]/.test(next.value)) {
          reportAt(
            file,
            node,
            {
              ko: `":${name}${next.value[0]}"에 전각 괄호(${next.value[0]})가 있어 지시어로 읽히지 않았습니다.`,
              en: `":${name}${next.value[0]}" uses a full-width bracket and was not read as a directive`,
              hint: `반각 괄호로 적으세요: ${name === "chart" ? "::" : ":"}${name}[…]`,
            },
            "directive-full-width",
          );
          return;
        }
        const unclosed = next?.type === "text" && next.value.startsWith("[");
        reportAt(
          file,
          node,
          unclosed
            ? {
                ko: `:${name}[ 의 닫는 대괄호 ]가 없습니다.`,
                en: `${name}: the closing ] is missing`,
                hint: `${name === "chart" ? "::" : ":"}${name}[…]처럼 ]로 닫으세요.`,
              }
            : { ko: `${name}에 id가 없습니다: ${SYNTAX[name].ko}.`, en: `${name} needs an id: ${SYNTAX[name].en}` },
          unclosed ? "unclosed-directive" : "missing-id",
        );
        return;
      }
      switch (name) {
        case "literal":
          replace(...(node.children as RootContent[]));
          return index;
        case "num": {
          const result = resolveNumber(id, data);
          if (!result.ok) {
            const { ko, en, hint, refId } = result.wording;
            return reportAt(
              file,
              node,
              { ko: `:num[${id}]: ${ko}`, en: `:num[${id}]: ${en}`, hint, refId },
              "unknown-number",
            );
          }
          // The particle written after the number is chosen by the number ("금액 미공개가", "1억 원이").
          const next = parent.children[index + 1];
          if (next?.type === "text") next.value = fitParticle(result.text, next.value);
          replace({ type: "text", value: result.text });
          return index;
        }
        case "program": {
          const program = data.programs.find((p) => p.id === id);
          if (!program) {
            const valid = data.programs.map((p) => p.id);
            return reportAt(file, node, unknownId("program", "사업", `:program[${id}]`, id, valid), "unknown-program");
          }
          const after = parent.children[index + 1];
          if (after?.type === "text") after.value = fitParticle(program.name, after.value);
          replace({ type: "link", url: programHref(id), children: [{ type: "text", value: program.name }] });
          return index;
        }
        case "cite": {
          if (!data.sources.some((s) => s.id === id)) {
            const valid = data.sources.map((s) => s.id);
            return reportAt(file, node, unknownId("source", "출처", `:cite[${id}]`, id, valid), "unknown-source");
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
          if (!figure) {
            const renamed = data.figures.find((f) => f.formerIds?.includes(id));
            if (renamed) return reportAt(file, node, renamedFigure(id, renamed.id), FIGURE_ALIAS_RULE.renamedChart);
            const valid = data.figures.map((f) => f.id);
            return reportAt(file, node, unknownId("figure", "그림", `::chart[${id}]`, id, valid), "unknown-figure");
          }
          const firstLine = placedCharts.get(id);
          if (firstLine !== undefined) {
            // Its ids (figure-<id>, the table's) would appear twice on the page.
            return reportAt(
              file,
              node,
              {
                ko: `::chart[${id}]: 같은 그림을 이미 ${firstLine}번째 줄에 넣었습니다.`,
                en: `::chart[${id}]: the figure is already placed on line ${firstLine}; a page shows each figure once`,
                hint: "한 이야기에는 그림을 한 번만 넣으세요. 다시 가리키려면 링크 [그림](#figure-…)를 쓰세요.",
                refId: id,
              },
              "chart-placed-twice",
            );
          }
          placedCharts.set(id, node.position?.start.line ?? 0);
          const html = renderFigure(figure, data, data.sources, document, {
            downloads: data.figureDownloads?.(figure.id),
          }).outerHTML;
          setHast(node, "div", { className: ["chart-block"] }, fromHtml(html, { fragment: true }).children);
          return;
        }
      }
    });
  };
}

/**
 * What the story is about, for ::unknowns: the programs its :program links name (in the
 * data's order) and, where it places an awards figure or a number of an award, the awards.
 */
function mentionedData(tree: Root, data: StoryData): UnknownsInput {
  const programIds = new Set<string>();
  let awards = false;
  visit(tree, (node) => {
    if (!isDirective(node)) return;
    const id = directiveLabel(node);
    if (node.name === "program") programIds.add(id);
    if (node.name === "chart" && data.figures.find((f) => f.id === id)?.data.dataset === "awards") awards = true;
    if (node.name === "num" && (id.startsWith("awards.") || data.awards.some((a) => id.startsWith(`${a.id}.`))))
      awards = true;
  });
  return {
    programs: data.programs.filter((p) => programIds.has(p.id)),
    awards: awards ? data.awards : [],
    sources: data.sources,
  };
}

/** The ::unknowns box: its heading and one list item per gap (src/text/unknowns-text.ts). */
function unknownsBox(input: UnknownsInput): unknown[] {
  const text = (value: string) => ({ type: "text", value });
  const element = (tagName: string, properties: Record<string, unknown>, children: unknown[]) => ({
    type: "element",
    tagName,
    properties,
    children,
  });
  return [
    element("h2", { id: "unknowns-heading" }, [text(ko.unknowns.heading)]),
    element(
      "ul",
      {},
      unknownsText(input, ko).map((line) => element("li", {}, [text(line)])),
    ),
  ];
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
