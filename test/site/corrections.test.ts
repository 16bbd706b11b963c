/**
 * The corrections log as the built site publishes it: every entry of data/corrections.json
 * on /corrections/ under each story it touches (or the site-wide section) with its date, and
 * the main story's last update and its link to its corrections. Expectations come from the
 * data and stories the shared build was made from (its project copy), never typed here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { formatKoreanDate } from "../../src/format/date.ts";
import { correctionsFor, lastUpdate, newestFirst } from "../../src/model/corrections.ts";
import { MAIN_STORY } from "../../src/model/stories.ts";
import { correctionSchema, type Correction } from "../../src/schemas/index.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { tallyText } from "../../src/text/units-text.ts";
import { useBuiltSite } from "../helpers/built-site.ts";

const site = useBuiltSite();

const page = (file: string) => parseHTML(readFileSync(join(site().dist, file), "utf8")).document;
const text = (node: { textContent: string | null } | null | undefined) =>
  (node?.textContent ?? "").replace(/\s+/g, " ").trim();

/** The log the build published (its copy of data/), as the schema reads it. */
function builtLog(): Correction[] {
  const file = join(site().dir, "data/corrections.json");
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as unknown[]).map((c) => correctionSchema.parse(c))
    : [];
}

/** A story's published and updated dates as the build read them (its frontmatter). */
function builtStory(id: string): { published: string; updated: string } {
  const source = readFileSync(join(site().dir, `content/stories/${id}.md`), "utf8");
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
  const field = (name: string) => {
    const value = new RegExp(`^${name}:\\s*"?(\\d{4}-\\d{2}-\\d{2})"?\\s*$`, "m").exec(yaml)?.[1];
    expect(value, `${id}.md: ${name}`).toBeDefined();
    return value!;
  };
  return { published: field("published"), updated: field("updated") };
}

describe("/corrections/", () => {
  it("lists every correction of data/corrections.json under each story it touches, with its date, what and why", () => {
    const log = builtLog();
    expect(log.length, "the log has entries (the corrections of issue 10)").toBeGreaterThan(0);
    const document = page("corrections/index.html");
    for (const correction of log) {
      const sections = correction.storyIds.length === 0 ? ["site-wide"] : correction.storyIds;
      for (const id of sections) {
        const section = document.getElementById(id);
        expect(section, `a section id="${id}"`).not.toBeNull();
        const items = [...section!.querySelectorAll("li")].filter((li) => text(li).includes(correction.what));
        expect(items, `"${correction.id}" once under #${id}`).toHaveLength(1);
        const time = items[0]!.querySelector("time");
        expect(time?.getAttribute("datetime")).toBe(correction.date);
        expect(text(time)).toBe(formatKoreanDate(correction.date));
        expect(text(items[0])).toContain(correction.why);
      }
    }
  });

  it("has a section for every story, corrected or not (a story may link /corrections/#<its id>)", () => {
    const document = page("corrections/index.html");
    const stories = readdirSync(join(site().dir, "content/stories")).filter((f) => f.endsWith(".md"));
    expect(stories.length).toBeGreaterThan(0);
    for (const file of stories) expect(document.getElementById(file.slice(0, -3)), file).not.toBeNull();
  });

  it("lists each story's corrections newest first, one day's in the log's order, and links the story's title", () => {
    const log = builtLog();
    const document = page("corrections/index.html");
    const storyIds = [...new Set(log.flatMap((c) => c.storyIds))];
    for (const id of storyIds) {
      const section = document.getElementById(id)!;
      const dates = [...section.querySelectorAll("time")].map((t) => t.getAttribute("datetime"));
      expect(dates).toEqual(correctionsFor(id, log).map((c) => c.date));
      // One day's corrections in the log's order (the content store's own order is by id).
      const whats = [...section.querySelectorAll("li dd:first-of-type")].map((dd) => text(dd));
      expect(whats).toEqual(correctionsFor(id, log).map((c) => text({ textContent: c.what })));
      const link = section.querySelector("h2 a");
      expect(link?.getAttribute("href")).toBe(
        id === MAIN_STORY ? site().links.base : `${site().links.base}stories/${id}/`,
      );
    }
    expect([...document.querySelectorAll("main time")].length).toBe(
      log.reduce((n, c) => n + Math.max(1, c.storyIds.length), 0),
    );
    const sectionsInOrder = [...document.querySelectorAll("section[id]")]
      .filter((s) => s.querySelector("time"))
      .map((s) => s.id);
    const newestOf = (id: string) =>
      newestFirst(id === "site-wide" ? log.filter((c) => c.storyIds.length === 0) : correctionsFor(id, log))[0]!.date;
    expect(sectionsInOrder.map(newestOf)).toEqual([...sectionsInOrder.map(newestOf)].sort().reverse());
  });
});

describe("the main story's last update and its corrections", () => {
  // StoryUpdates is placed by StoryLayout; until then this fails, by design (no skip).
  it(`shows "최종 수정 <date>" and links /corrections/#${MAIN_STORY} with the number of its corrections`, () => {
    const log = builtLog();
    const corrections = correctionsFor(MAIN_STORY, log);
    const story = builtStory(MAIN_STORY);
    const updates = page("index.html").querySelector(".story-updates");
    expect(updates, "the story shows its updates (src/components/StoryUpdates.astro)").not.toBeNull();
    const last = lastUpdate(story, corrections);
    expect(text(updates)).toContain(`최종 수정 ${formatKoreanDate(last)}`);
    expect(updates!.querySelector("time")?.getAttribute("datetime")).toBe(last);
    const link = updates!.querySelector("a");
    if (corrections.length === 0) {
      expect(link).toBeNull();
      return;
    }
    expect(link?.getAttribute("href")).toBe(`${site().links.base}corrections/#${MAIN_STORY}`);
    expect(text(link)).toBe(`정정 ${tallyText(corrections.length, "case", ko)}`);
  });
});
