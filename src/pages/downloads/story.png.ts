import type { APIRoute } from "astro";
import { MAIN_STORY } from "../../model/stories.ts";
import { storyShareImageResponse } from "../../publish/share-images.ts";

/** /downloads/story.png: the main story's share image (og:image), 1200×630, with the first chart it places. */
export const GET: APIRoute = () => storyShareImageResponse(MAIN_STORY);
