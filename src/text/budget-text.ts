import { knownBudgetTotal } from "../model/derive.ts";
import type { Program } from "../schemas/program.ts";
import type { TextLocale } from "./locale.ts";

/**
 * A budget as the site writes it, or the locale's unknown word; never 0.
 *   budgetText({ amount: 135000000, approximate: false }, ko) → "1억 3500만 원"
 *   budgetText({ amount: 230000000, approximate: true }, ko)  → "약 2억 3000만 원"
 *   budgetText({ amount: null, approximate: false }, ko)      → "금액 미공개"
 */
export function budgetText(budget: { amount: number | null; approximate: boolean }, locale: TextLocale): string {
  return budget.amount === null
    ? locale.unknown.money
    : locale.formats.money(budget.amount, { approximate: budget.approximate });
}

/**
 * The total of the known budgets ("약 " as soon as one of them is approximate); the
 * unknown ones are left out, not counted as 0.
 *   budgetTotalText([<1억 3500만>, <약 2억 3000만>, <미공개>], ko) → "약 3억 6500만 원"
 */
export function budgetTotalText(programs: readonly Program[], locale: TextLocale): string {
  return budgetText(knownBudgetTotal(programs), locale);
}
