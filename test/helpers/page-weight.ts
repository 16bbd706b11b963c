/**
 * What one built page weighs, read from dist/ alone (no browser): its HTML, its CSS and
 * its interaction JS, raw and gzip (zlib level 9), and whether every chart is already in
 * the HTML. Shared by the budget test (test/site/budgets.test.ts) and the bench
 * (test/bench/page-weight.ts), so both report the same numbers for the same build.
 *
 * Imports carry their `.ts` extension so that plain Node (type stripping) can load it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { normalizeBase, pageUrlPath } from "./link-check.ts";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  /** The HTML document as served (inline <style> and <script> included). */
  html: Bytes;
  /** Inline <style> content, plus every stylesheet the page links (and their @imports). */
  css: Bytes & { inline: Bytes; files: string[] };
  /** Inline <script> content (JSON data blocks aside), plus every .js the page loads and what it imports. */
  js: Bytes & { inline: Bytes; files: string[] };
  /** Every figure.chart, and those without a drawn chart (.chart-view[role=img]) in the HTML itself. */
  charts: { ids: string[]; withoutSvg: string[] };
}

export function gzipBytes(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

export function measure(data: string | Uint8Array): Bytes {
  return { raw: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength, gzip: gzipBytes(data) };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Script types that run as JavaScript (https://html.spec.whatwg.org/#javascript-mime-type), or none. */
const isJavaScript = (type: string | null) =>
  type === null || type.trim() === "" || /^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(type.trim());

const IMPORTS_JS = [
  /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\bexport\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g,
];
const IMPORTS_CSS = [/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g];

/**
 * The dist/ file an internal URL points at, from a document at `fromUrlPath`, or null
 * when it is external or not in dist/.
 */
function distFile(url: string, fromUrlPath: string, base: string): string | null {
  const resolved = URL.parse(url, new URL(fromUrlPath, "http://site.invalid"));
  if (!resolved || resolved.origin !== "http://site.invalid") return null;
  const path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(base)) return null;
  const rest = path.slice(base.length);
  return rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
}

/** Files reached from `entries` by the given import patterns, entries included, each once. */
function withImports(dist: string, entries: string[], patterns: RegExp[], base: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(join(dist, file), "utf8");
    } catch {
      continue; // a missing file is the link check's business
    }
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const target = distFile(match[1] ?? "", `${base}${file}`, base);
        if (target && !seen.has(target)) queue.push(target);
      }
    }
  }
  return [...seen];
}

function sizeOfFiles(dist: string, files: string[]): Bytes {
  return files.reduce((sum, file) => {
    try {
      return add(sum, measure(readFileSync(join(dist, file))));
    } catch {
      return sum;
    }
  }, ZERO);
}

export function pageWeight(dist: string, page: string, base = "/"): PageWeight {
  const siteBase = normalizeBase(base);
  const html = readFileSync(join(dist, page), "utf8");
  const { document } = parseHTML(html);
  const at = pageUrlPath(page, siteBase);
  const internal = (url: string | null) => (url ? distFile(url, at, siteBase) : null);

  const scripts = [...document.querySelectorAll("script")].filter((s) => isJavaScript(s.getAttribute("type")));
  const inlineJs = scripts.filter((s) => !s.hasAttribute("src")).map((s) => s.textContent ?? "");
  const jsEntries = [
    ...scripts.map((s) => internal(s.getAttribute("src"))),
    ...[...document.querySelectorAll('link[rel~="modulepreload"]')].map((l) => internal(l.getAttribute("href"))),
  ].filter((f): f is string => f !== null);
  const jsFiles = withImports(dist, jsEntries, IMPORTS_JS, siteBase);

  const inlineCss = [...document.querySelectorAll("style")].map((s) => s.textContent ?? "");
  const cssEntries = [...document.querySelectorAll('link[rel~="stylesheet"]')]
    .map((l) => internal(l.getAttribute("href")))
    .filter((f): f is string => f !== null);
  const cssFiles = withImports(dist, cssEntries, IMPORTS_CSS, siteBase);

  // Inline code is measured as one block: the browser gets it inside one response.
  const inlineJsBytes = inlineJs.length > 0 ? measure(inlineJs.join("\n")) : ZERO;
  const inlineCssBytes = inlineCss.length > 0 ? measure(inlineCss.join("\n")) : ZERO;

  const figures = [...document.querySelectorAll("figure.chart")];
  const hasSvg = (figure: Element) =>
    [...figure.querySelectorAll('.chart-view[role="img"]')].some((view) => !view.closest("template, noscript"));

  return {
    page,
    html: measure(html),
    css: { ...add(inlineCssBytes, sizeOfFiles(dist, cssFiles)), inline: inlineCssBytes, files: cssFiles },
    js: { ...add(inlineJsBytes, sizeOfFiles(dist, jsFiles)), inline: inlineJsBytes, files: jsFiles },
    charts: {
      ids: figures.map((f, i) => f.getAttribute("id") ?? `figure.chart #${i + 1}`),
      withoutSvg: figures.filter((f) => !hasSvg(f)).map((f, i) => f.getAttribute("id") ?? `figure.chart #${i + 1}`),
    },
  };
}

export interface Budgets {
  interactionJsGzipBytesPerPage: number;
  htmlGzipBytesPerPage: number;
  cssGzipBytesPerPage: number;
}

export const BUDGET_KEYS = ["interactionJsGzipBytesPerPage", "htmlGzipBytesPerPage", "cssGzipBytesPerPage"] as const;

/** test/budgets.json, checked: every budget a positive whole number of bytes. */
export function readBudgets(file: string): Budgets {
  const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  for (const key of BUDGET_KEYS) {
    const value = json[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
      throw new Error(`${file}: ${key} must be a positive whole number of bytes, got ${JSON.stringify(value)}`);
    }
  }
  return json as unknown as Budgets;
}

/** The budget each measured number is held to. */
export function budgetChecks(weight: PageWeight, budgets: Budgets) {
  return [
    { what: "interaction JS (gzip)", bytes: weight.js.gzip, budget: budgets.interactionJsGzipBytesPerPage },
    { what: "HTML (gzip)", bytes: weight.html.gzip, budget: budgets.htmlGzipBytesPerPage },
    { what: "CSS (gzip)", bytes: weight.css.gzip, budget: budgets.cssGzipBytesPerPage },
  ];
}
