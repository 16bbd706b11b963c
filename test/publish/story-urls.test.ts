import { describe, expect, it } from "vitest";
import { createUrls } from "../../src/embed/urls.ts";
import { MAIN_STORY } from "../../src/model/stories.ts";
import { storyAt, storyPath, storyRoute, storyUrl } from "../../src/publish/story-urls.ts";

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

describe("storyAt", () => {
  it('storyAt("/") is the main story, storyAt("/stories/youth/") is "youth"', () => {
    expect(storyAt("/", root)).toBe(MAIN_STORY);
    expect(storyAt("/stories/youth/", root)).toBe("youth");
    expect(storyAt("/goyang/stories/youth/", sub)).toBe("youth");
  });
  it("any other page is no story", () => {
    for (const path of ["/embed/", "/stories/", "/stories/a/b/", "/programs/x/", "/goyang/"]) {
      expect(storyAt(path, root), path).toBeNull();
    }
    expect(storyAt("/stories/youth/", sub)).toBeNull();
  });
});
