import type { Award } from "../schemas/award.ts";
import type { Contest } from "../schemas/contest.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import type { Source } from "../schemas/source.ts";
import type { Story } from "../schemas/story.ts";
import type { TimelineEvent } from "../schemas/timeline.ts";

/** An entry as the content layer gives it: its id, the file it came from and its validated data. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

export interface SiteEntries {
  sources: Entry<Source>[];
  programs: Entry<Program>[];
  awards: Entry<Award>[];
  timeline: Entry<TimelineEvent>[];
  contests: Entry<Contest>[];
  figures: Entry<Figure>[];
  stories: Entry<Story>[];
}

/** One broken cross-reference, located by file and field path. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export class DataIntegrityError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in data/ and content/:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataIntegrityError";
    this.problems = problems;
  }
}

export function formatProblem({ file, field, message }: Problem): string {
  return `  ${file}: ${field}: ${message}`;
}

/**
 * Checks what a per-file schema cannot: ids that refer to other files. Schemas already
 * guarantee each file's own shape. Returns every problem at once so an editor fixes them
 * in one pass.
 */
export function findIntegrityProblems(site: SiteEntries): Problem[] {
  const problems: Problem[] = [];
  const ids = (entries: Entry<unknown>[]) => entries.map((e) => e.id);
  const sourceIds = ids(site.sources);
  const programIds = ids(site.programs);

  // `refs` is a list field (reported as field[i]) or one id (reported as field).
  const checkRefs = (
    entry: Entry<unknown>,
    field: string,
    refs: string | readonly string[],
    valid: string[],
    what: string,
  ) => {
    (typeof refs === "string" ? [refs] : refs).forEach((ref, i) => {
      if (!valid.includes(ref)) {
        problems.push({
          file: entry.filePath ?? entry.id,
          field: typeof refs === "string" ? field : `${field}[${i}]`,
          message: `unknown ${what} id "${ref}"; valid ids: ${valid.join(", ") || "(none)"}`,
        });
      }
    });
  };

  // Per-file collections: the id is the file name, and the id field inside must agree.
  for (const entry of [...site.programs, ...site.figures]) {
    if (entry.data.id !== entry.id) {
      problems.push({
        file: entry.filePath ?? entry.id,
        field: "id",
        message: `"${entry.data.id}" must equal the file name "${entry.id}"`,
      });
    }
  }

  for (const e of site.programs) checkRefs(e, "sourceIds", e.data.sourceIds, sourceIds, "source");
  for (const e of site.awards) checkRefs(e, "sourceIds", e.data.sourceIds, sourceIds, "source");
  for (const e of site.contests) checkRefs(e, "sourceIds", e.data.sourceIds, sourceIds, "source");
  for (const e of site.timeline) {
    checkRefs(e, "sourceIds", e.data.sourceIds, sourceIds, "source");
    if (e.data.programId !== undefined) checkRefs(e, "programId", e.data.programId, programIds, "program");
  }
  for (const e of site.figures) {
    checkRefs(e, "sourceIds", e.data.sourceIds, sourceIds, "source");
    checkRefs(e, "data.programIds", e.data.data.programIds, programIds, "program");
  }
  for (const e of site.stories) {
    checkRefs(e, "sourceIds", e.data.sourceIds, sourceIds, "source");
  }
  return problems;
}

export function assertIntegrity(site: SiteEntries): void {
  const problems = findIntegrityProblems(site);
  if (problems.length > 0) throw new DataIntegrityError(problems);
}
