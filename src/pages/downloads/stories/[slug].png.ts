import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { MAIN_STORY } from "../../../model/stories.ts";
import { storyShareImageResponse } from "../../../publish/share-images.ts";

/** /downloads/stories/<slug>.png: each other story's own share image (the main one is /downloads/story.png). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection("stories", (story) => story.id !== MAIN_STORY)).map((story) => ({ params: { slug: story.id } }));

export const GET: APIRoute = ({ params }) => storyShareImageResponse(params.slug!);
