/**
 * Where each embed resource lives, from the configured site and base path (SITE_URL and
 * BASE_PATH in astro.config.mjs), so codes are right under a sub-path:
 *   createUrls({ site: "https://news.example", base: "/goyang/" }).embed("money-by-program")
 *   → "https://news.example/goyang/embed/money-by-program/"
 */
export interface SiteConfig {
  site: string;
  base: string;
  /**
   * The route (relative to the base) of the story that is a figure's home, or null where no
   * story places it (src/model/placements.ts figureHomes). Without it, the main story.
   */
  figureHome?: (figureId: string) => string | null;
}

export function createUrls({ site, base, figureHome = () => "" }: SiteConfig) {
  const root = base.replace(/\/?$/, "/");
  const path = (relative: string) => `${root}${relative.replace(/^\//, "")}`;
  const absolute = (relative: string) => new URL(path(relative), site).href;
  return {
    path,
    absolute,
    /** The origin embeds are served from: the only origin the host script trusts. */
    origin: new URL(site).origin,
    story: () => absolute(""),
    /** The chart in its home story, or its embed page where no story places it: never a dead anchor. */
    storyChart: (figureId: string) => {
      const home = figureHome(figureId);
      return home === null ? absolute(`embed/${figureId}/`) : `${absolute(home)}#figure-${figureId}`;
    },
    embed: (figureId: string) => absolute(`embed/${figureId}/`),
    gallery: () => absolute("embed/"),
    hostScript: () => absolute("embed.js"),
    oembed: (figureId: string) => absolute(`oembed/${figureId}.json`),
    download: (figureId: string, format: "csv" | "svg" | "png") => absolute(`downloads/${figureId}.${format}`),
    shareImage: () => absolute("downloads/story.png"),
    /** A chart's 1200×630 social card: its embed page's og:image and its oEmbed thumbnail. */
    card: (figureId: string) => absolute(`downloads/${figureId}-card.png`),
  };
}

export type SiteUrls = ReturnType<typeof createUrls>;

/** The URLs of this build (Astro fills import.meta.env.SITE and BASE_URL from the config). */
export function siteUrls(figureHome?: SiteConfig["figureHome"]): SiteUrls {
  return createUrls({
    site: import.meta.env.SITE ?? "http://localhost:4321",
    base: import.meta.env.BASE_URL,
    ...(figureHome ? { figureHome } : {}),
  });
}
