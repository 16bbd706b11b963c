import { editionText, streakText } from "../../text/labels-text.ts";
import type { DatasetDefinition } from "../types.ts";

/**
 * The awards of data/awards.json. `when` is the award's year, or for a streak ("3년 연속")
 * the span of years it implies, inferred from the count as the data says; an award the
 * source does not date has no date (start ""), so the timeline draws no mark for it.
 */
export const awards: DatasetDefinition = {
  labelField: () => "event",
  fields: () => ({ event: "text", prize: "text", when: "date", streak: "text", edition: "text" }),
  rows: (data, _figure, locale) =>
    (data.awards ?? []).map((a) => ({
      key: a.id,
      label: a.event,
      sourceIds: a.sourceIds,
      fields: {
        event: { type: "text", text: a.event },
        prize: { type: "text", text: a.prize },
        when:
          a.streak === null || a.year === null
            ? { type: "date", start: a.year === null ? "" : String(a.year), inferred: false }
            : { type: "date", start: String(a.streak.since), end: String(a.year), inferred: a.streak.inferred },
        streak: { type: "text", text: streakText(a.streak, locale) },
        edition: { type: "text", text: a.edition === null ? null : editionText(a.edition, locale) },
      },
      attributes: { id: a.id, year: a.year, streak: a.streak !== null },
    })),
};
