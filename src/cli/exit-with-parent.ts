/**
 * Preloaded into the Astro child of `npm run build` (`node --import <this file>`, see
 * src/cli/build.ts): the child exits as soon as its parent is gone. A parent killed with
 * SIGKILL cannot forward anything, and an orphaned `astro build` would otherwise run to
 * the end with nobody to remove its staging folder.
 *
 * The parent passes its pid in GOYANG_BUILD_PARENT_PID. The variable is removed here, so
 * worker threads and any process Astro starts (which inherit the --import) do not watch
 * a pid that is not their parent. An orphan is re-parented (to pid 1 or a subreaper), so
 * `process.ppid` changes: that is checked every POLL_MS.
 */
export const PARENT_PID_ENV = "GOYANG_BUILD_PARENT_PID";
const POLL_MS = 200;

const expected = Number(process.env[PARENT_PID_ENV]);
delete process.env[PARENT_PID_ENV];

function orphaned(): never {
  process.stderr.write(`\nbuild: the parent process (pid ${expected}) is gone; stopping Astro without output.\n`);
  process.exit(1);
}

if (Number.isInteger(expected) && expected > 0) {
  // The parent may already have died between spawn() and this line.
  if (process.ppid !== expected) orphaned();
  setInterval(() => {
    if (process.ppid !== expected) orphaned();
  }, POLL_MS).unref();
}
