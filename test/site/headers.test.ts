import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../helpers/headers-file.ts";
import { jsonFilesIn, ROOT } from "../helpers/site-data.ts";

const rules = parseHeadersFile(readFileSync(join(ROOT, "public/_headers"), "utf8"));
const csp = (path: string) => headersFor(rules, path).get("content-security-policy") ?? "";

describe("public/_headers", () => {
  it("parses: every line is a path, a header or a detach", () => {
    expect(rules.length).toBeGreaterThanOrEqual(2);
  });

  for (const path of ["/", "/index.html", "/stories/another-story/", "/favicon.svg"]) {
    it(`${path} may be framed only by this site, and gets the hardening headers`, () => {
      const headers = headersFor(rules, path);
      expect(csp(path)).toMatch(/frame-ancestors 'self'(;|$)/);
      expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("permissions-policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    });
  }

  it("/embed/* may be framed by any https site, and only by https sites", () => {
    const headers = headersFor(rules, "/embed/money-by-program/");
    expect(csp("/embed/money-by-program/")).toMatch(/frame-ancestors https:(;|$)/);
    expect(csp("/embed/money-by-program/")).not.toContain("frame-ancestors 'self'");
    expect(headers.has("x-frame-options")).toBe(false);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("every figure's embed page, as built, may be framed by any https site", () => {
    const figures = jsonFilesIn("data/figures").map((file) => file.replace(/^data\/figures\/|\.json$/g, ""));
    expect(figures.length).toBeGreaterThan(0);
    for (const id of figures) {
      for (const path of [`/embed/${id}/`, `/embed/${id}/index.html`]) {
        expect(csp(path), path).toMatch(/frame-ancestors https:(;|$)/);
        expect(headersFor(rules, path).has("x-frame-options"), path).toBe(false);
      }
    }
  });

  it("/embed.js may be loaded by any site, and is served as a script", () => {
    const headers = headersFor(rules, "/embed.js");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("cache-control")).toMatch(/max-age=\d+/);
    // Not an embed page: the site-wide framing policy stays.
    expect(csp("/embed.js")).toMatch(/frame-ancestors 'self'/);
  });

  it("/embed/v1.js, the pinned host script, gets the same headers as /embed.js", () => {
    const v1 = headersFor(rules, "/embed/v1.js");
    for (const name of ["access-control-allow-origin", "cross-origin-resource-policy", "cache-control"])
      expect(v1.get(name), name).toBe(headersFor(rules, "/embed.js").get(name));
  });

  it("/_astro/* (the island's modules) may be read by any origin: an opaque-origin frame fetches them in CORS mode", () => {
    const headers = headersFor(rules, "/_astro/chart-island.Bx12.js");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(headersFor(rules, "/").has("access-control-allow-origin")).toBe(false);
  });

  it("every framing policy also forbids plugins and foreign <base>", () => {
    for (const path of ["/", "/embed/x/"]) expect(csp(path)).toMatch(/object-src 'none'.*base-uri 'self'/);
  });

  it("rejects a malformed file with its line number", () => {
    expect(() => parseHeadersFile("/*\n  not a header\n")).toThrow(/_headers:2:/);
    expect(() => parseHeadersFile("  X-A: b\n")).toThrow(/_headers:1: a header line before any path/);
  });
});
