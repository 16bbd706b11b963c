import { defineConfig } from "vitest/config";

// The browser suite: builds the site once, serves dist/ on 127.0.0.1, drives Chromium.
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["test/browser/**/*.test.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
