import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { EMBED_SANDBOX, iframeCode, scriptCode } from "../../src/embed/codes.ts";
import { createUrls } from "../../src/embed/urls.ts";

const urls = createUrls({ site: "https://news.example", base: "/goyang/" });
const figure = { id: "money-by-program", title: "사업별 예산" };
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("embed codes (src/embed/codes.ts)", () => {
  it("the iframe code: the embed URL, title, lazy, full width, the sandbox, and the host script", () => {
    const code = iframeCode(urls, figure, 1156);
    expect(code).toBe(
      '<iframe src="https://news.example/goyang/embed/money-by-program/" title="사업별 예산" loading="lazy" width="100%" height="1156" ' +
        'style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" ' +
        'data-goyang-embed data-figure-id="money-by-program"></iframe><script async src="https://news.example/goyang/embed.js"></script>',
    );
  });

  it("the script code: a link to the chart in the story, upgraded by the host script", () => {
    expect(scriptCode(urls, figure, 1156)).toBe(
      '<div data-goyang-embed-src="https://news.example/goyang/embed/money-by-program/" data-figure-id="money-by-program" data-height="1156">' +
        '<a href="https://news.example/goyang/#figure-money-by-program">사업별 예산</a></div><script async src="https://news.example/goyang/embed.js"></script>',
    );
    expect(scriptCode(urls, figure)).not.toContain("data-height");
  });

  it("the sandbox never lets an embed navigate its host, submit forms or open modals", () => {
    const tokens = EMBED_SANDBOX.split(" ");
    for (const forbidden of [
      "allow-top-navigation",
      "allow-top-navigation-by-user-activation",
      "allow-forms",
      "allow-modals",
      "allow-pointer-lock",
    ])
      expect(tokens).not.toContain(forbidden);
    expect(tokens).toEqual(expect.arrayContaining(["allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"]));
  });

  it("a hostile title stays text: one iframe, one script, no handler, the title intact", () => {
    const title = "\"><script>alert(1)</script><img src=x onerror=alert(1)> & 'q'";
    for (const code of [iframeCode(urls, { ...figure, title }, 500), scriptCode(urls, { ...figure, title }, 500)]) {
      const document = parse(code);
      expect(document.querySelectorAll("script")).toHaveLength(1);
      expect(document.querySelectorAll("img")).toHaveLength(0);
      expect(
        [...document.querySelectorAll("*")]
          .flatMap((el) => [...el.attributes].map((a) => a.name))
          .filter((n) => n.startsWith("on")),
      ).toEqual([]);
    }
    expect(
      parse(iframeCode(urls, { ...figure, title }, 500))
        .querySelector("iframe")!
        .getAttribute("title"),
    ).toBe(title);
    expect(parse(scriptCode(urls, { ...figure, title })).querySelector("a")!.textContent).toBe(title);
  });

  it("refuses a height that is not a whole positive number of pixels", () => {
    expect(() => iframeCode(urls, figure, 0)).toThrow(/whole number/);
    expect(() => iframeCode(urls, figure, 10.5)).toThrow(/whole number/);
    expect(() => scriptCode(urls, figure, 100000)).toThrow(/10 to 9999/);
  });
});
