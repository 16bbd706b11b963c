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
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import sirv from "sirv";
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

/** Serves a built dist/ on 127.0.0.1:<port> (0: any free port). */
export function serveDist(dir: string, port = 0): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: false });
  return listen(
    createServer((req, res) =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end("not found");
      }),
    ),
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
  copy: ProjectCopy;
  embed: Served;
  close(): Promise<void>;
}

/** Builds a copy of the project for the embed origin http://127.0.0.1:<free port> and serves it there. */
export async function buildEmbedSite(): Promise<EmbedSite> {
  const copy = new ProjectCopy();
  const port = await freePort();
  const run = copy.build({ SITE_URL: `http://127.0.0.1:${port}` });
  if (run.status !== 0) {
    copy.cleanup();
    throw new Error(`the embed build failed:\n${run.output}`);
  }
  const embed = await serveDist(copy.dist, port);
  return {
    copy,
    embed,
    close: async () => {
      await embed.close();
      copy.cleanup();
    },
  };
}
