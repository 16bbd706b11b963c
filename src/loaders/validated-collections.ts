import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import type { SiteEntries } from "../model/entries.ts";
import { fingerprint } from "../validate/fingerprint.ts";
import { formatProblems } from "../validate/format.ts";
import { validateProjectCached } from "../validate/cached.ts";
import { validateProject, type ValidatedProject } from "../validate/index.ts";
import { isError } from "../validate/problem.ts";
import { watchAndReload } from "./watch.ts";

const WATCHED = ["data", "content/stories"];

let last: { root: string; print: string; result: Promise<ValidatedProject> } | undefined;

/**
 * The pipeline's result for the files as they are now, computed once per change for every
 * collection. A build (`cached`) takes it from the build cache, where its preflight has just
 * put it (src/validate/cached.ts); the live preview runs the pipeline itself.
 */
export function validatedProject(root: string, { cached = false } = {}): Promise<ValidatedProject> {
  const print = fingerprint(root);
  if (last?.root !== root || last.print !== print) {
    last = { root, print, result: cached ? validateProjectCached(root) : validateProject(root) };
  }
  return last.result;
}

/** Thrown when the files have errors: one message listing them all, as the build log shows them. */
export class EditorFilesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditorFilesError";
  }
}

/**
 * A collection filled from the one validation pipeline (src/validate/), never from a
 * second reading of the files: what the build publishes is exactly what `npm run check`
 * accepted. With any error in data/ or content/ the collection is not (re)loaded: the
 * build stops (its preflight has already printed every problem), and the live preview
 * keeps the last good data while its error page lists the problems.
 */
export function validatedCollection(name: keyof SiteEntries): Loader {
  return {
    name: `validated-${name}`,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const { entries, problems } = await validatedProject(root, { cached: !context.watcher });
        const errors = problems.filter(isError);
        if (errors.length > 0) throw new EditorFilesError(formatProblems(errors));
        context.store.clear();
        for (const entry of entries[name]) {
          const data = await context.parseData({
            id: entry.id,
            data: entry.data as Record<string, unknown>,
            filePath: entry.filePath,
          });
          const body = "body" in entry ? (entry.body as string | undefined) : undefined;
          context.store.set({
            id: entry.id,
            data,
            ...(entry.filePath ? { filePath: entry.filePath } : {}),
            ...(body !== undefined ? { body } : {}),
            digest: context.generateDigest({ data: entry.data, body }),
          });
        }
      };
      try {
        await sync();
      } catch (error) {
        // The live preview starts even with a mistake in the files: its error page lists
        // them (src/dev/) and the collection fills when they are fixed. A build stops.
        if (!context.watcher || !(error instanceof EditorFilesError)) throw error;
        context.logger.error(
          `${name}: 편집자 파일에 문제가 있어 미리보기가 오류 페이지를 보여 줍니다 (problems in data/ or content/: see the error page)`,
        );
      }
      for (const dir of WATCHED) watchAndReload(context, join(root, dir), () => true, sync);
    },
  };
}
