/**
 * What the sitemap lists (@astrojs/sitemap's filter in astro.config.mjs): the site's HTML
 * pages, which all end in "/" (trailingSlash: "always"), except the embed pages and the embed
 * gallery under embed/ (noindex: a chart's home is its story). Files (downloads, oEmbed JSON,
 * /embed.js, the feed, robots.txt) have no trailing slash and are left out by that alone.
 *   inSitemap("https://goyang-jobs.example/stories/youth/", "/") → true
 *   inSitemap("https://goyang-jobs.example/embed/money-by-program/", "/") → false
 */
export const SITEMAP_INDEX = "sitemap-index.xml";

export function inSitemap(page: string, base: string): boolean {
  const root = base.replace(/\/?$/, "/");
  const { pathname } = new URL(page);
  return pathname.endsWith("/") && pathname.startsWith(root) && !pathname.startsWith(`${root}embed/`);
}
