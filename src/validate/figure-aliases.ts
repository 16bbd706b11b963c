import { FIGURE_ALIAS_RULE } from "../schemas/messages.ts";
import type { DataStage } from "./data.ts";
import { entryPlace } from "./entry-place.ts";
import { ENTRY_DIRS } from "./files.ts";
import type { Problem } from "./problem.ts";

/**
 * A renamed figure's `formerIds` each become a second address of the figure (/embed/<old>/,
 * /oembed/<old>.json, #figure-<old> in its story), so each must name exactly one figure: not
 * a figure that exists now (two pages would be built at one address, and the story would
 * have two elements with one id), not another figure's former id, not twice in one list.
 * Kebab-case is the schema's (idSchema). A figure file that exists but failed still holds
 * its id: its file name counts as a current id.
 */
export function figureAliasProblems(stage: DataStage): Problem[] {
  const problems: Problem[] = [];
  const folder = `${ENTRY_DIRS.figures}/`;
  const current = new Set(
    [...stage.json.keys()]
      .filter((file) => file.startsWith(folder) && file.endsWith(".json"))
      .map((file) => file.slice(folder.length, -".json".length)),
  );
  for (const entry of stage.entries.figures) current.add(entry.id);
  /** Which figure claimed each former id first, in reading order (figures by file name). */
  const claimed = new Map<string, string>();

  for (const entry of stage.entries.figures) {
    const seen = new Set<string>();
    entry.data.formerIds?.forEach((old, i) => {
      const at = entryPlace(stage, entry, ["formerIds", i]);
      const report = (ruleId: string, message: string, messageEn: string, hint: string) =>
        problems.push({ ...at, ruleId, message, messageEn, hint, refId: entry.id, severity: "error" });
      if (seen.has(old)) {
        report(
          FIGURE_ALIAS_RULE.formerRepeated,
          `예전 id "${old}"을(를) formerIds에 두 번 적었습니다.`,
          `former id "${old}" is listed twice`,
          "한 번만 남기세요.",
        );
        return;
      }
      seen.add(old);
      if (current.has(old)) {
        report(
          FIGURE_ALIAS_RULE.formerIsCurrent,
          old === entry.id
            ? `예전 id "${old}"이(가) 이 그림의 지금 id와 같습니다.`
            : `예전 id "${old}"은(는) 지금 있는 그림 ${folder}${old}.json의 id입니다.`,
          old === entry.id
            ? `former id "${old}" is the figure's own id`
            : `former id "${old}" is the id of the figure ${folder}${old}.json`,
          old === entry.id
            ? "formerIds에는 이름을 바꾸기 전의 id만 적습니다. 이 줄을 지우세요."
            : `한 주소(/embed/${old}/)가 두 그림을 가리킬 수 없습니다. "${old}"이(가) 정말 이 그림의 예전 id라면 지금의 ${old}.json을 다른 이름으로 바꾸고, 아니라면 이 줄을 지우세요.`,
        );
        return;
      }
      const owner = claimed.get(old);
      if (owner !== undefined) {
        report(
          FIGURE_ALIAS_RULE.formerTaken,
          `예전 id "${old}"은(는) 그림 "${owner}"의 formerIds에도 있습니다 (${folder}${owner}.json).`,
          `former id "${old}" is already a former id of the figure "${owner}"`,
          `예전 주소(/embed/${old}/) 하나는 한 그림으로만 이어집니다. 실제로 "${old}"였던 그림에만 남기세요.`,
        );
        return;
      }
      claimed.set(old, entry.id);
    });
  }
  return problems;
}
