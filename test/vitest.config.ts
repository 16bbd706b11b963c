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
    // Pin the clock's zone so any date formatting is the same on every machine.
    env: { TZ: "Asia/Seoul" },
    testTimeout: 20_000,
  },
});
