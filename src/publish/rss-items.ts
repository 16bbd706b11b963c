import type { SiteUrls } from "../embed/urls.ts";
import type { Story } from "../schemas/story.ts";
import { seoulDateTime } from "./dates.ts";
import { storyUrl } from "./story-urls.ts";

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
}

type FeedStory = { id: string; data: Pick<Story, "title" | "dek" | "published" | "updated"> };

/**
 * The feed's items (@astrojs/rss): every story, newest first (by published day, then last
 * update, then slug, so the order never depends on the collection's), its dek as the
 * description and its absolute URL as the link.
 *   feedItems([{ id: "goyang-jobs-2025", data: { title, dek, published: "2026-11-27", … } }], urls)
 *     → [{ title, description: dek, link: "https://goyang-jobs.example/", pubDate: 2026-11-26T15:00:00Z }]
 */
export function feedItems(stories: readonly FeedStory[], urls: SiteUrls): FeedItem[] {
  return [...stories]
    .sort(
      (a, b) =>
        b.data.published.localeCompare(a.data.published) ||
        b.data.updated.localeCompare(a.data.updated) ||
        a.id.localeCompare(b.id),
    )
    .map(({ id, data }) => ({
      title: data.title,
      description: data.dek,
      link: storyUrl(id, urls),
      pubDate: new Date(seoulDateTime(data.published)),
    }));
}

/** The channel's words, in Korean. */
export const FEED = {
  description: "고양특례시의 2025년 일자리 사업을 시가 밝힌 수치로 따져 보는 데이터 해설 기사",
  language: "ko",
} as const;
