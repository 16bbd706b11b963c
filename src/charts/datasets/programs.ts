import { budgetPerPerson } from "../../model/derive.ts";
import { LIFE_STAGES, PEOPLE_KINDS } from "../../schemas/program.ts";
import { fundingText } from "../../text/funding-text.ts";
import { kindText } from "../../text/count-text.ts";
import { lifeStageText } from "../../text/labels-text.ts";
import { perUnitLabel } from "../../text/per-unit-text.ts";
import type { DatasetDefinition } from "../types.ts";

/**
 * The programs of data/programs/, one row each. `perUnit` is derived (budget ÷ count, by
 * what the count counts), never typed in; `perUnitKind` is its unit ("교육 대상 1명당"),
 * for one small multiple per unit.
 */
export const programs: DatasetDefinition = {
  labelField: () => "name",
  fields: () => ({
    name: "text",
    budget: "money",
    people: "count",
    peopleKind: "text",
    perUnit: "perUnit",
    perUnitKind: "text",
    lifeStage: "text",
    year: "number",
    funding: "text",
  }),
  order: { lifeStage: LIFE_STAGES, peopleKind: PEOPLE_KINDS },
  rows: (data, _figure, locale) =>
    data.programs.map((p) => {
      const kind = p.people.counts;
      const unit = kind === null ? null : perUnitLabel(kind, locale);
      return {
        key: p.id,
        label: p.name,
        sourceIds: p.sourceIds,
        fields: {
          name: { type: "text", text: p.name },
          budget: { type: "money", ...p.budget },
          people: { type: "count", ...p.people },
          peopleKind: { type: "text", text: kind === null ? null : kindText(kind, locale) },
          perUnit: { type: "perUnit", amount: unit === null ? null : budgetPerPerson(p), kind },
          perUnitKind: { type: "text", text: unit },
          lifeStage: { type: "text", text: lifeStageText(p.lifeStage, locale) },
          year: { type: "number", value: p.year },
          funding: { type: "text", text: p.funding.description === null ? null : fundingText(p.funding, locale) },
        },
        attributes: {
          id: p.id,
          name: p.name,
          peopleKind: kind,
          perUnitKind: kind === null || unit === null ? null : kind,
          lifeStage: p.lifeStage,
          year: p.year,
          budget: p.budget.amount !== null,
          people: p.people.count !== null,
          funding: p.funding.description !== null,
        },
      };
    }),
};
