/**
 * /embed.js: the host script (src/embed/host-script.ts), bundled at build time with
 * esbuild (src/embed/host-script-text.ts), with the embed origin of this build
 * (SITE_URL) and the embed path (BASE_PATH + "embed/") baked in.
 */
import type { APIRoute } from "astro";
import { hostScriptResponse } from "../embed/host-script-text.ts";

export const GET: APIRoute = hostScriptResponse;
