import type { DatasetDefinition } from "../types.ts";

/** The dated events and spans of data/timeline.json; `inferred` where the source gives no date outright. */
export const timeline: DatasetDefinition = {
  labelField: () => "label",
  fields: () => ({ label: "text", when: "date", program: "text" }),
  rows: (data, _figure, locale) =>
    (data.timeline ?? []).map((e) => {
      const program = data.programs.find((p) => p.id === e.programId);
      return {
        key: e.id,
        label: e.label,
        sourceIds: e.sourceIds,
        fields: {
          label: { type: "text", text: e.label },
          when: { type: "date", start: e.start, ...(e.end === undefined ? {} : { end: e.end }), inferred: e.inferred },
          program: { type: "text", text: program?.name ?? null },
        },
        attributes: {
          id: e.id,
          programId: e.programId ?? null,
          inferred: e.inferred,
          span: e.end !== undefined,
          year: Number(e.start.slice(0, 4)),
        },
      };
    }),
};
