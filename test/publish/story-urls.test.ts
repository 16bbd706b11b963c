import { describe, expect, it } from "vitest";
import { createUrls } from "../../src/embed/urls.ts";
import { MAIN_STORY } from "../../src/model/stories.ts";
import { storyPath, storyRoute, storyUrl } from "../../src/publish/story-urls.ts";

const root = createUrls({ site: "https://goyang-jobs.example", base: "/" });
const sub = createUrls({ site: "https://news.example", base: "/goyang/" });

describe("story URLs", () => {
  it('storyRoute(MAIN_STORY) is "" (the site root)', () => {
    expect(storyRoute(MAIN_STORY)).toBe("");
  });
  it('storyRoute("youth") is "stories/youth/"', () => {
    expect(storyRoute("youth")).toBe("stories/youth/");
  });
  it("storyPath follows the base path", () => {
    expect(storyPath(MAIN_STORY, root)).toBe("/");
    expect(storyPath("youth", root)).toBe("/stories/youth/");
    expect(storyPath(MAIN_STORY, sub)).toBe("/goyang/");
    expect(storyPath("youth", sub)).toBe("/goyang/stories/youth/");
  });
  it("storyUrl is absolute under the configured site", () => {
    expect(storyUrl(MAIN_STORY, root)).toBe("https://goyang-jobs.example/");
    expect(storyUrl("youth", root)).toBe("https://goyang-jobs.example/stories/youth/");
    expect(storyUrl("youth", sub)).toBe("https://news.example/goyang/stories/youth/");
  });
});
