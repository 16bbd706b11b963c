import { todayInSeoul } from "../format/date.ts";
import type { DataStage } from "./data.ts";
import { entryPlace } from "./entry-place.ts";
import { STORIES_DIR } from "./files.ts";
import type { Problem } from "./problem.ts";
import type { StoryStage } from "./stories.ts";
import { choices, didYouMean } from "../text/did-you-mean.ts";

/**
 * What the corrections log (data/corrections.json) says about the stories, checked once
 * the stories are read: every story id names a story file; a correction is not dated in
 * the future (a typo in the year would publish a date readers cannot trust) nor before
 * the story it corrects was published. A correction after the story's `updated` is a
 * warning: the page shows the later date as its last update, but the frontmatter (and
 * what is built from it) should say so too. A story whose own file failed is left out:
 * that file's problem is the one to fix.
 */
export function correctionProblems(data: DataStage, stories: StoryStage, today = todayInSeoul()): Problem[] {
  const problems: Problem[] = [];
  const valid = stories.stories.map((s) => s.id);
  const byId = new Map(stories.stories.map((s) => [s.id, s.data]));
  const newestAfterUpdate = new Map<string, { date: string; place: ReturnType<typeof entryPlace> }>();
  for (const entry of data.entries.corrections) {
    const { date, storyIds } = entry.data;
    const at = (path: (string | number)[]) => entryPlace(data, entry, path);
    if (date > today) {
      problems.push({
        ...at(["date"]),
        ruleId: "correction/future-date",
        message: `정정 날짜 ${date}은(는) 오늘(${today})보다 뒤입니다.`,
        messageEn: `the correction's date ${date} is after today (${today}, Korea)`,
        hint: "정정한 날, 곧 오늘이나 그 전 날짜를 YYYY-MM-DD로 적으세요. 연도를 잘못 적었는지 확인하세요.",
        severity: "error",
      });
    }
    const seen = new Set<string>();
    storyIds.forEach((id, i) => {
      if (seen.has(id)) {
        problems.push({
          ...at(["storyIds", i]),
          ruleId: "data/duplicate-ref",
          message: `이야기 id "${id}"을(를) 같은 목록에 두 번 적었습니다.`,
          messageEn: `story id "${id}" is listed twice`,
          hint: "한 번만 남기세요.",
          refId: id,
          severity: "error",
        });
        return;
      }
      seen.add(id);
      const story = byId.get(id);
      if (story === undefined) {
        if (stories.fileIds.includes(id)) return;
        problems.push({
          ...at(["storyIds", i]),
          ruleId: "data/unknown-story",
          message: `없는 이야기 id "${id}"입니다.`,
          messageEn: `unknown story id "${id}"; valid ids: ${valid.join(", ") || "(none)"}`,
          hint: [didYouMean(id, valid), `${STORIES_DIR}/에 있는 이야기(파일 이름): ${choices(id, valid)}`]
            .filter(Boolean)
            .join(" "),
          refId: id,
          severity: "error",
        });
        return;
      }
      if (date < story.published) {
        problems.push({
          ...at(["date"]),
          ruleId: "correction/before-published",
          message: `정정 날짜 ${date}이(가) 이야기 "${id}"의 발행일(${story.published})보다 앞섭니다.`,
          messageEn: `the correction's date ${date} is before story "${id}" was published (${story.published})`,
          hint: "정정한 날짜를 확인하세요. 발행 전에 고친 내용은 정정이 아니라 기사의 일부입니다.",
          refId: id,
          severity: "error",
        });
      } else if (date > story.updated && date > (newestAfterUpdate.get(id)?.date ?? "")) {
        newestAfterUpdate.set(id, { date, place: at(["date"]) });
      }
    });
  }
  // Once per story, at its newest such correction: one frontmatter edit fixes them all.
  for (const [id, { date, place }] of newestAfterUpdate) {
    problems.push({
      ...place,
      ruleId: "correction/after-updated",
      message: `정정 날짜 ${date}이(가) 이야기 "${id}"의 수정일(updated: ${byId.get(id)?.updated})보다 뒤입니다.`,
      messageEn: `the correction's date ${date} is after story "${id}"'s updated date (${byId.get(id)?.updated})`,
      hint: `${STORIES_DIR}/${id}.md 머리말의 updated를 "${date}"로 고치세요.`,
      refId: id,
      severity: "warning",
    });
  }
  return problems;
}
