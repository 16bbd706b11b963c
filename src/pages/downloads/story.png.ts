import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { createServerDocument } from "../../charts/server-document.ts";
import { renderPng } from "../../downloads/png.ts";
import { shareFigure, storyShareImage } from "../../downloads/share-image.ts";
import { PROVIDER_NAME } from "../../embed/codes.ts";
import { chartDataOf } from "../../model/chart-data.ts";
import { loadSite } from "../../model/load.ts";
import { MAIN_STORY } from "../../model/stories.ts";

/** /downloads/story.png: the main story's share image (og:image), 1200×630, with the first chart it places. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const entry = await getEntry("stories", MAIN_STORY);
  if (!entry) throw new Error(`content/stories/${MAIN_STORY}.md is missing: the main story must exist`);
  const figure = shareFigure(
    entry.body ?? "",
    site.figures.map((f) => f.data),
  );
  const image = storyShareImage(
    entry.data,
    figure,
    chartDataOf(site),
    site.sources.map((s) => s.data),
    createServerDocument(),
    PROVIDER_NAME,
  );
  return new Response(renderPng(image.svg, { scale: 1 }).png, { headers: { "Content-Type": "image/png" } });
};
