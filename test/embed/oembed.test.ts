import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { iframeCode, type EmbeddableFigure } from "../../src/embed/codes.ts";
import { heightAt } from "../../src/embed/heights.ts";
import {
  OEMBED_BUCKETS,
  OEMBED_CACHE_AGE,
  OEMBED_DEFAULT_WIDTH,
  oembedBucket,
  oembedResponse,
} from "../../src/embed/oembed.ts";
import { createUrls } from "../../src/embed/urls.ts";
import { wordpressOembedHtml } from "./cms-harness.ts";

const urls = createUrls({ site: "https://news.example", base: "/" });
const figure: EmbeddableFigure = {
  id: "people-by-program",
  title: "사업별로 센 사람 수",
  heights: [
    { width: 320, height: 915 },
    { width: 375, height: 890 },
    { width: 480, height: 815 },
    { width: 540, height: 761 },
  ],
  image: { width: 720, height: 700 },
};
const card = { width: 1200, height: 630 };

describe("oEmbed responses (src/embed/oembed.ts)", () => {
  it("the default: rich 1.0, width 280, the no-script height, the iframe code, cache_age, the card", () => {
    expect(oembedResponse(urls, figure, card)).toEqual({
      version: "1.0",
      type: "rich",
      title: "사업별로 센 사람 수",
      provider_name: "고양시 일자리 사업 해설",
      provider_url: "https://news.example/",
      cache_age: OEMBED_CACHE_AGE,
      html: iframeCode(urls, figure),
      width: 280,
      height: 915,
      thumbnail_url: "https://news.example/downloads/people-by-program-card.png",
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(OEMBED_DEFAULT_WIDTH).toBe(280);
    expect(OEMBED_CACHE_AGE).toBe(86_400);
  });

  it.each(OEMBED_BUCKETS)("the %i px response: that width, its height, in the html's height attribute", (width) => {
    const response = oembedResponse(urls, figure, card, width);
    expect(response.width).toBe(width);
    expect(response.height).toBe(heightAt(figure.heights, width));
    const frame = parseHTML(`<!doctype html><html><body>${response.html}</body></html>`).document.querySelector(
      "iframe",
    )!;
    expect(frame.getAttribute("height")).toBe(String(response.height));
    expect(frame.getAttribute("width")).toBe("100%");
    expect(frame.getAttribute("data-heights")).toBe("320:915 375:890 480:815 540:761");
  });

  it("a host maps ?maxwidth= to the largest bucket not above it, so width ≤ maxwidth from 280 up", () => {
    for (let maxwidth = 280; maxwidth <= 2000; maxwidth += 7) {
      const bucket = oembedBucket(maxwidth);
      expect(bucket).toBeLessThanOrEqual(maxwidth);
      expect(OEMBED_BUCKETS).toContain(bucket);
      expect(OEMBED_BUCKETS.filter((b) => b > bucket && b <= maxwidth)).toEqual([]);
    }
    expect([oembedBucket(280), oembedBucket(319), oembedBucket(374), oembedBucket(375), oembedBucket(767)]).toEqual([
      280, 280, 320, 375, 600,
    ]);
    expect(oembedBucket(5000)).toBe(1024);
    // Below 280 the smallest: no chart is narrower (docs/embeds.md).
    expect(oembedBucket(200)).toBe(280);
  });

  it("what WordPress keeps of the html (src, width, height, frameborder, title, …) still has its height and no border", () => {
    const response = oembedResponse(urls, figure, card);
    // What WordPress stores (test/embed/cms-harness.ts follows wp_filter_oembed_result).
    const frame = parseHTML(
      `<!doctype html><html><body>${wordpressOembedHtml(response.html, "abc123")}</body></html>`,
    ).document.querySelector("iframe")!;
    const stripped = Object.fromEntries([...frame.attributes].map((a) => [a.name, a.value]));
    expect(stripped).toEqual({
      class: "wp-embedded-content",
      sandbox: "allow-scripts",
      security: "restricted",
      src: "https://news.example/embed/people-by-program/#?secret=abc123",
      "data-secret": "abc123",
      width: "100%",
      height: "915",
      frameborder: "0",
      title: "사업별로 센 사람 수",
    });
  });
});
