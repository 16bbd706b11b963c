import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { htmlPages, inventory, type PageInventory } from "./inspect-html.ts";
import { PAYLOADS } from "./payloads.ts";
import { plantPayloads } from "./plant-payloads.ts";

/**
 * Builds the site twice, clean and with every text field and the story poisoned, and
 * checks that the poisoned pages contain nothing that could run script: no element or
 * attribute the same page of the clean site lacks, no on* handler, no
 * javascript:/data:/vbscript: URL, no script but the clean page's own.
 */
describe("hostile input in every JSON text field and in the story", () => {
  const clean = new ProjectCopy();
  const hostile = new ProjectCopy();
  let poisonedFields = 0;
  // Each poisoned page is compared with the same page of the clean build (the story with
  // the story, the embed gallery with the gallery), so a page with its own elements and
  // script is judged against itself.
  let baselines: Map<string, PageInventory>;
  let pages: PageInventory[];
  const baselineOf = (page: PageInventory): PageInventory => {
    const baseline = baselines.get(page.page);
    if (!baseline) throw new Error(`${page.page} is in the poisoned build only`);
    return baseline;
  };

  beforeAll(async () => {
    poisonedFields = plantPayloads(hostile);
    // The baseline gets the same structure (code spans, links) with harmless words.
    plantPayloads(clean, ["고양시 일자리", "청년 '기회' \"재도약\"", "사회참여 & 소득"]);
    // The two builds run side by side: each is mostly one core's work.
    for (const run of await Promise.all([clean.buildAsync(), hostile.buildAsync()])) {
      expect(run.status, run.output).toBe(0);
    }
    baselines = new Map(htmlPages(clean.dist).map((page) => [page, inventory(clean.dist, page)]));
    pages = htmlPages(hostile.dist).map((page) => inventory(hostile.dist, page));
  }, 240_000);
  afterAll(() => {
    clean.cleanup();
    hostile.cleanup();
  });

  it(`plants each of the ${PAYLOADS.length} payloads in the JSON text fields and in the story`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(poisonedFields).toBeGreaterThanOrEqual(PAYLOADS.length);
    expect(pages.length).toBeGreaterThan(0);
  });

  it("adds no element and no attribute the clean site does not have", () => {
    expect(pages.map((p) => p.page)).toEqual([...baselines.keys()]);
    for (const page of pages) {
      const baseline = baselineOf(page);
      expect(
        [...page.elements].filter((e) => !baseline.elements.has(e)),
        page.page,
      ).toEqual([]);
      expect(
        [...page.attributes].filter((a) => !baseline.attributes.has(a)),
        page.page,
      ).toEqual([]);
    }
  });

  it("has no on* event handler attribute and no javascript:, data: or vbscript: URL", () => {
    for (const page of pages) {
      expect(page.eventHandlers, page.page).toEqual([]);
      expect(page.unsafeUrls, page.page).toEqual([]);
    }
  });

  it("has no script but the clean page's own (the island's on the story)", () => {
    for (const page of pages) {
      const baseline = baselineOf(page);
      expect(page.scripts.length, page.page).toBeLessThanOrEqual(baseline.scripts.length);
      for (const script of page.scripts) expect(baseline.scripts, page.page).toContain(script);
    }
  });

  it("keeps structured data (JSON-LD) as JSON with no raw < or >, the payloads inside as text", () => {
    const blocks = pages.flatMap((p) => p.dataBlocks);
    for (const block of blocks) {
      expect(block).not.toMatch(/[<>]/);
      expect(() => JSON.parse(block)).not.toThrow();
    }
    if (blocks.length > 0) expect(blocks.map((b) => JSON.stringify(JSON.parse(b))).join("\n")).toContain("<script>");
  });

  it("shows the payloads to readers as text, escaped, rather than dropping them", () => {
    const text = pages.map((p) => p.text).join("\n");
    for (const payload of [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      '" onmouseover="alert(1)',
      "javascript:alert(1)",
    ]) {
      expect(text).toContain(payload);
    }
  });
});
