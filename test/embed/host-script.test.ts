/**
 * The host script's checks (src/embed/host-script.ts) as pure functions: which message may
 * resize which iframe, and which URLs a placeholder may turn into an iframe. The same
 * forgeries run in Chromium against the built /embed.js in test/browser/embed-host.test.ts.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  embedTarget,
  figureIdOf,
  heightFor,
  isDark,
  parseRgb,
  resizeFor,
  SANDBOX,
  upgradePlaceholders,
  usedScheme,
  type MessageLike,
} from "../../src/embed/host-script.ts";
import { EMBED_SANDBOX } from "../../src/embed/codes.ts";
import { heightMessage, MESSAGE_TYPE, PROTOCOL_VERSION } from "../../src/embed/protocol.ts";

const ORIGIN = "https://charts.example";
const PATH = "/goyang/embed/";
const ours = { name: "money frame" };
const other = { name: "people frame" };
const frames = [
  { contentWindow: ours, figureId: "money-by-program" },
  { contentWindow: other, figureId: "people-by-program" },
];
const FIGURE = "money-by-program";
const valid: MessageLike = { origin: ORIGIN, source: ours, data: heightMessage(FIGURE, 512) };

describe("heightFor / resizeFor: a message resizes an iframe only from its window, our origin, in our shape", () => {
  it("accepts our own height message from the frame's window and our origin", () => {
    expect(heightFor(valid, frames[0]!, ORIGIN)).toBe(512);
    expect(resizeFor(valid, frames, ORIGIN)).toEqual({ frame: frames[0], height: 512 });
  });

  it("raises a tiny height to the minimum rather than collapsing the frame", () => {
    expect(heightFor({ ...valid, data: heightMessage(FIGURE, 3) }, frames[0]!, ORIGIN)).toBe(80);
  });

  // At least twelve forgeries; each must resize nothing.
  const forged: [string, MessageLike][] = [
    ["wrong origin (a third site)", { ...valid, origin: "http://127.0.0.1:9999" }],
    ["look-alike origin: our host name as a subdomain", { ...valid, origin: "https://charts.example.evil" }],
    ["look-alike origin: another port", { ...valid, origin: "https://charts.example:8443" }],
    ["look-alike origin: http instead of https", { ...valid, origin: "http://charts.example" }],
    ["look-alike origin: trailing slash", { ...valid, origin: `${ORIGIN}/` }],
    ["opaque origin (a sandboxed or data: frame)", { ...valid, origin: "null" }],
    ["another frame's window (our other iframe sends a height for the first figure)", { ...valid, source: other }],
    ["a window that is none of our frames", { ...valid, source: { name: "stranger" } }],
    ["no source at all", { ...valid, source: null }],
    ["a string payload", { ...valid, data: JSON.stringify(heightMessage(FIGURE, 512)) }],
    ['height "100px;..."', { ...valid, data: { ...heightMessage(FIGURE, 1), height: "100px;position:fixed" } }],
    ["height 1e9", { ...valid, data: { ...heightMessage(FIGURE, 1), height: 1e9 } }],
    ["height NaN", { ...valid, data: { ...heightMessage(FIGURE, 1), height: Number.NaN } }],
    ["height Infinity", { ...valid, data: { ...heightMessage(FIGURE, 1), height: Number.POSITIVE_INFINITY } }],
    ["height -1", { ...valid, data: { ...heightMessage(FIGURE, 1), height: -1 } }],
    ["height 0", { ...valid, data: { ...heightMessage(FIGURE, 1), height: 0 } }],
    [
      "an object with __proto__ keys",
      {
        ...valid,
        data: JSON.parse(
          `{"__proto__": {"height": 900}, "type": "${MESSAGE_TYPE}", "version": 1, "figureId": "${FIGURE}", "height": 900}`,
        ),
      },
    ],
    [
      "an object with another prototype",
      { ...valid, data: Object.assign(Object.create({ polluted: true }), heightMessage(FIGURE, 512)) },
    ],
    ["an extra key", { ...valid, data: { ...heightMessage(FIGURE, 512), navigate: "https://evil.example/" } }],
    ["wrong version", { ...valid, data: { ...heightMessage(FIGURE, 512), version: PROTOCOL_VERSION + 1 } }],
    ["version as a string", { ...valid, data: { ...heightMessage(FIGURE, 512), version: "1" } }],
    ["wrong type", { ...valid, data: { ...heightMessage(FIGURE, 512), type: "goyang-jobs:embed-width" } }],
    ["another figure's id", { ...valid, data: heightMessage("people-by-program", 512) }],
    [
      "Datawrapper's shape (understood by Datawrapper, not by us)",
      { ...valid, data: { "datawrapper-height": { [FIGURE]: 512 } } },
    ],
    ["AMP's shape", { ...valid, data: { sentinel: "amp", type: "embed-size", height: 512 } }],
    ["pym's height string", { ...valid, data: "pymxPYMxchart-1xPYMxheightxPYMx512" }],
    ["a pym navigateTo request", { ...valid, data: "pymxPYMxchart-1xPYMxnavigateToxPYMxjavascript:alert(1)" }],
    ["a pym scrollToChildPos request", { ...valid, data: "pymxPYMxchart-1xPYMxscrollToChildPosxPYMx9999" }],
    ["a navigation object", { ...valid, data: { type: "navigate", url: "javascript:alert(document.domain)" } }],
    ["an array", { ...valid, data: [MESSAGE_TYPE, 1, FIGURE, 512] }],
    ["null", { ...valid, data: null }],
  ];

  it.each(forged)("ignores %s", (_name, message) => {
    expect(resizeFor(message, frames, ORIGIN)).toBeNull();
    for (const frame of frames) expect(heightFor(message, frame, ORIGIN)).toBeNull();
  });

  it("covers at least twelve forgeries", () => {
    expect(forged.length).toBeGreaterThanOrEqual(12);
  });

  it("ignores a frame without a usable figure id, or not yet with a window", () => {
    expect(heightFor(valid, { contentWindow: ours, figureId: null }, ORIGIN)).toBeNull();
    expect(heightFor(valid, { contentWindow: ours, figureId: "Money By Program" }, ORIGIN)).toBeNull();
    expect(heightFor({ ...valid, source: null }, { contentWindow: null, figureId: FIGURE }, ORIGIN)).toBeNull();
  });
});

describe("an opaque origin (a frame the host sandboxed without allow-same-origin)", () => {
  const sandboxed = [{ contentWindow: ours, figureId: FIGURE, servesEmbed: true }];
  const opaque: MessageLike = { ...valid, origin: "null" };

  it("is heard from the window of a frame whose src is our embed page", () => {
    expect(resizeFor(opaque, sandboxed, ORIGIN)).toEqual({ frame: sandboxed[0], height: 512 });
  });

  it("is not heard from any other window, for another figure, in another shape, or for a frame of another src", () => {
    expect(resizeFor({ ...opaque, source: other }, sandboxed, ORIGIN)).toBeNull();
    expect(resizeFor({ ...opaque, data: heightMessage("people-by-program", 512) }, sandboxed, ORIGIN)).toBeNull();
    expect(resizeFor({ ...opaque, data: { "datawrapper-height": { [FIGURE]: 512 } } }, sandboxed, ORIGIN)).toBeNull();
    expect(resizeFor(opaque, [{ ...sandboxed[0]!, servesEmbed: false }], ORIGIN)).toBeNull();
  });
});

describe("the host page's scheme", () => {
  it("reads the rgb() and rgba() colours getComputedStyle returns", () => {
    expect(parseRgb("rgb(17, 17, 17)")).toEqual({ rgb: [17, 17, 17], alpha: 1 });
    expect(parseRgb("rgba(0, 0, 0, 0)")).toEqual({ rgb: [0, 0, 0], alpha: 0 });
    expect(parseRgb("rgb(255 255 255 / 50%)")).toEqual({ rgb: [255, 255, 255], alpha: 0.5 });
    expect(parseRgb("color(srgb 1 1 1)")).toBeNull();
  });

  it("calls a background dark below middle grey's luminance", () => {
    expect(isDark([17, 17, 17])).toBe(true);
    expect(isDark([21, 23, 27])).toBe(true);
    expect(isDark([255, 255, 255])).toBe(false);
    expect(isDark([243, 244, 246])).toBe(false);
    expect(isDark([90, 90, 90])).toBe(true);
    expect(isDark([150, 150, 150])).toBe(false);
  });

  it("takes a color-scheme's one scheme, or the reader's where it names both", () => {
    expect(usedScheme("dark", false)).toBe("dark");
    expect(usedScheme("light", true)).toBe("light");
    expect(usedScheme("light dark", true)).toBe("dark");
    expect(usedScheme("light dark", false)).toBe("light");
    expect(usedScheme("only dark", false)).toBe("dark");
    expect(usedScheme("normal", true)).toBeNull();
    expect(usedScheme(null, true)).toBeNull();
  });
});

describe("embedTarget: only our embed pages become iframes", () => {
  it("accepts an embed URL, keeping only the render flags", () => {
    expect(embedTarget(`${ORIGIN}${PATH}money-by-program/`, ORIGIN, PATH)).toEqual({
      url: `${ORIGIN}${PATH}money-by-program/`,
      figureId: FIGURE,
    });
    expect(
      embedTarget(`${ORIGIN}${PATH}money-by-program/?plain&dark=true&utm=x&onload=alert(1)#top`, ORIGIN, PATH),
    ).toEqual({
      url: `${ORIGIN}${PATH}money-by-program/?dark=true&plain=`,
      figureId: FIGURE,
    });
  });

  it.each([
    ["another site", `https://evil.example${PATH}money-by-program/`],
    ["a look-alike host", `https://charts.example.evil${PATH}money-by-program/`],
    ["another port", `https://charts.example:444${PATH}money-by-program/`],
    ["another page of ours", `${ORIGIN}/goyang/`],
    ["the gallery", `${ORIGIN}${PATH}`],
    ["a path below an embed", `${ORIGIN}${PATH}money-by-program/../../../`],
    ["a nested path", `${ORIGIN}${PATH}a/b/`],
    ["no trailing slash", `${ORIGIN}${PATH}money-by-program`],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["an unparsable URL", "http://exa mple/"],
  ])("refuses %s", (_name, url) => {
    expect(embedTarget(url, ORIGIN, PATH)).toBeNull();
  });

  it("reads a relative URL against the embed origin", () => {
    expect(embedTarget(`${PATH}people-by-program/`, ORIGIN, PATH)?.figureId).toBe("people-by-program");
  });
});

describe("upgradePlaceholders and figureIdOf (in a server DOM)", () => {
  const page = () =>
    parseHTML(
      [
        "<!doctype html><html><body>",
        `<div data-goyang-embed-src="${ORIGIN}${PATH}money-by-program/?dark=false"><a href="${ORIGIN}/goyang/#figure-money-by-program">사업별 예산 그래프 보기</a></div>`,
        `<div data-goyang-embed-src="https://evil.example/"><a href="https://evil.example/">evil</a></div>`,
        `<div data-goyang-embed-src="${ORIGIN}${PATH}people-by-program/" data-title="사람 수" data-height="9999999"></div>`,
        "</body></html>",
      ].join(""),
    ).document as unknown as Document;

  it("replaces our placeholders with a named, sandboxed iframe and leaves others alone", () => {
    const document = page();
    const created = upgradePlaceholders(document, ORIGIN, PATH);
    expect(
      created.map((f) => [
        f.getAttribute("src"),
        f.getAttribute("title"),
        f.getAttribute("data-figure-id"),
        f.getAttribute("height"),
      ]),
    ).toEqual([
      [`${ORIGIN}${PATH}money-by-program/?dark=false`, "사업별 예산 그래프 보기", FIGURE, "480"],
      [`${ORIGIN}${PATH}people-by-program/`, "사람 수", "people-by-program", "480"],
    ]);
    for (const frame of created) {
      expect(frame.hasAttribute("data-goyang-embed")).toBe(true);
      expect(frame.getAttribute("sandbox")).toBe(SANDBOX);
      expect(frame.getAttribute("sandbox")).not.toMatch(/allow-top-navigation/);
    }
    expect(document.querySelectorAll("[data-goyang-embed-src]").length).toBe(1);
    expect(document.querySelector('a[href="https://evil.example/"]')).not.toBeNull();
    expect(upgradePlaceholders(document, ORIGIN, PATH)).toEqual([]); // once only
  });

  it("reserves the height its table gives, names the frame by its instance and keeps the host's scheme", () => {
    const { document } = parseHTML(
      `<div data-goyang-embed-src="${ORIGIN}${PATH}money-by-program/" data-heights="320:900 600:700" data-instance="money-by-program-k3f9" data-scheme="dark"><a href="#">a</a></div>` +
        `<div data-goyang-embed-src="${ORIGIN}${PATH}money-by-program/" data-heights="320:900 600:oops" data-instance="Bad Id"><a href="#">b</a></div>`,
    );
    const [named, plain] = upgradePlaceholders(document as unknown as Document, ORIGIN, PATH);
    // linkedom lays nothing out: a width of 0 takes the first step's height.
    expect(named!.getAttribute("height")).toBe("900");
    expect(named!.getAttribute("name")).toBe("money-by-program-k3f9");
    expect(named!.getAttribute("id")).toBe("datawrapper-chart-money-by-program-k3f9");
    expect(named!.getAttribute("data-scheme")).toBe("dark");
    expect(named!.getAttribute("loading")).toBe("lazy");
    expect(plain!.getAttribute("height")).toBe("480");
    expect(plain!.hasAttribute("name")).toBe(false);
  });

  it("passes the host's scheme in the URL (host=) unless the code pinned dark=", () => {
    const { document } = parseHTML(
      `<div data-goyang-embed-src="${ORIGIN}${PATH}money-by-program/"></div>` +
        `<div data-goyang-embed-src="${ORIGIN}${PATH}money-by-program/?plain"></div>` +
        `<div data-goyang-embed-src="${ORIGIN}${PATH}money-by-program/?dark=false"></div>`,
    );
    const created = upgradePlaceholders(document as unknown as Document, ORIGIN, PATH, () => "dark");
    expect(created.map((f) => f.getAttribute("src"))).toEqual([
      `${ORIGIN}${PATH}money-by-program/?host=dark`,
      `${ORIGIN}${PATH}money-by-program/?plain=&host=dark`,
      `${ORIGIN}${PATH}money-by-program/?dark=false`,
    ]);
  });

  it("sandboxes a placed iframe exactly as the gallery's iframe code does", () => {
    expect(SANDBOX).toBe(EMBED_SANDBOX);
  });

  it("figureIdOf reads data-figure-id, else the src", () => {
    const { document } = parseHTML(
      `<iframe data-figure-id="money-by-program"></iframe><iframe src="${ORIGIN}${PATH}people-by-program/"></iframe><iframe data-figure-id="x y"></iframe><iframe src="https://evil.example/"></iframe>`,
    );
    expect(
      [...document.querySelectorAll("iframe")].map((f) => figureIdOf(f as unknown as Element, ORIGIN, PATH)),
    ).toEqual([FIGURE, "people-by-program", null, null]);
  });
});
