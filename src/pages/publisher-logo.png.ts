import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import { renderPng } from "../downloads/png.ts";
import { PUBLISHER_LOGO } from "../publish/publisher.ts";

/**
 * /publisher-logo.png: the publisher's logo in the JSON-LD (src/publish/publisher.ts), the
 * favicon drawn as a 512×512 PNG, since not every consumer of structured data reads SVG.
 */
export const GET: APIRoute = () => {
  const svg = readFileSync(join(process.cwd(), "public/favicon.svg"), "utf8");
  const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1]);
  if (!width) throw new Error("public/favicon.svg needs a viewBox starting at 0 0 for the publisher logo");
  const { png } = renderPng(svg, { scale: PUBLISHER_LOGO.size / width, fontFiles: [] });
  return new Response(png, { headers: { "Content-Type": "image/png" } });
};
