import { PROVIDER_NAME } from "../embed/codes.ts";
import type { SiteUrls } from "../embed/urls.ts";

/** The publisher's logo (/publisher-logo.png): the favicon drawn at a size search engines accept (≥ 112 px). */
export const PUBLISHER_LOGO = { route: "publisher-logo.png", size: 512 } as const;

export interface Publisher {
  name: string;
  /** The site's home. */
  url: string;
  logo: { url: string; width: number; height: number };
}

/** Who publishes the site: the same name as og:site_name and the embeds' provider. */
export function sitePublisher(urls: SiteUrls): Publisher {
  const { route, size } = PUBLISHER_LOGO;
  return {
    name: PROVIDER_NAME,
    url: urls.absolute(""),
    logo: { url: urls.absolute(route), width: size, height: size },
  };
}
