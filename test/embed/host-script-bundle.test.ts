/**
 * /embed.js as the build bundles it (src/embed/bundle-host-script.ts): small, one IIFE in
 * ES2019, the embed origin baked in, and nothing but src/embed/ inside. The built file
 * itself is checked again in the browser suite (test/browser/embed-host.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleHostScript } from "../../src/embed/bundle-host-script.ts";
import { ROOT } from "../helpers/site-data.ts";

const dir = join(ROOT, "src/embed");
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
);
const HOST_SCRIPT_GZIP_LIMIT = 2048;

describe("the host script bundle", () => {
  it("is at most 2 KB gzip, with the origin and path baked in", async () => {
    const code = await bundleHostScript({ origin: "https://news.example", embedPath: "/goyang/embed/" }, files);
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    expect(gzip).toBeLessThanOrEqual(HOST_SCRIPT_GZIP_LIMIT);
    expect(code).toMatch(/^\(\(\)=>\{/);
    expect(code).toContain('"https://news.example","/goyang/embed/"');
    // ES2019: no optional chaining, nullish coalescing or class fields left in.
    expect(code).not.toMatch(/\?\.|\?\?|#\w+\s*=/);
    // The checks it must carry.
    expect(code).toContain("contentWindow");
    expect(code).toContain("goyang-jobs:embed-height");
    expect(code).not.toMatch(/location\s*=|location\.href\s*=|\.assign\(|\.replace\(|window\.open|scrollTo/);
  });

  it("refuses an import from outside src/embed/", async () => {
    const planted = { ...files, "host-script.ts": `import "../client/chart-island.ts";\n${files["host-script.ts"]}` };
    await expect(bundleHostScript({ origin: "https://news.example", embedPath: "/embed/" }, planted)).rejects.toThrow(
      /may import only files of src\/embed/,
    );
  });

  it("refuses a configuration that is not an origin and a path", async () => {
    await expect(
      bundleHostScript({ origin: "https://news.example/goyang", embedPath: "/embed/" }, files),
    ).rejects.toThrow(/not an origin/);
    await expect(bundleHostScript({ origin: "https://news.example", embedPath: "embed" }, files)).rejects.toThrow(
      /not a path/,
    );
  });
});
