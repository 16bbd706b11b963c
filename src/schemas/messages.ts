/**
 * The schemas' own rules, by name. A schema names the rule it breaks; the wording (Korean
 * for editors, English second) is in src/validate/schema-wording.ts, so what a rule says
 * can change without touching a schema, and zod's English never reaches an editor.
 */
export const RULE = {
  idKebab: "id.kebab",
  sourceIdsMin: "sourceIds.min",
  textEmpty: "text.empty",
  partialDate: "date.partial",
  realDay: "date.real",
  isoDay: "date.iso-day",
  isoDateTime: "date.iso-datetime",
  url: "url.http",
  krwInteger: "krw.integer",
  krwNegative: "krw.negative",
  krwTooLarge: "krw.too-large",
  countInteger: "count.integer",
  countNegative: "count.negative",
  countTooLarge: "count.too-large",
  budgetAmountOrReason: "budget.amount-or-reason",
  budgetUnknownApproximate: "budget.unknown-approximate",
  peopleCountOrReason: "people.count-or-reason",
  peopleCountsKind: "people.counts-kind",
  fundingOrReason: "funding.description-or-reason",
  sourceUrlOrReason: "source.url-or-reason",
  storyUpdatedBeforePublished: "story.updated-before-published",
  timelineEndBeforeStart: "timeline.end-before-start",
  figureIdsMin: "figure.ids-min",
  fieldName: "figure.field-name",
  formatName: "figure.format-name",
  datasetName: "figure.dataset-name",
  markName: "figure.mark-name",
  listMin: "list.min",
  yearInteger: "year.integer",
  yearRange: "year.range",
  streakNeedsYear: "award.streak-needs-year",
} as const;

export type RuleKey = (typeof RULE)[keyof typeof RULE];

/**
 * The rules about a renamed figure's `formerIds` (src/validate/figure-aliases.ts), by name;
 * `renamedChart` is the story rule of a `::chart[<former id>]` (reported as story/renamed-figure).
 * A former id that is not kebab-case is the schema's RULE.idKebab.
 */
export const FIGURE_ALIAS_RULE = {
  formerIsCurrent: "figure/former-id-current",
  formerTaken: "figure/former-id-taken",
  formerRepeated: "figure/former-id-repeated",
  formerReserved: "figure/former-id-reserved",
  renamedChart: "renamed-figure",
} as const;

/** The most characters a text field can have before a layout cannot show it. */
export const TEXT_LIMITS = {
  name: 60,
  title: 100,
  label: 120,
  sentence: 300,
  paragraph: 800,
} as const;
