import type { Node } from "unist";
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

/**
 * Records an author's mistake at the node and goes on, so one run reports every mistake
 * in a file; the story renderer fails afterwards if any were recorded.
 */
export function reportAt(file: VFile, node: Node, message: string, ruleId: string): void {
  const problem = file.message(message, { place: node.position, ruleId, source: "story" });
  problem.fatal = true;
}
