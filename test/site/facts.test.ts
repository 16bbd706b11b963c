/**
 * The published site says nothing the source does not (../shared/facts/goyang-jobs-2025.md,
 * "Notes on what the source does NOT say"). Each rule reads the built pages' text; which
 * programs and awards a rule concerns comes from the built copy's data/, so a correction
 * there moves the expectation with the page (an editor who, say, dates the award once the
 * city does leaves that rule with nothing to check, not red). The first test shows the
 * pages were read at all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { useBuiltSite } from "../helpers/built-site.ts";
import { readPublishedData, type PublishedData } from "../helpers/published-data.ts";

const site = useBuiltSite();

interface PageText {
  page: string;
  /** The reader's text: no scripts, tooltips' data attributes included (a tip is text a reader sees). */
  text: string;
  /** The text cut into sentences and table rows, where a claim and its subject meet. */
  sentences: string[];
}

function readPage(dist: string, page: string): PageText {
  const { document } = parseHTML(readFileSync(join(dist, page), "utf8"));
  document.querySelectorAll("script, style").forEach((el) => el.remove());
  const tips = [...document.querySelectorAll("[data-tip]")].map((el) => `${el.getAttribute("data-tip")}.`);
  // Block elements end a sentence: a table row or a list item is one claim.
  document.querySelectorAll("p, li, tr, dd, dt, h1, h2, h3, caption, figcaption").forEach((el) => el.append(". "));
  const text = `${document.body.textContent} ${tips.join(" ")}`.replace(/\s+/g, " ");
  const sentences = text.split(/(?<=[.。!?])\s+/).filter((s) => s.trim().length > 1);
  return { page, text, sentences };
}

describe("nothing on any page states what the source does not", () => {
  let pages: PageText[];
  let data: PublishedData;
  const sentencesWith = (...parts: string[]) =>
    pages.flatMap((p) =>
      p.sentences.filter((s) => parts.every((part) => s.includes(part))).map((s) => `${p.page}: ${s}`),
    );

  beforeAll(() => {
    // The corrections log quotes what the site once got wrong, to say it was wrong.
    pages = site()
      .pages.filter((page) => page.endsWith(".html") && !page.startsWith("corrections/"))
      .map((page) => readPage(site().dist, page));
    data = readPublishedData(site().dir);
  });

  it("reads the pages at all: every program's name is on some page", () => {
    for (const program of data.programs) expect(sentencesWith(program.name).length, program.name).toBeGreaterThan(0);
  });

  it('never gives a funding source ("시 예산") for a program whose source names none; its page says 재원 미공개', () => {
    const unfunded = data.programs.filter((p) => p.funding.description === null);
    for (const program of unfunded) {
      expect(sentencesWith(program.name, "시 예산"), program.name).toEqual([]);
      const own = pages.find((p) => p.page === `programs/${program.id}/index.html`);
      expect(own?.text, `/programs/${program.id}/`).toContain("재원 미공개");
    }
  });

  it('never divides participations "per person" (1인당): the per-unit figure says 참여 1회당', () => {
    const counted = data.programs.filter((p) => p.people.counts === "participations");
    for (const program of counted) {
      expect(sentencesWith(program.name, "1인당"), program.name).toEqual([]);
      expect(pages.find((p) => p.page === `programs/${program.id}/index.html`)?.text).toContain("참여 1회당");
    }
  });

  it("gives no year for an award the source does not date, and lists no contest among the awards", () => {
    const undated = data.awards.filter((a) => a.year === null);
    for (const award of undated) {
      const event = award.event.replace(/^대한민국\s*/, "");
      for (const page of pages) {
        expect(page.text, page.page).not.toMatch(
          new RegExp(`20\\d\\d년?\\s*(?:제\\d+회\\s*)?(?:대한민국\\s*)?${event}`),
        );
        expect(page.text, page.page).not.toMatch(new RegExp(`${event}[^.]{0,20}20\\d\\d년`));
      }
    }
    for (const contest of data.contests)
      expect(
        sentencesWith("수상", contest.name).filter((s) => !s.includes("아니")),
        contest.name,
      ).toEqual([]);
  });

  it('names the four universities without "등" and never says "네 곳 등"', () => {
    for (const page of pages) expect(page.text, page.page).not.toMatch(/네 곳 등|한국항공대 등|등 지역 대학/);
  });

  it("attributes the building-management course's early employment goal to the city", () => {
    const claims = sentencesWith("건물종합관리", "목표");
    for (const claim of claims) expect(claim).toMatch(/시는|시가|밝혔|설명/);
  });

  it('assigns no life stage "전 세대": only the source\'s headline says it', () => {
    for (const page of pages) {
      const headlines = data.sources.filter((s) => s.headline.includes("전 세대"));
      const inHeadlines = headlines.reduce((n, s) => n + page.text.split(s.headline).length - 1, 0);
      expect(page.text.split("전 세대").length - 1, page.page).toBe(inHeadlines);
    }
  });

  it("never calls a hiring target hires", () => {
    for (const program of data.programs.filter((p) => p.people.counts === "hiringTarget")) {
      expect(sentencesWith(program.name, "채용했")).toEqual([]);
      expect(pages.find((p) => p.page === `programs/${program.id}/index.html`)?.text).toContain("채용 목표");
    }
  });
});
