import type { DatasetDefinition } from "../types.ts";

/** The contests the city ran itself (data/contests.json): not awards it received. */
export const contests: DatasetDefinition = {
  labelField: () => "name",
  fields: () => ({ name: "text", heldOn: "date", caseCount: "count" }),
  rows: (data, _figure, locale) =>
    (data.contests ?? []).map((c) => ({
      key: c.id,
      label: c.name,
      sourceIds: c.sourceIds,
      fields: {
        name: { type: "text", text: c.name },
        heldOn: { type: "date", start: c.heldOn, inferred: false },
        caseCount: { type: "count", count: c.caseCount, counts: null, counter: "case" },
      },
      attributes: { id: c.id, edition: c.edition },
    })),
};
