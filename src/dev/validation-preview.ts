import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { fingerprint } from "../validate/fingerprint.ts";
import { compareProblems, isError, type Problem } from "../validate/problem.ts";
import { renderErrorPage } from "./error-page.ts";

/**
 * `npm run dev` shows every mistake: before Astro renders a page, the dev server runs the
 * validation pipeline (validateProject, src/validate/) over data/ and content/, and while
 * it finds an error it answers that page with status 500 and the list of problems
 * (src/dev/error-page.ts) instead of the site, until the files are fixed. Without it a
 * broken data file leaves the last good page up with status 200 and no sign of trouble.
 *
 * The result is cached by a fingerprint of data/ and content/ (every file's path, size and
 * mtime), taken on each page request: a save, a new file or a removed one re-runs the
 * check, and nothing else does. Dev only: the hook never runs in `astro build`.
 */

type Validate = (root: string) => Promise<{ problems: Problem[] }>;
type Next = (error?: unknown) => void;

/** Answers `{ signature, errors }`; the error page polls it and reloads when the signature changes. */
export const STATUS_PATH = "/__goyang-validation";

/** A page a browser navigates to: GET, HTML wanted, not Vite's or Astro's internals, not a file. */
export function isPageRequest(
  method: string | undefined,
  url: string | undefined,
  accept: string | undefined,
  base = "/",
): boolean {
  if (method !== "GET" || !url) return false;
  const wanted = accept ?? "*/*";
  if (!wanted.includes("text/html") && !wanted.includes("*/*")) return false;
  let path = url.split(/[?#]/)[0] ?? "/";
  try {
    path = decodeURIComponent(path);
  } catch {
    return false;
  }
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  if (prefix && path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  if (/^\/(?:@|__|node_modules\/|_astro\/|\.)/.test(path)) return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".");
}

export interface ValidationState {
  /** Every problem, in reading order. */
  problems: Problem[];
  /** The errors' identity: the page reloads when it changes. "ok" when there is none. */
  signature: string;
  /** Set when the pipeline itself failed (a bug in it, not in the data): the site is served. */
  failure?: string;
}

function signatureOf(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  if (errors.length === 0) return "ok";
  return createHash("sha256").update(JSON.stringify(errors)).digest("hex").slice(0, 16);
}

/** validateProject, re-run only when the fingerprint of data/ and content/ changed. */
export function validationCache(root: string, validate: Validate): () => Promise<ValidationState> {
  let key: string | undefined;
  let result: Promise<ValidationState> | undefined;
  return async () => {
    const now = fingerprint(root);
    if (now !== key || !result) {
      key = now;
      result = validate(root).then(
        ({ problems }) => {
          const sorted = [...problems].sort(compareProblems);
          return { problems: sorted, signature: signatureOf(sorted) };
        },
        (error: unknown) => ({
          problems: [],
          signature: "failed",
          failure: error instanceof Error ? error.message.split("\n")[0]! : String(error),
        }),
      );
    }
    return result;
  };
}

type Log = Pick<AstroIntegrationLogger, "error" | "warn" | "info">;

export function validationMiddleware(options: { root: string; validate: Validate; logger: Log; base?: string }) {
  const { root, logger, base = "/" } = options;
  const current = validationCache(root, options.validate);
  // The loaders log each mistake in one line (src/loaders/watch.ts); this says only what they cannot.
  let logged = "ok";
  const report = (state: ValidationState) => {
    if (state.signature === logged) return;
    const was = logged;
    logged = state.signature;
    if (state.failure) logger.warn(`the validation could not run (${state.failure}); serving the site as it is`);
    else if (state.signature === "ok" && was !== "failed")
      logger.info("data/ and content/: no errors, the site is back");
  };

  return async (request: IncomingMessage, response: ServerResponse, next: Next): Promise<void> => {
    try {
      const path = (request.url ?? "").split("?")[0];
      if (request.method === "GET" && path === STATUS_PATH) {
        const state = await current();
        response.statusCode = 200;
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.end(JSON.stringify({ signature: state.signature, errors: state.problems.filter(isError).length }));
        return;
      }
      if (!isPageRequest(request.method, request.url, request.headers.accept, base)) return next();
      const state = await current();
      report(state);
      if (state.signature === "ok" || state.failure) return next();
      response.statusCode = 500;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      response.end(renderErrorPage(state.problems, { root, statusUrl: STATUS_PATH, signature: state.signature }));
    } catch (error) {
      next(error);
    }
  };
}

async function loadValidateProject(root: string): Promise<{ problems: Problem[] }> {
  const { validateProject } = await import("../validate/index.ts");
  return validateProject(root);
}

/** The integration: `integrations: [validationPreview()]` in astro.config.mjs. */
export function validationPreview(options: { validate?: Validate } = {}): AstroIntegration {
  let root = process.cwd();
  let base = "/";
  return {
    name: "goyang:validation-preview",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root).replace(/\/$/, "");
        base = config.base;
      },
      "astro:server:setup": ({ server, logger }) => {
        server.middlewares.use(
          validationMiddleware({ root, base, logger, validate: options.validate ?? loadValidateProject }),
        );
      },
    },
  };
}
