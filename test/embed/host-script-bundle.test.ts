/**
 * /embed.js as the build bundles it (src/embed/bundle-host-script.ts): small, one IIFE in
 * ES2019, the embed origin baked in, and nothing but src/embed/ inside. The built file
 * itself is checked again in the browser suite (test/browser/embed-host.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleEmbedPageScript, bundleHostScript } from "../../src/embed/bundle-host-script.ts";
import { ROOT } from "../helpers/site-data.ts";

const dir = join(ROOT, "src/embed");
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
);
const HOST_SCRIPT_GZIP_LIMIT = (
  JSON.parse(readFileSync(join(ROOT, "test/budgets.json"), "utf8")) as { hostScriptGzipBytes: number }
).hostScriptGzipBytes;

describe("the host script bundle", () => {
  it("is within its budget (test/budgets.json hostScriptGzipBytes), with the origin and path baked in", async () => {
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
    // It never moves the host page; its one window.open is the link a sandboxed embed hands over.
    expect(code).not.toMatch(/location\s*=|location\.href\s*=|\.assign\(|\.replace\(|scrollTo|scrollIntoView/);
    expect(code.match(/\.open\(/g)).toHaveLength(1);
    expect(code).toContain('"noopener,noreferrer"');
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

describe("the embed page's inline script bundle", () => {
  it("is one ES2019 classic script that cannot end its <script> element early", async () => {
    const code = await bundleEmbedPageScript(files);
    expect(code).toMatch(/^\(\(\)=>\{/);
    expect(code).not.toMatch(/\?\.|\?\?|#\w+\s*=|<\/script|^import |^export /m);
    expect(code).toContain("goyang-jobs:embed-height");
    expect(gzipSync(code, { level: 9 }).byteLength).toBeLessThanOrEqual(2048);
  });
});
