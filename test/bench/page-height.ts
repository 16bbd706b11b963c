/**
 * `node test/bench/page-height.ts [dist]`: how tall each story page is at a phone's width
 * (320 px) and at 1280 px, with JavaScript on, in Debian's Chromium. A long page says the
 * same facts too often; the number is measured here, not asserted by a unit test.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../helpers/browser.ts";
import { serveStatic } from "../helpers/static-server.ts";

const dist = process.argv[2] ?? "dist";
const stories = [
  "/",
  ...readdirSync(join(dist, "stories"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/stories/${entry.name}/`),
];
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of stories) {
      await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${String(width).padStart(4)} px  ${path.padEnd(34)} ${height.toLocaleString("en-US")} px`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
