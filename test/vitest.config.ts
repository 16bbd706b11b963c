import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Unit, snapshot and build tests. The browser suite has its own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    // One real build per configuration for the whole run, shared by the files that read the
    // built site (test/helpers/shared-build.ts); built on first use, removed at the end.
    globalSetup: ["test/global-setup.ts"],
    // Vitest's default is one worker fewer than the cores, which on a 2-core machine runs the
    // files one at a time; the slow files mostly wait for a child process (a build, astro
    // dev, npm run check), so at least two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Pin the clock's zone so any date formatting is the same on every machine.
    env: { TZ: "Asia/Seoul" },
    testTimeout: 20_000,
  },
});
