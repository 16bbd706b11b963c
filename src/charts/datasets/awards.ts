import { editionText, streakText } from "../../text/labels-text.ts";
import type { DatasetDefinition } from "../types.ts";

/**
 * The awards of data/awards.json. `when` is the award's year, or for a streak ("3년 연속")
 * the span of years it implies, inferred from the count as the data says; an award the
 * source does not date has no date (start ""), so the timeline draws no mark for it.
 */
export const awards: DatasetDefinition = {
  // A row is named as the award is: "제21회 대한민국 지방자치경영대전 국무총리상"…
  labelField: () => "award",
  fields: () => ({ award: "text", event: "text", prize: "text", when: "date", streak: "text", edition: "text" }),
  rows: (data, _figure, locale) =>
    (data.awards ?? []).map((a) => {
      // …and a streak says so after the prize: "대한민국 일자리 어워드 장관상 (3년 연속)".
      const streak = a.streak === null ? null : `(${streakText(a.streak, locale)})`;
      const award = [a.edition === null ? null : editionText(a.edition, locale), a.event, a.prize, streak]
        .filter((part) => part !== null)
        .join(" ");
      return {
        key: a.id,
        label: award,
        sourceIds: a.sourceIds,
        fields: {
          award: { type: "text", text: award },
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
      };
    }),
};
