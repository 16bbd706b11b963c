/**
 * `npm run bench [-- --runs N]`: what each built page costs a reader. Not a test: it
 * measures and reports, the budgets are enforced by test/site/budgets.test.ts.
 *
 * 1. Copies the project to a temp dir (as test/helpers/build-project.ts does) with no
 *    .astro/ and no build caches, and times a clean `npm run build` there.
 * 2. Serves that dist/ on 127.0.0.1 and loads every page in headless Chromium (Debian's,
 *    never a downloaded one), in a fresh context each run (empty cache):
 *    requests, and the bytes of every file served, raw and gzip level 9, by type;
 *    the time from navigation start until every chart SVG (figure.chart .chart-view[role=img])
 *    is in the DOM, and until the load event: unthrottled, and under DevTools
 *    throttling (150 ms latency, 1.6 Mbps down and up, CPU 4× slower); median of N runs.
 * 3. Prints tables and writes everything to test-results/bench.json.
 *
 * Runs on the project's Node 24 with type stripping, so its own imports carry `.ts`.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import sirv from "sirv";
import { CHROMIUM_PATH, launchChromium } from "../helpers/browser.ts";
import { TEST_SITE_URL } from "../helpers/build-project.ts";
import { htmlPages, normalizeBase, pageUrlPath } from "../helpers/link-check.ts";
import { budgetChecks, measure, pageWeight, readBudgets, type Bytes } from "../helpers/page-weight.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const OUTPUT = join(ROOT, "test-results", "bench.json");

const THROTTLING = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  cpuSlowdown: 4,
};

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive whole number, got ${args.runs}`);

// ---------------------------------------------------------------------------- build

/** What test/helpers/build-project.ts copies: everything an editor or developer commits. */
const PROJECT_ENTRIES = ["src", "content", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"];
/** Build caches that may live in node_modules (Astro's and Vite's defaults) or the project. */
const CACHES = [".astro", ".vite", ".cache"];

/**
 * A copy of the project whose node_modules/ is a folder of links to the real packages, so
 * the build finds every package but none of the caches the shared node_modules/ may hold.
 */
function cleanCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "goyang-bench-"));
  for (const entry of PROJECT_ENTRIES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  for (const entry of readdirSync(join(ROOT, "node_modules"))) {
    if (!CACHES.includes(entry)) symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
  }
  for (const cache of [".astro", ".tmp"]) rmSync(join(dir, cache), { recursive: true, force: true });
  return dir;
}

function cleanBuild(dir: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(dir, "src/cli/build.ts")], {
    cwd: dir,
    encoding: "utf8",
    // A SITE_URL as the test builds have (test/helpers/build-project.ts), so CI=true does not stop the build.
    env: { SITE_URL: TEST_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 300_000,
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`the site did not build:\n${run.stdout}\n${run.stderr}`);
  return ms;
}

// --------------------------------------------------------------------------- server

interface Served {
  path: string;
  status: number;
  file: string | null;
}

/** The dist/ file sirv sends for a request path (its lookup: as is, .html, /index.html), if any. */
function fileFor(dist: string, requestPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(requestPath, "http://x").pathname).replace(/^\/+/, "");
  } catch {
    return null;
  }
  const candidates =
    path === "" || path.endsWith("/") ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((candidate) => statSync(join(dist, candidate), { throwIfNoEntry: false })?.isFile()) ?? null;
}

/** sirv on 127.0.0.1, the site under its base path, with a log of what it served. */
async function serve(dist: string, base: string) {
  const log: Served[] = [];
  const handler = sirv(dist, { dev: false, etag: false });
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const notFound = () => {
      res.statusCode = 404;
      res.end("not found");
    };
    if (!path.startsWith(base)) {
      log.push({ path, status: 404, file: null });
      return notFound();
    }
    req.url = `/${path.slice(base.length)}`;
    const file = fileFor(dist, req.url);
    res.on("finish", () => log.push({ path, status: res.statusCode, file: res.statusCode === 200 ? file : null }));
    handler(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// -------------------------------------------------------------------------- browser

interface Load {
  chartsMs: number | null;
  loadMs: number;
  served: Served[];
}

declare global {
  // Set by the init script below when every chart's SVG is in the DOM.
  var __benchChartsReady: number | undefined;
}

/** Runs before any of the page's own code: notes the moment the last chart SVG is parsed. */
function watchCharts(expected: number) {
  const ready = () => {
    if (globalThis.__benchChartsReady !== undefined) return true;
    if (document.querySelectorAll("figure.chart .chart-view[role=img]").length < expected) return false;
    globalThis.__benchChartsReady = performance.now();
    return true;
  };
  if (ready()) return;
  const observer = new MutationObserver(() => {
    if (ready()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function loadOnce(
  browser: Browser,
  url: string,
  charts: number,
  throttled: boolean,
  log: Served[],
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchCharts, charts);
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: THROTTLING.downloadBytesPerSecond,
      uploadThroughput: THROTTLING.uploadBytesPerSecond,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpuSlowdown });
  }
  log.length = 0;
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  if (charts > 0)
    await page.waitForFunction(() => globalThis.__benchChartsReady !== undefined, null, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const timing = await page.evaluate(() => ({
    chartsMs: globalThis.__benchChartsReady ?? null,
    loadMs: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart,
  }));
  const served = [...log];
  await context.close();
  return { ...timing, served };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ------------------------------------------------------------------------- measure

type Kind = "html" | "css" | "js" | "other";
const kindOf = (file: string): Kind => {
  const ext = extname(file).toLowerCase();
  return ext === ".html" ? "html" : ext === ".css" ? "css" : ext === ".js" || ext === ".mjs" ? "js" : "other";
};

function bytesServed(dist: string, served: Served[]) {
  const byKind: Record<Kind | "total", Bytes> = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
    total: { raw: 0, gzip: 0 },
  };
  const files = served.map((s) => {
    const bytes = s.file && s.status === 200 ? measure(readFileSync(join(dist, s.file))) : { raw: 0, gzip: 0 };
    const kind = s.file ? kindOf(s.file) : "other";
    for (const key of [kind, "total"] as const) {
      byKind[key].raw += bytes.raw;
      byKind[key].gzip += bytes.gzip;
    }
    return { ...s, kind, ...bytes };
  });
  return { byKind, files };
}

const timingSummary = (values: number[]) => ({ median: Math.round(median(values)), runs: values.map(Math.round) });

// ---------------------------------------------------------------------------- print

const n = (value: number) => value.toLocaleString("en-US");
const pair = (b: Bytes) => `${n(b.raw)} / ${n(b.gzip)}`;

/** A Markdown table; the first `textColumns` columns left-aligned, the numbers right-aligned. */
function table(headers: string[], rows: string[][], textColumns = 1): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const left = (i: number) => i < textColumns;
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = widths.map((w, i) => (left(i) ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`));
  return [line(headers), `|${rule.join("|")}|`, ...rows.map(line)].join("\n");
}

// ----------------------------------------------------------------------------- main

async function main() {
  // astro.config.mjs reads the base path from BASE_PATH; so does the bench.
  const base = normalizeBase(process.env["BASE_PATH"] ?? "/");
  const budgets = readBudgets(join(ROOT, "test/budgets.json"));

  const dir = cleanCopy();
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  try {
    console.log(`bench: clean build of a copy of the project in ${dir} …`);
    const cleanBuildMs = cleanBuild(dir);
    const dist = join(dir, "dist");
    const pages = htmlPages(dist);
    console.log(
      `bench: clean build ${(cleanBuildMs / 1000).toFixed(1)} s, ${pages.length} page(s); ${RUNS} run(s) each, normal and throttled …`,
    );

    server = await serve(dist, base);
    browser = await launchChromium();
    const chromium = browser.version();
    await loadOnce(browser, `${server.origin}${base}`, 0, false, server.log); // warm-up, not measured

    const results = [];
    for (const page of pages) {
      const urlPath = pageUrlPath(page, base);
      const url = `${server.origin}${urlPath}`;
      const weight = pageWeight(dist, page, base);
      const charts = weight.charts.ids.length;
      const normal: Load[] = [];
      const throttled: Load[] = [];
      for (let i = 0; i < RUNS; i++) normal.push(await loadOnce(browser, url, charts, false, server.log));
      for (let i = 0; i < RUNS; i++) throttled.push(await loadOnce(browser, url, charts, true, server.log));
      const { byKind, files } = bytesServed(dist, normal[0]!.served);
      const chartTimes = (loads: Load[]) => (charts > 0 ? timingSummary(loads.map((l) => l.chartsMs!)) : null);
      results.push({
        page: urlPath,
        file: page,
        requests: normal[0]!.served.length,
        notOk: normal[0]!.served.filter((s) => s.status !== 200).map((s) => `${s.status} ${s.path}`),
        served: files,
        bytes: byKind,
        inline: { js: weight.js.inline, css: weight.css.inline },
        charts,
        chartsInDomMs: { normal: chartTimes(normal), throttled: chartTimes(throttled) },
        loadEventMs: {
          normal: timingSummary(normal.map((l) => l.loadMs)),
          throttled: timingSummary(throttled.map((l) => l.loadMs)),
        },
        budgets: budgetChecks(weight, budgets).map((c) => ({ ...c, ok: c.bytes <= c.budget })),
      });
    }

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      chromium,
      chromiumPath: CHROMIUM_PATH,
      base,
      runs: RUNS,
      cleanBuildMs: Math.round(cleanBuildMs),
      throttling: THROTTLING,
      budgetsFile: "test/budgets.json",
      pages: results,
    };
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);

    const ms = (t: { median: number } | null) => (t ? n(t.median) : "–");
    console.log(
      `\nclean build: ${(cleanBuildMs / 1000).toFixed(1)} s   node ${process.version}   chromium ${chromium}   median of ${RUNS} run(s)\n`,
    );
    console.log("bytes served per page load (raw / gzip -9):");
    console.log(
      table(
        ["page", "requests", "HTML", "CSS", "JS", "other", "total"],
        results.map((r) => [
          r.page,
          String(r.requests),
          pair(r.bytes.html),
          pair(r.bytes.css),
          pair(r.bytes.js),
          pair(r.bytes.other),
          pair(r.bytes.total),
        ]),
      ),
    );
    console.log("\ninside the HTML (raw / gzip -9), and the time from navigation start (ms):");
    console.log(
      table(
        [
          "page",
          "inline JS",
          "inline CSS",
          "charts",
          "charts in DOM",
          "load",
          "charts in DOM, throttled",
          "load, throttled",
        ],
        results.map((r) => [
          r.page,
          pair(r.inline.js),
          pair(r.inline.css),
          String(r.charts),
          ms(r.chartsInDomMs.normal),
          ms(r.loadEventMs.normal),
          ms(r.chartsInDomMs.throttled),
          ms(r.loadEventMs.throttled),
        ]),
      ),
    );
    console.log(
      `\nthrottled: ${THROTTLING.latencyMs} ms latency, 1.6 Mbps down/up, CPU ${THROTTLING.cpuSlowdown}× slower (DevTools protocol)`,
    );
    console.log("\nbudgets (test/budgets.json, gzip bytes; enforced by test/site/budgets.test.ts):");
    console.log(
      table(
        ["page", "check", "bytes", "budget", "used"],
        results.flatMap((r) =>
          r.budgets.map((b) => [
            r.page,
            b.what,
            n(b.bytes),
            n(b.budget),
            `${Math.round((100 * b.bytes) / b.budget)}%${b.ok ? "" : " OVER"}`,
          ]),
        ),
        2,
      ),
    );
    for (const r of results) if (r.notOk.length > 0) console.log(`\n${r.page}: not served: ${r.notOk.join(", ")}`);
    console.log(`\nwrote ${OUTPUT}`);
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
