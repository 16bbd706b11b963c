import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project";
import { htmlPages, inventory, type PageInventory } from "./inspect-html";
import { PAYLOADS } from "./payloads";
import { plantPayloads } from "./plant-payloads";

/**
 * Builds the site twice, clean and with every text field and the story poisoned, and
 * checks that the poisoned pages contain nothing that could run script: no element or
 * attribute the clean site lacks, no on* handler, no javascript:/data:/vbscript: URL,
 * no script but the island's.
 */
describe("hostile input in every JSON text field and in the story", () => {
  const clean = new ProjectCopy();
  const hostile = new ProjectCopy();
  let poisonedFields = 0;
  let baseline: PageInventory;
  let pages: PageInventory[];

  beforeAll(() => {
    poisonedFields = plantPayloads(hostile);
    // The baseline gets the same structure (code spans, links) with harmless words.
    plantPayloads(clean, ["고양시 일자리", "청년 '기회' \"재도약\"", "사회참여 & 소득"]);
    for (const copy of [clean, hostile]) {
      const run = copy.build();
      expect(run.status, run.output).toBe(0);
    }
    baseline = inventory(clean.dist, "index.html");
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
    for (const page of pages) {
      expect([...page.elements].filter((e) => !baseline.elements.has(e)), page.page).toEqual([]);
      expect([...page.attributes].filter((a) => !baseline.attributes.has(a)), page.page).toEqual([]);
    }
  });

  it("has no on* event handler attribute and no javascript:, data: or vbscript: URL", () => {
    for (const page of pages) {
      expect(page.eventHandlers, page.page).toEqual([]);
      expect(page.unsafeUrls, page.page).toEqual([]);
    }
  });

  it("has no script but the island's", () => {
    for (const page of pages) {
      expect(page.scripts.length, page.page).toBeLessThanOrEqual(baseline.scripts.length);
      for (const script of page.scripts) expect(baseline.scripts).toContain(script);
    }
  });

  it("shows the payloads to readers as text, escaped, rather than dropping them", () => {
    const text = pages.map((p) => p.text).join("\n");
    for (const payload of ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '" onmouseover="alert(1)', "javascript:alert(1)"]) {
      expect(text).toContain(payload);
    }
  });
});
