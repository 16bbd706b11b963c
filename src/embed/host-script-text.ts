/**
 * The text of /embed.js for this build (the host script bundled with the embed origin and
 * path of SITE_URL and BASE_PATH baked in), and of the embed page's inline script. One function, so the endpoint (src/pages/embed.js.ts)
 * and the gallery (its SRI hash for self-hosting) always mean the same bytes.
 * Astro/Vite only (import.meta.glob).
 */
import { createHash } from "node:crypto";
import { bundleEmbedPageScript, bundleHostScript } from "./bundle-host-script.ts";
import { siteUrls } from "./urls.ts";

// The sources of src/embed/ as text: the host script and what it imports.
const sources = import.meta.glob<string>("./*.ts", { query: "?raw", import: "default", eager: true });
const files = Object.fromEntries(
  Object.entries(sources).map(([path, text]) => [path.slice(path.lastIndexOf("/") + 1), text]),
);

let cached: Promise<string> | undefined;

export function hostScriptText(): Promise<string> {
  const urls = siteUrls();
  cached ??= bundleHostScript({ origin: urls.origin, embedPath: urls.path("embed/") }, files);
  return cached;
}

/** /embed.js (and /embed/v1.js, the same bytes while version 1 is the only one) as an HTTP response. */
export async function hostScriptResponse(): Promise<Response> {
  return new Response(await hostScriptText(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}

/** The Subresource Integrity value of /embed.js, for a newsroom that self-hosts it. */
export async function hostScriptIntegrity(): Promise<string> {
  return `sha384-${createHash("sha384")
    .update(await hostScriptText())
    .digest("base64")}`;
}

let embedPage: Promise<string> | undefined;

/** The embed page's inline script (src/embed/embed-page.ts bundled) and its CSP hash. */
export async function embedPageScript(): Promise<{ code: string; hash: `sha256-${string}` }> {
  embedPage ??= bundleEmbedPageScript(files);
  const code = await embedPage;
  return { code, hash: `sha256-${createHash("sha256").update(code).digest("base64")}` as const };
}
