import { describe, expect, it } from "vitest";
import {
  correctionGroups,
  correctionsFor,
  lastCorrection,
  lastUpdate,
  newestFirst,
} from "../../src/model/corrections.ts";
import { correctionSchema, type Correction } from "../../src/schemas/correction.ts";
import { FIXTURE_ROOT, readJson } from "../helpers/site-data.ts";

// The fixture's log: two corrections of the main story on its publication day, one site-wide later.
const log: Correction[] = (readJson("data/corrections.json", FIXTURE_ROOT) as unknown[]).map((c) =>
  correctionSchema.parse(c),
);
const MAIN = "goyang-jobs-2025";
const ids = (list: readonly Correction[]) => list.map((c) => c.id);
const [first, second, siteWide] = log as [Correction, Correction, Correction];
const later = (c: Correction, date: string, storyIds = c.storyIds): Correction => ({
  ...c,
  id: `${c.id}-${date}`,
  date,
  storyIds,
});

describe("correctionsFor(storyId, log)", () => {
  it("correctionsFor(main, fixture log) → its two corrections, in the log's order on one day", () =>
    expect(ids(correctionsFor(MAIN, log))).toEqual([first.id, second.id]));
  it("leaves out site-wide corrections (storyIds: [])", () =>
    expect(correctionsFor(MAIN, log)).not.toContainEqual(siteWide));
  it("correctionsFor(a story never corrected) → []", () => expect(correctionsFor("youth-jobs", log)).toEqual([]));
  it("puts a later day first", () => {
    const next = later(first, "2026-12-05");
    expect(ids(correctionsFor(MAIN, [...log, next]))).toEqual([next.id, first.id, second.id]);
  });
});

describe("lastCorrection and lastUpdate", () => {
  it("lastCorrection(main, fixture log) → the first of its newest day", () =>
    expect(lastCorrection(MAIN, log)).toEqual(first));
  it("lastCorrection(a story never corrected) → undefined", () =>
    expect(lastCorrection("youth-jobs", log)).toBeUndefined());
  it('lastUpdate({ updated: "2026-11-27" }, corrections of that day) → "2026-11-27"', () =>
    expect(lastUpdate({ updated: "2026-11-27" }, correctionsFor(MAIN, log))).toBe("2026-11-27"));
  it("lastUpdate is the newest correction's date when it is after updated", () =>
    expect(lastUpdate({ updated: "2026-11-27" }, [later(first, "2026-12-02")])).toBe("2026-12-02"));
  it("lastUpdate is updated when the story changed after its corrections", () =>
    expect(lastUpdate({ updated: "2026-12-10" }, correctionsFor(MAIN, log))).toBe("2026-12-10"));
  it("lastUpdate with no corrections → updated", () =>
    expect(lastUpdate({ updated: "2026-11-27" }, [])).toBe("2026-11-27"));
});

describe("newestFirst and correctionGroups", () => {
  it("newestFirst(fixture log) → the site-wide one (a later day), then the rest in log order", () =>
    expect(ids(newestFirst(log))).toEqual([siteWide.id, first.id, second.id]));
  it("newestFirst does not reorder its input", () => {
    const copy = [...log];
    newestFirst(copy);
    expect(copy).toEqual(log);
  });
  it("groups by story, the group with the newest correction first, site-wide as storyId null", () =>
    expect(
      correctionGroups(log, [MAIN, "youth-jobs"]).map((g) => ({ storyId: g.storyId, ids: ids(g.corrections) })),
    ).toEqual([
      { storyId: null, ids: [siteWide.id] },
      { storyId: MAIN, ids: [first.id, second.id] },
    ]));
  it("lists a correction of two stories under each", () => {
    const both = later(first, "2026-11-28", [MAIN, "youth-jobs"]);
    const groups = correctionGroups([...log, both], [MAIN, "youth-jobs"]);
    expect(groups.map((g) => g.storyId)).toEqual([null, MAIN, "youth-jobs"]);
    expect(groups.filter((g) => g.corrections.includes(both)).map((g) => g.storyId)).toEqual([MAIN, "youth-jobs"]);
  });
  it("groups of the same newest day keep the stories' order", () => {
    const youth = later(first, "2026-11-27", ["youth-jobs"]);
    expect(correctionGroups([first, youth], ["youth-jobs", MAIN]).map((g) => g.storyId)).toEqual(["youth-jobs", MAIN]);
  });
  it("correctionGroups([]) → [] (a site that has corrected nothing)", () =>
    expect(correctionGroups([], [MAIN])).toEqual([]));
});
