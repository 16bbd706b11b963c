import type { SiteUrls } from "../embed/urls.ts";
import { SITEMAP_INDEX } from "./sitemap.ts";

/**
 * /robots.txt: every page may be crawled (the embed pages say noindex themselves, which a
 * crawler can only read if it may fetch them), and where the sitemap is, as an absolute URL,
 * which is why this is a route and not a file in public/.
 *   robotsTxt(<https://goyang-jobs.example/>) → "User-agent: *\nAllow: /\n\nSitemap: https://goyang-jobs.example/sitemap-index.xml\n"
 * Under a BASE_PATH it is served at <base>robots.txt, where crawlers do not look: the host's
 * own /robots.txt should then carry the Sitemap line (docs/publishing.md).
 */
export function robotsTxt(urls: SiteUrls): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(SITEMAP_INDEX)}\n`;
}
