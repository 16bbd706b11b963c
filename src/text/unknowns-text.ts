import type { Award } from "../schemas/award.ts";
import type { Program } from "../schemas/program.ts";
import type { Source } from "../schemas/source.ts";
import { budgetText } from "./budget-text.ts";
import { countText } from "./count-text.ts";
import type { TextLocale } from "./locale.ts";

/** What the list is drawn from: a story's (or a program page's) programs, awards and sources. */
export interface UnknownsInput {
  programs: readonly Program[];
  awards: readonly Award[];
  sources: readonly Pick<Source, "outlet">[];
}

/**
 * "What we don't know", generated from the data's gaps, so it follows every correction: one
 * sentence per kind of gap, naming the programs it concerns, in the programs' order.
 *   unknownsText({ programs: [<job-fair: 금액 미공개, 채용 목표 149명>], awards: [], sources: [<NSP통신>] }, ko)
 *   → ["사업비: 2025 고양시 중장년 일자리 박람회는 보도에 금액이 나오지 않습니다.",
 *      "실제 채용: 2025 고양시 중장년 일자리 박람회의 채용 목표 149명은 기업들이 세운 목표입니다. …",
 *      "검증: 모든 수치는 시가 내놓은 자료를 옮긴 NSP통신 보도에서 왔고, …"]
 */
export function unknownsText({ programs, awards, sources }: UnknownsInput, locale: TextLocale): string[] {
  const names = (list: readonly Program[]) => list.map((p) => p.name).join(locale.patterns.listSeparator);
  const lines: string[] = [];
  const gap = (list: readonly Program[], say: (names: string) => string) => {
    if (list.length > 0) lines.push(say(names(list)));
  };
  gap(
    programs.filter((p) => p.budget.amount === null),
    locale.unknowns.budget,
  );
  gap(
    programs.filter((p) => p.funding.description === null),
    locale.unknowns.funding,
  );
  gap(
    programs.filter((p) => p.people.count === null),
    locale.unknowns.people,
  );
  for (const p of programs) {
    if (p.people.counts === "hiringTarget") lines.push(locale.unknowns.hires(p.name, countText(p.people, locale)));
    if (p.people.counts === "participations") lines.push(locale.unknowns.persons(p.name, countText(p.people, locale)));
    if (p.budget.approximate) lines.push(locale.unknowns.exactAmount(p.name, budgetText(p.budget, locale)));
  }
  for (const a of awards) if (a.year === null) lines.push(locale.unknowns.awardYear(`${a.event} ${a.prize}`));
  for (const outlet of new Set(sources.map((s) => s.outlet))) lines.push(locale.unknowns.verified(outlet));
  return lines;
}
