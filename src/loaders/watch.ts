import type { LoaderContext } from "astro/loaders";

const SETTLE_MS = 80;
const RETRY_MS = 250;

/**
 * What has been logged since the last successful reload, shared by every collection: when
 * all of them check the whole project, one mistake fails each of them the same way, and
 * it is logged once.
 */
const reported = new Set<string>();

/**
 * One reload at a time per collection (keyed by its reload function, which may watch
 * several folders): a reload that started before a later save could otherwise finish
 * after the reload of that save and put the older data back in the store. A save during a
 * reload runs it once more when it ends.
 */
const queues = new WeakMap<() => Promise<void>, { running: boolean; again: boolean }>();

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
  const queue = queues.get(reload) ?? { running: false, again: false };
  queues.set(reload, queue);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reloadOnce = async () => {
    for (let retriesLeft = 1; ; retriesLeft--) {
      try {
        await reload();
        reported.clear();
        return;
      } catch (error) {
        if (retriesLeft > 0) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          continue;
        }
        const line = oneLine(error);
        if (reported.has(line)) return;
        reported.add(line);
        logger.error(`${line} — 브라우저의 오류 페이지에 모두 나옵니다 (every problem: the error page in the browser)`);
        return;
      }
    }
  };
  const run = async () => {
    if (queue.running) {
      queue.again = true;
      return;
    }
    queue.running = true;
    try {
      do {
        queue.again = false;
        await reloadOnce();
      } while (queue.again);
    } finally {
      queue.running = false;
    }
  };

  watcher.on("all", (_event, changed) => {
    if (!changed.startsWith(path) || !concerns(changed)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
}

/**
 * The place and what is wrong, in one line cut at 200 characters: the error's first line,
 * and the next one too when the first is only a place ("data/x.json:7:35 budget").
 */
function oneLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  let text = lines[0] ?? "";
  if (/^\S+:\d+:\d+(?: \S+)?$/.test(text) && lines[1]) text = `${text} ${lines[1]}`;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
