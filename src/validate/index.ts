import type { Problem } from "./problem.ts";
import type { SiteEntries } from "../model/integrity.ts";

export type { Problem } from "./problem.ts";

/** What the one validation pipeline returns: the entries that passed, and every problem found. */
export interface ValidatedProject {
  entries: SiteEntries;
  problems: Problem[];
}

/**
 * The one validation pipeline over data/ and content/ (files → parse → schemas →
 * cross-file rules → stories), pure of Astro: the loaders, `npm run build`'s preflight,
 * `npm run check` and the dev server's error page all call it.
 * (Being written: this placeholder only fixes the signature.)
 */
export async function validateProject(root: string): Promise<ValidatedProject> {
  void root;
  throw new Error("validateProject: not written yet");
}
