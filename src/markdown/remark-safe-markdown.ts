import type { Root } from "mdast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportAt } from "./directive-node.ts";

/** URL schemes a story may link to; anything else (javascript:, data:, vbscript:...) is refused. */
export const SAFE_SCHEMES = ["http:", "https:", "mailto:"];

/** A relative link, a #fragment, or an absolute URL with a safe scheme. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "");
  // "//host/path" leaves the site while looking relative.
  if (compact.startsWith("//")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.includes(`${scheme.toLowerCase()}:`);
}

/**
 * The stories' raw-HTML policy: forbidden. Editors write Markdown and the project's
 * directives; a raw HTML tag or a link with an unsafe scheme is an error at its
 * file:line:column, never silently dropped or published. By default the first finding
 * stops processing (file.fail), which is what a processor without a final check needs;
 * the story renderer passes `failFast: false` to collect every finding and fail once.
 */
export function remarkSafeMarkdown({ failFast = true }: { failFast?: boolean } = {}) {
  return (tree: Root, file: VFile) => {
    const report = (node: Node, message: string, ruleId: string) =>
      failFast ? file.fail(message, node, ruleId) : reportAt(file, node, message, ruleId);
    visit(tree, (node) => {
      if (node.type === "html") {
        const snippet = node.value.trim().slice(0, 60);
        report(
          node,
          `raw HTML is not allowed in stories: \`${snippet}\`. Write it as Markdown instead (see docs/ or README "Editing").`,
          "safe-markdown:html",
        );
      }
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && !isSafeUrl(node.url)) {
        report(
          node,
          `unsafe link target \`${node.url.slice(0, 60)}\`: use an http(s) or mailto address, a relative path or a #fragment.`,
          "safe-markdown:url",
        );
      }
    });
  };
}
