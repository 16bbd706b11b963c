import type { LoaderContext } from "astro/loaders";

const SETTLE_MS = 80;
const RETRY_MS = 250;

/**
 * Live preview: reloads a collection when a watched file changes. An editor's save can be
 * seen half-written (truncated, then written), so the reload waits for the writes to
 * settle and, if the file still does not parse, tries once more before reporting the
 * problem in the terminal, in one line: the dev server's error page (src/dev/) lists
 * every problem, and the same problem is not logged again until a reload succeeds. The
 * collection keeps the last good data meanwhile.
 */
export function watchAndReload(
  context: Pick<LoaderContext, "watcher" | "logger">,
  path: string,
  concerns: (changed: string) => boolean,
  reload: () => Promise<void>,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(path);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported = "";
  const attempt = async (retriesLeft: number) => {
    try {
      await reload();
      reported = "";
    } catch (error) {
      if (retriesLeft > 0) {
        setTimeout(() => void attempt(retriesLeft - 1), RETRY_MS);
        return;
      }
      const line = oneLine(error);
      if (line === reported) return;
      reported = line;
      logger.error(`${line} (every problem: the error page in the browser)`);
    }
  };
  watcher.on("all", (_event, changed) => {
    if (!changed.startsWith(path) || !concerns(changed)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void attempt(1), SETTLE_MS);
  });
}

/** The first line of an error, cut at 200 characters: the place and what is wrong. */
function oneLine(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim().split("\n")[0] ?? "";
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
