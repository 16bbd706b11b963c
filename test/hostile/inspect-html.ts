import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";

/** Attributes that hold a URL a browser may follow or load. */
const URL_ATTRIBUTES = [
  "href",
  "src",
  "xlink:href",
  "action",
  "formaction",
  "poster",
  "data",
  "srcset",
  "background",
  "cite",
];
const UNSAFE_SCHEME = /^(?:javascript|data|vbscript):/i;

const DATA_BLOCK = 'script[type="application/ld+json"], script[type="application/json"]';

export interface PageInventory {
  page: string;
  elements: Set<string>;
  attributes: Set<string>;
  eventHandlers: string[];
  unsafeUrls: string[];
  /** Executable scripts' text (JSON-LD and JSON data blocks are data, in dataBlocks). */
  scripts: string[];
  /** <script type="application/ld+json"> and "application/json" texts: data a browser never runs, checked as JSON. */
  dataBlocks: string[];
  text: string;
}

export function htmlPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith(".html")).sort();
}

/** What a page contains that could run script: element and attribute names, handlers, URLs. */
export function inventory(dist: string, page: string): PageInventory {
  const { document } = parseHTML(readFileSync(join(dist, page), "utf8"));
  const all = [...document.querySelectorAll("*")];
  const inv: PageInventory = {
    page: relative(dist, join(dist, page)),
    elements: new Set(all.map((el) => el.localName.toLowerCase())),
    attributes: new Set(all.flatMap((el) => [...el.attributes].map((a) => a.name.toLowerCase()))),
    eventHandlers: [],
    unsafeUrls: [],
    scripts: [...document.querySelectorAll(`script:not(${DATA_BLOCK})`)].map((s) => s.textContent ?? ""),
    dataBlocks: [...document.querySelectorAll(DATA_BLOCK)].map((s) => s.textContent ?? ""),
    text: document.body?.textContent ?? "",
  };
  for (const el of all) {
    for (const { name, value } of [...el.attributes]) {
      if (/^on/i.test(name)) inv.eventHandlers.push(`<${el.localName} ${name}="${value}">`);
      // Browsers drop whitespace and control characters inside a scheme.
      if (
        URL_ATTRIBUTES.includes(name.toLowerCase()) &&
        UNSAFE_SCHEME.test(value.replace(/[\u0000-\u0020\u007f]/g, ""))
      ) {
        inv.unsafeUrls.push(`<${el.localName} ${name}="${value}">`);
      }
    }
  }
  return inv;
}
