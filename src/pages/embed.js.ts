/**
 * /embed.js: the host script (src/embed/host-script.ts), bundled at build time with
 * esbuild (src/embed/bundle-host-script.ts), with the embed origin of this build
 * (SITE_URL) and the embed path (BASE_PATH + "embed/") baked in.
 */
import type { APIRoute } from "astro";
import { bundleHostScript } from "../embed/bundle-host-script.ts";
import { siteUrls } from "../embed/urls.ts";

// The sources of src/embed/ as text: the host script and what it imports.
const sources = import.meta.glob<string>("../embed/*.ts", { query: "?raw", import: "default", eager: true });
const files = Object.fromEntries(
  Object.entries(sources).map(([path, text]) => [path.slice(path.lastIndexOf("/") + 1), text]),
);

export const GET: APIRoute = async () => {
  const urls = siteUrls();
  const code = await bundleHostScript({ origin: urls.origin, embedPath: urls.path("embed/") }, files);
  return new Response(code, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
};
