/**
 * Every built page within the byte budgets of test/budgets.json (gzip level 9; bytes
 * only, never times: timings are the bench's, `npm run bench`), and every chart already
 * drawn in the first HTML response, so no chart needs JavaScript to appear.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../helpers/built-site.ts";
import { budgetChecks, gzipBytes, pageWeight, readBudgets, type PageWeight } from "../helpers/page-weight.ts";
import { ROOT } from "../helpers/site-data.ts";

const budgets = readBudgets(join(ROOT, "test/budgets.json"));
const site = useBuiltSite();

let weights: PageWeight[] | undefined;
const pageWeights = () => (weights ??= site().pages.map((page) => pageWeight(site().dist, page, site().links.base)));

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

  it("counts JS on the page with the tooltip island", () => {
    expect(pageWeights().find((w) => w.page === "index.html")!.js.gzip).toBeGreaterThan(0);
  });

  it("interaction JS within budget", () => {
    expect(overBudget("interaction JS")).toEqual([]);
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

  it("every figure.chart already contains its svg[role=img]", () => {
    const missing = pageWeights().flatMap((w) =>
      w.charts.withoutSvg.map((id) => `${w.page}: #${id} has no svg[role=img] in the HTML`),
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
      '<figure class="chart" id="drawn"><svg role="img"></svg></figure>',
      '<figure class="chart" id="needs-js"><noscript><svg role="img"></svg></noscript></figure>',
      "</body></html>",
    ].join(""),
    "_astro/a.css": '@import "./b.css"; body{margin:0}',
    "_astro/b.css": "h1{margin:0}",
    "_astro/island.js": 'import { x } from "./chunk.js"; const later = () => import("./lazy.js"); x(later);',
    "_astro/chunk.js": "export const x = (f) => f;",
    "_astro/lazy.js": "export default 1;",
  };
  const dist = mkdtempSync(join(tmpdir(), "goyang-weight-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  const weight = pageWeight(dist, "story/index.html");
  rmSync(dist, { recursive: true, force: true });

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

  it("finds a chart whose SVG is not in the HTML proper", () => {
    expect(weight.charts).toEqual({ ids: ["drawn", "needs-js"], withoutSvg: ["needs-js"] });
  });
});
