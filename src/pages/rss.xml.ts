import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { PROVIDER_NAME } from "../embed/codes.ts";
import { siteUrls } from "../embed/urls.ts";
import { FEED, feedItems } from "../publish/rss-items.ts";

/** /rss.xml: every story, newest first, with absolute links (src/publish/rss-items.ts). */
export const GET: APIRoute = async () => {
  const urls = siteUrls();
  const stories = await getCollection("stories");
  return rss({
    title: PROVIDER_NAME,
    description: FEED.description,
    site: urls.absolute(""),
    items: feedItems(stories, urls),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    // The feed's own address (atom:link rel=self), which feed validators ask for.
    customData: `<language>${FEED.language}</language><atom:link href="${urls.absolute("rss.xml")}" rel="self" type="application/rss+xml"/>`,
  });
};
