/**
 * /embed/v1.js: the host script pinned to version 1 of the embed interface (the codes'
 * attributes, the render flags, the messages of src/embed/protocol.ts). Today it is the same
 * file as /embed.js; when a version 2 changes any of that, /embed.js moves on and this URL
 * keeps serving a script that speaks version 1, so a newsroom that pinned it (or self-hosts it
 * with its SRI hash) is never broken by our changes.
 */
import type { APIRoute } from "astro";
import { hostScriptResponse } from "../../embed/host-script-text.ts";

export const GET: APIRoute = hostScriptResponse;
