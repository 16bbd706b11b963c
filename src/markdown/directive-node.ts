import type { Node } from "unist";
import type { Text } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";

export type Directive = TextDirective | LeafDirective | ContainerDirective;

export function isDirective(node: Node): node is Directive {
  return node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective";
}

/** The directive's label, `:num[this]`, trimmed; what every directive of ours refers to. */
export function directiveLabel(node: Directive): string {
  return toString(node).trim();
}

/** An author's mistake in words: Korean first, English second, and how to fix it. */
export interface Wording {
  ko: string;
  en: string;
  hint?: string | undefined;
  /** The id the mistake is about (an unknown program…), so follow-on problems can be told apart. */
  refId?: string | undefined;
}

/** The wording a VFile message carries beside its `reason` (which is the Korean text). */
export interface WordedMessage {
  en?: string;
  hint?: string;
  refId?: string;
}

/**
 * Records an author's mistake at the node and goes on, so one run reports every mistake
 * in a file; the story renderer fails afterwards if any were recorded.
 */
export function reportAt(file: VFile, node: Node, wording: Wording | string, ruleId: string): void {
  const words = typeof wording === "string" ? { ko: wording, en: wording } : wording;
  const problem = file.message(words.ko, { place: node.position, ruleId, source: "story" });
  problem.fatal = true;
  Object.assign(problem, { en: words.en, hint: words.hint, refId: words.refId } satisfies WordedMessage);
}

/**
 * A pseudo-node at a match inside a text node, so a report points at the exact column:
 * placeInText(text, 3, 4) is the 4 characters starting 3 characters into `text`.
 */
export function placeInText(node: Text, offset: number, length: number): Node {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const lines = node.value.slice(0, offset).split("\n");
  const line = start.line + lines.length - 1;
  const column = (lines.length === 1 ? start.column : 1) + (lines.at(-1)?.length ?? 0);
  return { type: "text", position: { start: { line, column }, end: { line, column: column + length } } };
}
