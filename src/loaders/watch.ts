import type { LoaderContext } from "astro/loaders";

const SETTLE_MS = 80;
const RETRY_MS = 250;

/**
 * Live preview: reloads a collection when a watched file changes. An editor's save can be
 * seen half-written (truncated, then written), so the reload waits for the writes to
 * settle and, if the file still does not parse, tries once more before reporting the
 * problem in the terminal; the page keeps the last good data meanwhile.
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
  const attempt = async (retriesLeft: number) => {
    try {
      await reload();
    } catch (error) {
      if (retriesLeft > 0) setTimeout(() => void attempt(retriesLeft - 1), RETRY_MS);
      else logger.error((error as Error).message);
    }
  };
  watcher.on("all", (_event, changed) => {
    if (!changed.startsWith(path) || !concerns(changed)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void attempt(1), SETTLE_MS);
  });
}
