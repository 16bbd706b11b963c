import type { Entry } from "../model/entries.ts";
import type { DataStage } from "./data.ts";
import { entryPlace } from "./entry-place.ts";
import type { Problem } from "./problem.ts";
import { choices, didYouMean } from "../text/did-you-mean.ts";

const WHAT = { source: "출처", program: "사업", figure: "그림" } as const;
const WHERE = { source: "data/sources.json", program: "data/programs/", figure: "data/figures/" } as const;

/**
 * What a per-file schema cannot check: ids that refer to other files, and an id listed twice (a program listed twice in a figure
 * would draw two bars and write two CSV rows). A reference to an id whose own file failed
 * is left out: that file's problem is the one to fix.
 */
export function crossFileProblems(stage: DataStage): Problem[] {
  const problems: Problem[] = [];
  const { entries, failedIds } = stage;
  const valid = {
    source: entries.sources.map((e) => e.id),
    program: entries.programs.map((e) => e.id),
    figure: entries.figures.map((e) => e.id),
  };

  const refs = (
    entry: Entry<unknown>,
    field: (string | number)[],
    ids: string | readonly string[] | undefined,
    kind: keyof typeof WHAT,
  ) => {
    if (ids === undefined) return;
    const list = typeof ids === "string" ? [ids] : ids;
    const seen = new Set<string>();
    list.forEach((id, i) => {
      const path = typeof ids === "string" ? field : [...field, i];
      const { file, line, column, path: shown } = entryPlace(stage, entry, path);
      const at = { line, column };
      if (seen.has(id)) {
        problems.push({
          file,
          ...at,
          path: shown,
          ruleId: "data/duplicate-ref",
          message: `${WHAT[kind]} id "${id}"을(를) 같은 목록에 두 번 적었습니다.`,
          messageEn: `${kind} id "${id}" is listed twice`,
          hint: "한 번만 남기세요.",
          refId: id,
          severity: "error",
        });
        return;
      }
      seen.add(id);
      if (valid[kind].includes(id) || failedIds.has(id)) return;
      problems.push({
        file,
        ...at,
        path: shown,
        ruleId: `data/unknown-${kind}`,
        message: `없는 ${WHAT[kind]} id "${id}"입니다.`,
        messageEn: `unknown ${kind} id "${id}"; valid ids: ${valid[kind].join(", ") || "(none)"}`,
        hint: [didYouMean(id, valid[kind]), `${WHERE[kind]}에 있는 id: ${choices(id, valid[kind])}`]
          .filter(Boolean)
          .join(" "),
        refId: id,
        severity: "error",
      });
    });
  };

  for (const e of entries.programs) refs(e, ["sourceIds"], e.data.sourceIds, "source");
  for (const e of entries.awards) refs(e, ["sourceIds"], e.data.sourceIds, "source");
  for (const e of entries.contests) refs(e, ["sourceIds"], e.data.sourceIds, "source");
  for (const e of entries.timeline) {
    refs(e, ["sourceIds"], e.data.sourceIds, "source");
    refs(e, ["programId"], e.data.programId, "program");
  }
  // What a figure's data, marks and fields refer to is checked in figure-specs.ts.
  for (const e of entries.figures) refs(e, ["sourceIds"], e.data.sourceIds, "source");
  for (const e of entries.tables) refs(e, ["sourceIds"], e.data.sourceIds, "source");
  // A correction's story ids are checked with the stories (corrections.ts).
  for (const e of entries.corrections) refs(e, ["programIds"], e.data.programIds, "program");
  return problems;
}
