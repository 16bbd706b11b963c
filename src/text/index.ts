// One wording per fact, by locale (like d3-format's formatLocale): every function takes the
// locale object and contains no words of its own. The site's locale is `ko`.
//   budgetText(program.budget, ko) → "1억 3500만 원"; countText(program.people, ko) → "교육 대상 69명"
export type { TextLocale } from "./locale.ts";
export { ko } from "./locale-ko.ts";
export { budgetText, budgetTotalText } from "./budget-text.ts";
export { countText, headcountText, kindText } from "./count-text.ts";
export { perUnitLabel, perUnitOrUnknownText, perUnitText } from "./per-unit-text.ts";
export { tallyText, unitText, unitsText } from "./units-text.ts";
export { fundingText } from "./funding-text.ts";
export { editionText, lifeStageText, streakText, yearText } from "./labels-text.ts";
export { dateText } from "./date-text.ts";
export { publishedDateText, sourceCitation, sourceCredit, sourceCreditParts, sourcesCredit } from "./source-credit.ts";
export { withParticle } from "./particle.ts";
