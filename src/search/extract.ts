/**
 * What search reads of one built page: its <h1> as the title and its <main> as the text,
 * or null when the page is not to be found (it says noindex, or has no <main>). Build time
 * only (linkedom). Blocks become lines, so a compound is never made across two paragraphs.
 */
import { parseHTML } from "linkedom";

export interface PageText {
  title: string;
  text: string;
}

/** Not text a reader reads on the page: code, styles, chart drawings (tick numbers), hidden parts. */
const SKIP = new Set(["script", "style", "template", "noscript", "svg", "button", "select", "textarea"]);
const BLOCK = new Set([
  ...["address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt"],
  ...["fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header"],
  ...["hr", "legend", "li", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"],
]);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  hasAttribute?(name: string): boolean;
  getAttribute?(name: string): string | null;
}

function skipped(element: Node): boolean {
  return (
    SKIP.has(element.nodeName.toLowerCase()) ||
    element.hasAttribute?.("hidden") === true ||
    element.hasAttribute?.("data-search-ignore") === true ||
    element.getAttribute?.("aria-hidden") === "true"
  );
}

/** The readable text of `node`: blocks on lines of their own, runs of spaces one space. */
export function readableText(node: Node, except?: Node | null): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n === except) return;
    if (n.nodeType === 3) {
      // A line break in the HTML source is a space to a reader; only blocks make lines.
      out.push((n.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (n.nodeType !== 1 || skipped(n)) return;
    const block = BLOCK.has(n.nodeName.toLowerCase());
    if (block) out.push("\n");
    let previous: Node | undefined;
    for (const child of Array.from(n.childNodes)) {
      // Two elements side by side are two things to a reader (a key number's value and its
      // label, each display: block): a space keeps the snippet readable; search itself
      // ignores a space between syllables (src/search/korean.ts), so no word is split.
      if (previous?.nodeType === 1 && child.nodeType === 1) out.push(" ");
      walk(child);
      previous = child;
    }
    if (block) out.push("\n");
  };
  walk(node);
  return out
    .join("")
    .normalize("NFKC")
    .split("\n")
    .map((line) => line.replace(/ +/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** The page's title and text for search, or null when it is not to be indexed. */
export function pageText(html: string): PageText | null {
  const { document } = parseHTML(html);
  const robots = [...document.querySelectorAll('meta[name="robots" i]')].map((m) => m.getAttribute("content") ?? "");
  if (robots.some((content) => /\bnoindex\b|\bnone\b/i.test(content))) return null;
  const main = document.querySelector("main");
  if (!main) return null;
  const h1 = main.querySelector("h1") ?? document.querySelector("h1");
  const title =
    (h1 ? readableText(h1 as unknown as Node) : "").replace(/\n/g, " ") ||
    (document.querySelector("title")?.textContent ?? "").normalize("NFKC").trim();
  return { title, text: readableText(main as unknown as Node, h1 as unknown as Node | null) };
}
