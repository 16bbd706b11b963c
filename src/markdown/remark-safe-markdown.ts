import type { Root } from "mdast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportAt, type Wording } from "./directive-node.ts";

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
    const report = (node: Node, wording: Wording, ruleId: string) =>
      failFast ? file.fail(`${wording.ko} / ${wording.en}`, node, ruleId) : reportAt(file, node, wording, ruleId);
    visit(tree, (node) => {
      if (node.type === "html") {
        const snippet = node.value.trim().slice(0, 60);
        report(
          node,
          {
            ko: `이야기에는 HTML 태그를 쓸 수 없습니다: \`${snippet}\``,
            en: `raw HTML is not allowed in stories: \`${snippet}\`. Write it as Markdown instead (see docs/editors-guide.md).`,
            hint: "마크다운으로 바꿔 쓰세요. 태그를 글자로 보여 주려면 `<div>`처럼 백틱으로 감싸세요.",
          },
          "safe-markdown:html",
        );
      }
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && !isSafeUrl(node.url)) {
        report(
          node,
          {
            ko: `안전하지 않은 링크 주소입니다: \`${node.url.slice(0, 60)}\``,
            en: `unsafe link target \`${node.url.slice(0, 60)}\`: use an http(s) or mailto address, a relative path or a #fragment.`,
            hint: "http(s)://, mailto:, 상대 경로, #조각 주소만 쓸 수 있습니다.",
          },
          "safe-markdown:url",
        );
      }
    });
  };
}
