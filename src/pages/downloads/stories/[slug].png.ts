import type { APIRoute } from "astro";
import { expectImages } from "../../../downloads/png-cache.ts";
import { storyShareImageResponse } from "../../../publish/share-images.ts";
import { otherStoryPaths } from "../../../publish/story-paths.ts";

/** /downloads/stories/<slug>.png: each other story's own share image (the main one is /downloads/story.png). */
export const getStaticPaths = () => otherStoryPaths().then(expectImages);

export const GET: APIRoute = ({ params }) => storyShareImageResponse(params.slug!);
