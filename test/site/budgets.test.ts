/**
 * Every built page within the byte budgets of test/budgets.json (gzip level 9; bytes
 * only, never times: timings are the bench's, `npm run bench`), and every chart already
 * drawn in the first HTML response, so no chart needs JavaScript to appear.
 *
 * Interaction JS is held to two budgets: what a page runs before the reader does anything
 * (its inline scripts, the scripts it references or modulepreloads, and everything those
 * import statically), and that plus every chunk it may import later (dynamic `import()`,
 * e.g. the chart island's view animation, src/client/chart-views.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../helpers/built-site.ts";
import { normalizeBase, pageUrlPath } from "../helpers/link-check.ts";
import { budgetChecks, gzipBytes, pageWeight, readBudgets, type PageWeight } from "../helpers/page-weight.ts";
import { ROOT } from "../helpers/site-data.ts";

const budgetFile = join(ROOT, "test/budgets.json");
const budgets = readBudgets(budgetFile);
const jsBudgets = JSON.parse(readFileSync(budgetFile, "utf8")) as {
  interactionJsGzipBytesPerPage: number;
  interactionJsTotalGzipBytesPerPage: number;
};
const site = useBuiltSite();

let weights: PageWeight[] | undefined;
const pageWeights = () => (weights ??= site().pages.map((page) => pageWeight(site().dist, page, site().links.base)));

/** Module specifiers in minified JS, quoted any way a bundler writes them ("", '' or ``). */
const STATIC_IMPORTS = [
  /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g,
  /\bexport\s*[\w*{}\s,$]*from\s*["'`]([^"'`]+)["'`]/g,
];
const DYNAMIC_IMPORTS = [/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g];

interface PageJs {
  /** Files run before any interaction: the page's scripts and their static imports. */
  initial: string[];
  /** Files only a dynamic import() reaches (and their own static imports), not already initial. */
  lazy: string[];
  /** gzip bytes of the page's inline scripts plus its initial files. */
  initialGzip: number;
  /** initialGzip plus the lazy files. */
  totalGzip: number;
}

/** The page's interaction JS split into what runs at load and what is imported later. */
function pageJs(dist: string, page: string, base = "/"): PageJs {
  const siteBase = normalizeBase(base);
  const { document } = parseHTML(readFileSync(join(dist, page), "utf8"));
  const at = new URL(pageUrlPath(page, siteBase), "http://site.invalid");
  const file = (url: string, from: URL): string | null => {
    const resolved = URL.parse(url, from);
    if (!resolved || resolved.origin !== at.origin || !resolved.pathname.startsWith(siteBase)) return null;
    return decodeURIComponent(resolved.pathname.slice(siteBase.length));
  };
  const fileUrl = (f: string) => new URL(`${siteBase}${f}`, at);
  const read = (f: string) => {
    try {
      return readFileSync(join(dist, f), "utf8");
    } catch {
      return null; // a missing file is the link check's business
    }
  };
  /** `entries` and what they import by `patterns`, transitively; with what they import dynamically. */
  const crawl = (entries: string[], patterns: RegExp[]) => {
    const seen = new Set<string>();
    const dynamic = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const f = queue.shift()!;
      if (seen.has(f)) continue;
      const text = read(f);
      if (text === null) continue;
      seen.add(f);
      for (const pattern of patterns)
        for (const m of text.matchAll(pattern)) {
          const target = file(m[1] ?? "", fileUrl(f));
          if (target) queue.push(target);
        }
      for (const pattern of DYNAMIC_IMPORTS)
        for (const m of text.matchAll(pattern)) {
          const target = file(m[1] ?? "", fileUrl(f));
          if (target) dynamic.add(target);
        }
    }
    return { files: [...seen], dynamic: [...dynamic] };
  };
  const scripts = [...document.querySelectorAll("script")].filter((s) => {
    const type = s.getAttribute("type")?.trim() ?? "";
    return type === "" || /^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(type);
  });
  const entries = [
    ...scripts.map((s) => s.getAttribute("src")),
    ...[...document.querySelectorAll('link[rel~="modulepreload"]')].map((l) => l.getAttribute("href")),
  ].flatMap((url) => (url ? (file(url, at) ?? []) : []));
  const initial = crawl(entries, STATIC_IMPORTS);
  let lazy = initial.dynamic.filter((f) => !initial.files.includes(f));
  // A lazy chunk's own dynamic imports are lazy too.
  for (let more = lazy; more.length > 0;) {
    const next = crawl(more, STATIC_IMPORTS);
    const added = [...next.files, ...next.dynamic].filter((f) => !initial.files.includes(f) && !lazy.includes(f));
    lazy = [...lazy, ...added];
    more = added.filter((f) => next.dynamic.includes(f));
  }
  const inline = scripts.filter((s) => !s.hasAttribute("src")).map((s) => s.textContent ?? "");
  const size = (files: string[]) => files.reduce((sum, f) => sum + gzipBytes(read(f) ?? ""), 0);
  const initialGzip = (inline.length > 0 ? gzipBytes(inline.join("\n")) : 0) + size(initial.files);
  return { initial: initial.files, lazy, initialGzip, totalGzip: initialGzip + size(lazy) };
}

let js: (PageJs & { page: string })[] | undefined;
const pagesJs = () => (js ??= site().pages.map((page) => ({ page, ...pageJs(site().dist, page, site().links.base) })));

function overBudget(what: string): string[] {
  return pageWeights().flatMap((weight) =>
    budgetChecks(weight, budgets)
      .filter((check) => check.what.startsWith(what) && check.bytes > check.budget)
      .map((check) => `${weight.page}: ${check.what} ${check.bytes} B > budget ${check.budget} B`),
  );
}

describe("byte budgets per built page (test/budgets.json)", () => {
  it("measures every page of the build", () => {
    expect(pageWeights().map((w) => w.page)).toEqual(site().pages);
    expect(site().pages).toContain("index.html");
  });

  it("counts JS on the page with the chart island, and its lazily imported view animation apart", () => {
    const home = pagesJs().find((p) => p.page === "index.html")!;
    expect(home.initialGzip).toBeGreaterThan(0);
    expect(home.lazy.length, "the view animation chunk").toBeGreaterThan(0);
    expect(home.totalGzip).toBeGreaterThan(home.initialGzip);
    console.info(
      pagesJs()
        .map((p) => `${p.page}: interaction JS ${p.initialGzip} B at load, ${p.totalGzip} B with lazy chunks (gzip)`)
        .join("\n"),
    );
  });

  it("interaction JS before any interaction within budget", () => {
    const over = pagesJs()
      .filter((p) => p.initialGzip > jsBudgets.interactionJsGzipBytesPerPage)
      .map(
        (p) => `${p.page}: ${p.initialGzip} B > ${jsBudgets.interactionJsGzipBytesPerPage} B (${p.initial.join(", ")})`,
      );
    expect(over).toEqual([]);
  });

  it("interaction JS with every lazily imported chunk within budget", () => {
    const budget = jsBudgets.interactionJsTotalGzipBytesPerPage;
    expect(Number.isInteger(budget) && budget > 0, "interactionJsTotalGzipBytesPerPage").toBe(true);
    const over = pagesJs()
      .filter((p) => p.totalGzip > budget)
      .map((p) => `${p.page}: ${p.totalGzip} B > ${budget} B (${[...p.initial, ...p.lazy].join(", ")})`);
    expect(over).toEqual([]);
  });

  it("HTML within budget", () => {
    expect(overBudget("HTML")).toEqual([]);
  });

  it("CSS within budget", () => {
    expect(overBudget("CSS")).toEqual([]);
  });
});

describe("every chart is in the first HTML response", () => {
  it("the build has charts to check", () => {
    expect(pageWeights().flatMap((w) => w.charts.ids).length).toBeGreaterThan(0);
  });

  it("every figure.chart already contains its drawn view (.chart-view[role=img])", () => {
    const missing = pageWeights().flatMap((w) =>
      w.charts.withoutSvg.map((id) => `${w.page}: #${id} has no .chart-view[role=img] in the HTML`),
    );
    expect(missing).toEqual([]);
  });
});

describe("the measurement itself, on a synthetic page", () => {
  const files: Record<string, string> = {
    "story/index.html": [
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><style>p{color:red}</style>',
      '<script type="module" src="/_astro/island.js"></script><script>let inline = 1;</script>',
      '<script type="application/ld+json">{"not": "code"}</script></head><body>',
      '<figure class="chart" id="drawn"><div class="chart-view" role="img"></div></figure>',
      '<figure class="chart" id="needs-js"><noscript><div class="chart-view" role="img"></div></noscript></figure>',
      "</body></html>",
    ].join(""),
    "_astro/a.css": '@import "./b.css"; body{margin:0}',
    "_astro/b.css": "h1{margin:0}",
    "_astro/island.js": 'import { x } from "./chunk.js"; const later = () => import("./lazy.js"); x(later);',
    "_astro/chunk.js": "export const x = (f) => f;",
    "_astro/lazy.js": "export default 1;",
    // The split, on imports as Vite writes them: minified, a template literal, a static import
    // of a chunk the page has already, a lazy chunk that imports another lazily.
    "split/index.html": '<script type="module" src="/_astro/entry.js"></script><script>let inline = 1;</script>',
    "_astro/entry.js": 'import{x as y}from"./chunk.js";y(()=>import(`./views.js`));',
    "_astro/views.js":
      'import{x as y}from"./chunk.js";import"./shared.js";export default y(()=>import("./deeper.js"));',
    "_astro/shared.js": "export const z = 1;",
    "_astro/deeper.js": "export default 2;",
  };
  const dist = mkdtempSync(join(tmpdir(), "goyang-weight-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  const weight = pageWeight(dist, "story/index.html");
  const split = pageJs(dist, "split/index.html");
  rmSync(dist, { recursive: true, force: true });

  it("tells the JS a page runs at load (scripts, static imports) from chunks it imports later", () => {
    expect(split.initial.sort()).toEqual(["_astro/chunk.js", "_astro/entry.js"]);
    expect(split.lazy.sort()).toEqual(["_astro/deeper.js", "_astro/shared.js", "_astro/views.js"]);
    const gz = (...names: string[]) => names.reduce((sum, f) => sum + gzipBytes(files[f]!), 0);
    expect(split.initialGzip).toBe(gzipBytes("let inline = 1;") + gz("_astro/entry.js", "_astro/chunk.js"));
    expect(split.totalGzip).toBe(split.initialGzip + gz("_astro/views.js", "_astro/shared.js", "_astro/deeper.js"));
  });

  it("counts inline scripts, referenced .js and what it imports, but not JSON data blocks", () => {
    expect(weight.js.files.sort()).toEqual(["_astro/chunk.js", "_astro/island.js", "_astro/lazy.js"]);
    const fileGzips = ["_astro/island.js", "_astro/chunk.js", "_astro/lazy.js"].map((f) => gzipBytes(files[f]!));
    expect(weight.js.inline.gzip).toBe(gzipBytes("let inline = 1;"));
    expect(weight.js.gzip).toBe(weight.js.inline.gzip + fileGzips.reduce((a, b) => a + b, 0));
  });

  it("counts inline styles, linked stylesheets and their @imports", () => {
    expect(weight.css.files.sort()).toEqual(["_astro/a.css", "_astro/b.css"]);
    expect(weight.css.gzip).toBe(
      gzipBytes("p{color:red}") + gzipBytes(files["_astro/a.css"]!) + gzipBytes(files["_astro/b.css"]!),
    );
  });

  it("finds a chart whose drawing is not in the HTML proper", () => {
    expect(weight.charts).toEqual({ ids: ["drawn", "needs-js"], withoutSvg: ["needs-js"] });
  });
});
