import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  ampCode,
  EMBED_SANDBOX,
  embedUrl,
  flagQuery,
  iframeCode,
  pymCode,
  scriptCode,
  type EmbeddableFigure,
} from "../../src/embed/codes.ts";
import { createUrls } from "../../src/embed/urls.ts";

const urls = createUrls({ site: "https://news.example", base: "/goyang/" });
const figure: EmbeddableFigure = {
  id: "money-by-program",
  title: "사업별 예산",
  heights: [
    { width: 320, height: 873 },
    { width: 360, height: 852 },
    { width: 375, height: 780 },
    { width: 600, height: 706 },
    { width: 1280, height: 706 },
  ],
  image: { width: 720, height: 655 },
};
const HEIGHTS = "320:873 360:852 375:780 600:706";
const SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("embed codes (src/embed/codes.ts)", () => {
  it("the iframe code: Datawrapper id and name, the 320 px height, frameborder, the heights table, a blocking host script", () => {
    expect(iframeCode(urls, figure)).toBe(
      '<iframe src="https://news.example/goyang/embed/money-by-program/" title="사업별 예산" id="datawrapper-chart-money-by-program" ' +
        'name="money-by-program" width="100%" height="873" frameborder="0" loading="lazy" style="border:0;width:100%;display:block" ' +
        `sandbox="${SANDBOX}" data-goyang-embed data-figure-id="money-by-program" data-heights="${HEIGHTS}"></iframe>` +
        '<script src="https://news.example/goyang/embed.js"></script>',
    );
  });

  it("the iframe code takes an instance, flags and an explicit height", () => {
    const code = iframeCode(urls, figure, {
      instance: "money-by-program-a1b2",
      flags: { scheme: "dark", static: true },
      height: 706,
    });
    const frame = parse(code).querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe("https://news.example/goyang/embed/money-by-program/?dark=true&static");
    expect(code).toContain('src="https://news.example/goyang/embed/money-by-program/?dark=true&amp;static"');
    expect(frame.getAttribute("id")).toBe("datawrapper-chart-money-by-program-a1b2");
    expect(frame.getAttribute("name")).toBe("money-by-program-a1b2");
    expect(frame.getAttribute("height")).toBe("706");
    expect(code).not.toContain("async");
  });

  it("the script code: a placeholder with the table and instance, its PNG linked to the chart in the story", () => {
    expect(scriptCode(urls, figure)).toBe(
      '<div data-goyang-embed-src="https://news.example/goyang/embed/money-by-program/" data-figure-id="money-by-program" ' +
        `data-heights="${HEIGHTS}" data-instance="money-by-program">` +
        '<a href="https://news.example/goyang/#figure-money-by-program"><img src="https://news.example/goyang/downloads/money-by-program.png" ' +
        'alt="사업별 예산 (그래프 이미지, 누르면 기사에서 봅니다)" width="720" height="655" loading="lazy" style="max-width:100%;height:auto"></a></div>' +
        '<script src="https://news.example/goyang/embed.js"></script>',
    );
  });

  it("the AMP code: a resizable, responsive amp-iframe at the 320 px size with an overflow button and the card as placeholder", () => {
    expect(ampCode(urls, figure, { flags: { plain: true } })).toBe(
      '<amp-iframe src="https://news.example/goyang/embed/money-by-program/?plain" title="사업별 예산" width="320" height="873" ' +
        `layout="responsive" resizable sandbox="${SANDBOX}" frameborder="0">` +
        '<div overflow tabindex="0" role="button" aria-label="그래프 전체 보기">그래프 전체 보기</div>' +
        '<amp-img placeholder layout="fill" src="https://news.example/goyang/downloads/money-by-program-card.png" alt="사업별 예산"></amp-img></amp-iframe>',
    );
  });

  it("the pym.js code: a container with data-pym-src and the table, and the host script", () => {
    expect(pymCode(urls, figure)).toBe(
      `<div data-pym-src="https://news.example/goyang/embed/money-by-program/" data-heights="${HEIGHTS}"></div>` +
        '<script src="https://news.example/goyang/embed.js"></script>',
    );
  });

  it("flags in the URL: only those that differ from the defaults, in a fixed order, booleans bare", () => {
    expect(flagQuery({})).toBe("");
    expect(flagQuery({ scheme: "auto" })).toBe("");
    expect(flagQuery({ scheme: "light", transparent: true })).toBe("?dark=false&transparent");
    expect(flagQuery({ static: true, plain: true, transparent: true, scheme: "dark" })).toBe(
      "?dark=true&plain&transparent&static",
    );
    expect(embedUrl(urls, "x", { plain: true })).toBe("https://news.example/goyang/embed/x/?plain");
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

  it("a hostile title stays text: no script but the host script, no handler, the title intact", () => {
    const title = "\"><script>alert(1)</script><img src=x onerror=alert(1)> & 'q'";
    const hostile = { ...figure, title };
    for (const make of [iframeCode, scriptCode, ampCode, pymCode]) {
      const document = parse(make(urls, hostile));
      // The AMP code has no script: AMP pages allow none of ours.
      expect(document.querySelectorAll("script")).toHaveLength(make === ampCode ? 0 : 1);
      expect(document.querySelectorAll("img").length).toBeLessThanOrEqual(1);
      expect(
        [...document.querySelectorAll("*")]
          .flatMap((el) => [...el.attributes].map((a) => a.name))
          .filter((n) => n.startsWith("on")),
      ).toEqual([]);
    }
    expect(parse(iframeCode(urls, hostile)).querySelector("iframe")!.getAttribute("title")).toBe(title);
    expect(parse(scriptCode(urls, hostile)).querySelector("img")!.getAttribute("alt")).toBe(
      `${title} (그래프 이미지, 누르면 기사에서 봅니다)`,
    );
    expect(parse(ampCode(urls, hostile)).querySelector("amp-iframe")!.getAttribute("title")).toBe(title);
  });

  it("refuses a height out of range and an instance that is not a plain name", () => {
    expect(() => iframeCode(urls, figure, { height: 10.5 })).toThrow(/whole number/);
    expect(() => iframeCode(urls, figure, { height: 10 })).toThrow(/80 to 9999/);
    expect(() => iframeCode(urls, { ...figure, heights: [{ width: 320, height: 50_000 }] })).toThrow(/80 to 9999/);
    for (const instance of ['x" onload="alert(1)', "X", "", "a b", "-a", "a-", "x".repeat(65)])
      expect(() => scriptCode(urls, figure, { instance }), instance).toThrow(/invalid instance/);
  });
});
