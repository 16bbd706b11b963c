/**
 * No broken link in the real build: every internal href/src resolves to a file of dist/
 * under the configured base path, every #fragment names an id of its target page, and
 * external http(s) URLs parse (they are never fetched). The checker is
 * test/helpers/link-check.ts; the last tests show it reports what it should.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../helpers/built-site.ts";
import { checkDist, checkSite, formatBroken, siteFromFiles } from "../helpers/link-check.ts";

const site = useBuiltSite();

describe("links in the built dist/", () => {
  it("every internal reference and fragment resolves, every external URL parses", () => {
    const { dist, pages, links } = site();
    const report = checkDist(dist, links);
    expect(report.pages).toEqual(pages);
    expect(report.internal, "the checker found the page's references at all").toBeGreaterThan(0);
    const broken = report.broken.map(formatBroken);
    expect(broken, `broken links (page → href (reason)):\n${broken.join("\n")}`).toEqual([]);
  });

  it("reports links planted in a copy of the built HTML", () => {
    const { dist, links } = site();
    const planted = mkdtempSync(join(tmpdir(), "goyang-links-"));
    try {
      cpSync(dist, planted, { recursive: true });
      const base = links.base;
      const index = join(planted, "index.html");
      const html = readFileSync(index, "utf8");
      const anyId = /\sid="([^"]+)"/.exec(html)?.[1];
      expect(anyId, "the page has ids to link to").toBeTruthy();
      const bad = [
        `<a href="${base}no-such-page/">a</a>`,
        `<a href="#no-such-id">b</a>`,
        `<a href="${base}#no-such-id-either">c</a>`,
        `<img src="${base}missing.png" alt="">`,
        `<a href="https://exa mple.org/">d</a>`,
        `<a href="#${anyId}">fine</a>`,
      ].join("");
      writeFileSync(index, html.replace("</main>", `${bad}</main>`));
      const broken = checkDist(planted, links).broken.map(formatBroken);
      expect(broken).toEqual([
        `index.html → ${base}no-such-page/ (no no-such-page/index.html in the build)`,
        'index.html → #no-such-id (no id="no-such-id" in this page)',
        `index.html → ${base}#no-such-id-either (no id="no-such-id-either" in this page)`,
        `index.html → ${base}missing.png (no file missing.png in the build)`,
        "index.html → https://exa mple.org/ (not a valid URL)",
      ]);
    } finally {
      rmSync(planted, { recursive: true, force: true });
    }
  });
});

describe("the link checker on synthetic pages", () => {
  const files = {
    "index.html": [
      '<a href="/news/goyang/about/#team">ok: cross-page fragment</a>',
      '<a href="/news/goyang/about/#nobody">broken: cross-page fragment</a>',
      '<a href="about/">ok: relative directory</a>',
      '<a href="/news/goyang/about">broken: no trailing slash</a>',
      '<a href="/about/">broken: outside the base</a>',
      '<link rel="icon" href="/news/goyang/favicon.svg">',
      '<svg><use href="/news/goyang/favicon.svg#dot"></use><use href="/news/goyang/favicon.svg#square"></use></svg>',
      '<img srcset="/news/goyang/a.png 1x, /news/goyang/b.png 2x" alt="">',
      '<a href="#">ok: top</a><a href="#top">ok: top</a><a href="#intro">ok</a><p id="intro"></p>',
      '<a href="https://www.goyang.go.kr/">ok: external</a><a href="http:/broken.example">broken</a>',
      '<a href="mailto:desk@example.org">ok</a><a href="javascript:void(0)">broken</a>',
    ].join("\n"),
    "about/index.html": '<h1 id="team">team</h1><a href="../#intro">ok</a><a href="../#outro">broken</a>',
    "favicon.svg": '<svg xmlns="http://www.w3.org/2000/svg"><circle id="dot" r="1"/></svg>',
    "a.png": "",
  };
  const report = checkSite(siteFromFiles(files), {
    base: "/news/goyang/",
    site: "https://example.org",
    trailingSlash: "always",
  });

  it("lists every broken reference with its page and reason", () => {
    expect(report.broken.map(formatBroken)).toEqual([
      'about/index.html → ../#outro (no id="outro" in index.html)',
      'index.html → /news/goyang/about/#nobody (no id="nobody" in about/index.html)',
      'index.html → /news/goyang/about (directory without its trailing slash (trailingSlash: "always"); write /news/goyang/about/)',
      "index.html → /about/ (outside the base path /news/goyang/)",
      'index.html → /news/goyang/favicon.svg#square (no id="square" in favicon.svg)',
      "index.html → /news/goyang/b.png (no file b.png in the build)",
      'index.html → http:/broken.example (http: URL without "//")',
      "index.html → javascript:void(0) (a javascript: URL (and the page's CSP blocks it))",
    ]);
  });

  it("counts what it checked", () => {
    expect(report.pages).toEqual(["about/index.html", "index.html"]);
    expect(report.external).toBe(1);
    expect(report.internal).toBe(12);
  });

  it("treats absolute links to the configured site as internal", () => {
    const absolute = checkSite(
      siteFromFiles({ "index.html": '<a href="https://example.org/news/goyang/gone/">x</a>' }),
      {
        base: "/news/goyang",
        site: "https://example.org",
      },
    );
    expect(absolute.broken.map(formatBroken)).toEqual([
      "index.html → https://example.org/news/goyang/gone/ (no gone/index.html in the build)",
    ]);
  });
});
