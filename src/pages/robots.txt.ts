import type { APIRoute } from "astro";
import { siteUrls } from "../embed/urls.ts";
import { robotsTxt } from "../publish/robots.ts";

/** /robots.txt, a route because its Sitemap line is an absolute URL from SITE_URL. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(siteUrls()), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
