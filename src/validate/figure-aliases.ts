import { RESERVED_DOWNLOAD_NAMES, RESERVED_SUFFIXES } from "../downloads/reserved-names.ts";
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
 * its id: its file name counts as a current id. A former id also gets the figure's download
 * files, so it may not take a name of the downloads' (src/downloads/reserved-names.ts).
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
  const formerIds = new Set(stage.entries.figures.flatMap((e) => e.data.formerIds ?? []));
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
      const clash = downloadClash(old, current, formerIds);
      if (clash !== undefined) {
        report(
          FIGURE_ALIAS_RULE.formerReserved,
          `예전 id "${old}"의 내려받기 파일이 /downloads/${clash}와(과) 겹칩니다.`,
          `former id "${old}": its download files would clash with /downloads/${clash}`,
          `예전 id도 내려받기 파일(/downloads/${old}.png, ${old}-card.png…)을 받습니다. "story"나, 다른 그림 id 뒤에 -phone, -card를 붙인 이름은 쓸 수 없습니다. 정말 쓰던 이름이 아니라면 이 줄을 지우세요.`,
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

/**
 * The download file a former id's files would overwrite, or undefined: "story" is the
 * story's share image (story.png); "x-card" is the card of a figure "x"; a former id "x"
 * whose "x-phone" is another figure's id would write that figure's x-phone.svg.
 */
function downloadClash(old: string, current: ReadonlySet<string>, formerIds: ReadonlySet<string>): string | undefined {
  if (RESERVED_DOWNLOAD_NAMES.includes(old)) return `${old}.png`;
  const taken = (id: string) => current.has(id) || formerIds.has(id);
  for (const suffix of RESERVED_SUFFIXES) {
    if (old.endsWith(suffix) && taken(old.slice(0, -suffix.length)))
      return `${old}.${suffix === "-card" ? "png" : "svg"}`;
    if (taken(`${old}${suffix}`)) return `${old}${suffix}.${suffix === "-card" ? "png" : "svg"}`;
  }
  return undefined;
}
