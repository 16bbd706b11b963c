/**
 * What the embed browser tests (test/browser/embed-*.test.ts) share: a build of the site
 * whose embed origin is a real local origin, and the other origins around it.
 *
 * The build bakes its origin into /embed.js and the embed pages from SITE_URL, so the port
 * is chosen first, the copy is built with SITE_URL=http://127.0.0.1:<port>, and only then
 * is its dist/ served on that port. Around it:
 *   - the host: another origin serving generated host pages (and pym.js 1.3.2 from
 *     node_modules), which frame the embeds and load /embed.js;
 *   - a third origin ("evil") whose page posts forged messages to the host;
 *   - look-alike origins serving the very same embed pages: the same dist/ on another
 *     port, and the embed port under other host names (localhost, 127.0.0.1.evil, mapped
 *     to 127.0.0.1 by Chromium's host resolver rules).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import type { Browser, ElementHandle, Frame } from "playwright-core";
import sirv from "sirv";
import { inject } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { ProjectCopy } from "../helpers/build-project.ts";

export interface Served {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** A port that was free a moment ago (the OS picks it; closed at once for the real server). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function listen(server: Server, port: number): Promise<Served> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/**
 * The headers dist/_headers gives a path (Cloudflare Pages rules: every matching rule in
 * order, `*` matching anything, `! Name` detaching a header an earlier rule set, a repeated
 * name joined with ", "), less what keeps an http:// test host from framing the embed
 * (frame-ancestors, X-Frame-Options: the real rule names https:, which a local origin is not).
 */
export function headersFor(rules: string, path: string): Record<string, string> {
  const headers = new Map<string, [string, string]>();
  let applies = false;
  for (const line of rules.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
          .replaceAll("*", ".*")}$`,
      );
      applies = pattern.test(path);
      continue;
    }
    if (!applies) continue;
    const detach = /^\s*!\s*(\S+)/.exec(line);
    if (detach) {
      headers.delete(detach[1]!.toLowerCase());
      continue;
    }
    const set = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (!set) continue;
    const key = set[1]!.toLowerCase();
    const before = headers.get(key);
    headers.set(key, [set[1]!, before ? `${before[1]}, ${set[2]}` : set[2]!]);
  }
  headers.delete("x-frame-options");
  const csp = headers.get("content-security-policy");
  if (csp) {
    const kept = csp[1]
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d && !d.startsWith("frame-ancestors"))
      .join("; ");
    if (kept) headers.set("content-security-policy", [csp[0], kept]);
    else headers.delete("content-security-policy");
  }
  return Object.fromEntries(headers.values());
}

/**
 * Serves a built dist/ on 127.0.0.1:<port> (0: any free port). With `headers`, as a static
 * host that reads dist/_headers would (headersFor): CORS on /embed.js and /_astro/*, which a
 * sandboxed (opaque-origin) frame needs.
 */
export function serveDist(dir: string, port = 0, { headers = false } = {}): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: false });
  const rules = headers && existsSync(join(dir, "_headers")) ? readFileSync(join(dir, "_headers"), "utf8") : null;
  return listen(
    createServer((req, res) => {
      if (rules !== null) {
        const path = new URL(req.url ?? "/", "http://x").pathname;
        for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
      }
      handler(req, res, () => {
        res.statusCode = 404;
        res.end("not found");
      });
    }),
    port,
  );
}

/** Serves fixed pages: path → HTML (or JS, by extension). */
export function servePages(pages: () => Record<string, string>, port = 0): Promise<Served> {
  return listen(
    createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const body = pages()[path];
      if (body === undefined) {
        res.statusCode = 404;
        res.end("not found");
        return;
      }
      res.setHeader(
        "Content-Type",
        path.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8",
      );
      res.setHeader("Cache-Control", "no-store");
      res.end(body);
    }),
    port,
  );
}

export const PYM_SOURCE = readFileSync(createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js"), "utf8");

/** The look-alike host name Chromium resolves to 127.0.0.1 (see launchWithEvilHost). */
export const EVIL_HOST = "127.0.0.1.evil";

/** Chromium as test/helpers/browser.ts launches it, plus a resolver rule for EVIL_HOST. */
export function launchWithEvilHost(): Promise<Browser> {
  return launchChromium([`--host-resolver-rules=MAP ${EVIL_HOST} 127.0.0.1`]);
}

export interface EmbedSite {
  /** The built dist/ served on the embed origin. */
  dist: string;
  embed: Served;
  close(): Promise<void>;
}

/**
 * One embed build per browser-suite run, shared by the files that frame it
 * (embed-host.test.ts, embed-cms.test.ts): a build costs minutes of a small machine. The
 * first file builds into a folder beside the suite's own build (test/browser/global-setup.ts
 * removes that copy, and so this folder, at the end) and notes the port its origin names;
 * a later file serves the same dist/ on that port again (files run one at a time, each
 * closing its server). If the port has been taken meanwhile, it builds afresh.
 * `headers` serves it with dist/_headers applied (serveDist). GOYANG_EMBED_SOURCE=<dir> builds another tree instead of the working tree (e.g. a
 * `git archive` of an older commit, to measure a baseline).
 */
export async function buildEmbedSite({ headers = false } = {}): Promise<EmbedSite> {
  const suiteDist = inject("distDir") as string | undefined;
  const state = suiteDist ? join(dirname(suiteDist), ".embed-site") : undefined;
  const note = state && join(state, "site.json");
  if (note && existsSync(note)) {
    const { dist, port } = JSON.parse(readFileSync(note, "utf8")) as { dist: string; port: number };
    const embed = await serveDist(dist, port, { headers }).catch(() => null);
    if (embed) return { dist, embed, close: () => embed.close() };
  }
  const source = process.env["GOYANG_EMBED_SOURCE"];
  const copy = source ? new ProjectCopy(source) : new ProjectCopy();
  const port = await freePort();
  const run = await copy.buildAsync({ SITE_URL: `http://127.0.0.1:${port}` });
  if (run.status !== 0) {
    copy.cleanup();
    throw new Error(`the embed build failed:\n${run.output}`);
  }
  let dist = copy.dist;
  if (state && note) {
    mkdirSync(state, { recursive: true });
    dist = join(state, `dist-${port}`);
    renameSync(copy.dist, dist);
    copy.cleanup();
    writeFileSync(note, JSON.stringify({ dist, port }));
  }
  const embed = await serveDist(dist, port, { headers });
  return {
    dist,
    embed,
    close: async () => {
      await embed.close();
      if (!state) copy.cleanup();
    },
  };
}

/** The frame inside an iframe once it has navigated to an http(s) page (polls every 50 ms, up to `attempts`). */
export async function frameOf(handle: ElementHandle, attempts = 200): Promise<Frame> {
  for (let i = 0; i < attempts; i++) {
    const frame = await handle.contentFrame();
    if (frame && frame.url().startsWith("http")) return frame;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the iframe never loaded");
}

/** An embed page's content height (main[data-embed-content]), as it reports it: rounded up. */
export const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => Math.ceil(document.querySelector("[data-embed-content]")!.getBoundingClientRect().height));
