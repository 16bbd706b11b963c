/**
 * What the embed page sends its parent (src/embed/child-messages.ts), the requests it
 * answers (our height request, pym's width message) and the render flags it reads
 * (src/embed/flags.ts).
 */
import { describe, expect, it } from "vitest";
import {
  instanceOf,
  isPymWidthMessage,
  isWordpressReady,
  linkMessages,
  pymChildId,
  pymMessage,
  sizeMessages,
  wordpressSecret,
} from "../../src/embed/child-messages.ts";
import { DEFAULT_FLAGS, flagAttributes, parseFlags } from "../../src/embed/flags.ts";
import {
  acceptedEvent,
  acceptedHeight,
  acceptedHostMessage,
  acceptedLink,
  eventMessage,
  heightRequest,
  hostMessage,
  isHeightRequest,
  linkMessage,
  REQUEST_TYPE,
} from "../../src/embed/protocol.ts";

const NONE = { childId: null, instance: null, secret: null };

describe("sizeMessages", () => {
  it("sends ours, Datawrapper's and AMP's shapes, and pym's only when framed by pym", () => {
    expect(sizeMessages("money-by-program", 511.2, NONE)).toEqual([
      { type: "goyang-jobs:embed-height", version: 1, figureId: "money-by-program", height: 512 },
      { "datawrapper-height": { "money-by-program": 512 } },
      { sentinel: "amp", type: "embed-size", height: 512 },
    ]);
    expect(sizeMessages("money-by-program", 512, { ...NONE, childId: "chart-1" }).at(-1)).toBe(
      "pymxPYMxchart-1xPYMxheightxPYMx512",
    );
  });

  it("keys Datawrapper's shape by the frame's instance, so each copy of a chart is told apart", () => {
    const messages = sizeMessages("money-by-program", 512, { ...NONE, instance: "money-by-program-k3f9" });
    expect(messages[1]).toEqual({ "datawrapper-height": { "money-by-program-k3f9": 512 } });
    expect(messages[0]).toMatchObject({ figureId: "money-by-program" });
  });

  it("speaks WordPress's height message only with WordPress's secret", () => {
    const messages = sizeMessages("money-by-program", 512.4, { ...NONE, secret: "abc123XYZ0" });
    expect(messages.at(-1)).toEqual({ message: "height", value: 513, secret: "abc123XYZ0" });
    expect(JSON.stringify(sizeMessages("money-by-program", 512, NONE))).not.toContain("secret");
  });

  it("our message is the one the host script accepts", () => {
    expect(acceptedHeight(sizeMessages("money-by-program", 512, NONE)[0], "money-by-program")).toBe(512);
  });

  it("never sends a navigation or scroll message", () => {
    const all = JSON.stringify(
      sizeMessages("money-by-program", 512, { childId: "chart-1", instance: "a-1", secret: "abc" }),
    );
    expect(all).not.toMatch(/navigate|scroll|url|href/i);
  });
});

describe("pym", () => {
  it("reads pym's childId from the query pym.Parent builds", () => {
    expect(
      pymChildId("?initialWidth=600&childId=pym-chart&parentTitle=Host&parentUrl=https%3A%2F%2Fhost.example%2F"),
    ).toBe("pym-chart");
    expect(pymChildId("?dark=true")).toBeNull();
    expect(pymChildId("?childId=")).toBeNull();
    expect(pymChildId("?childId=a%20b")).toBeNull();
    expect(pymChildId("?childId=axPYMxheight")).toBeNull();
  });

  it("answers only pym's width message for its own child id", () => {
    expect(isPymWidthMessage(pymMessage("c1", "width", "600"), "c1")).toBe(true);
    expect(isPymWidthMessage(pymMessage("c2", "width", "600"), "c1")).toBe(false);
    expect(isPymWidthMessage(pymMessage("c1", "navigateTo", "javascript:alert(1)"), "c1")).toBe(false);
    expect(isPymWidthMessage(pymMessage("c1", "scrollToChildPos", "100"), "c1")).toBe(false);
    expect(isPymWidthMessage(pymMessage("c1", "width", "600;x"), "c1")).toBe(false);
    expect(isPymWidthMessage(pymMessage("c1", "width", "600"), null)).toBe(false);
    expect(isPymWidthMessage({ width: 600 }, "c1")).toBe(false);
  });
});

describe("height request", () => {
  it("is exactly { type, version }", () => {
    expect(heightRequest()).toEqual({ type: REQUEST_TYPE, version: 1 });
    expect(isHeightRequest(heightRequest())).toBe(true);
    expect(isHeightRequest({ ...heightRequest(), url: "javascript:alert(1)" })).toBe(false);
    expect(isHeightRequest({ ...heightRequest(), version: 2 })).toBe(false);
    expect(isHeightRequest(JSON.stringify(heightRequest()))).toBe(false);
    expect(isHeightRequest(Object.assign(Object.create({ x: 1 }), heightRequest()))).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });
});

describe("render flags", () => {
  it("defaults without a query string", () => {
    expect(parseFlags("")).toEqual(DEFAULT_FLAGS);
    expect(flagAttributes(DEFAULT_FLAGS)).toEqual({
      "data-scheme": null,
      "data-plain": null,
      "data-transparent": null,
      "data-static": null,
    });
  });

  it.each([
    ["?dark=true", { scheme: "dark" }],
    ["?dark", { scheme: "dark" }],
    ["?dark=false", { scheme: "light" }],
    ["?dark=auto", { scheme: "auto" }],
    ["?dark=purple", { scheme: "auto" }],
    ["?plain", { plain: true }],
    ["?plain=1&transparent=true&static=yes", { plain: true, transparent: true, static: true }],
    ["?plain=false&static=0", {}],
    ["?plain=maybe", {}],
    ["?initialWidth=600&childId=x&plain", { plain: true }],
  ])("%s", (search, expected) => {
    expect(parseFlags(search)).toEqual({ ...DEFAULT_FLAGS, ...expected });
  });

  it("sets attributes for <html>", () => {
    expect(flagAttributes(parseFlags("?dark=false&plain&transparent&static"))).toEqual({
      "data-scheme": "light",
      "data-plain": "",
      "data-transparent": "",
      "data-static": "",
    });
  });
});

describe("instances, WordPress's secret and links", () => {
  it("takes an instance id from window.name only in the codes' form", () => {
    expect(instanceOf("money-by-program-k3f9")).toBe("money-by-program-k3f9");
    for (const name of ["", "Money", "a b", "-a", "a-", "x".repeat(65), '"><script>'])
      expect(instanceOf(name), name).toBeNull();
  });

  it("reads WordPress's secret from the fragment it appends", () => {
    expect(wordpressSecret("#?secret=abc123XYZ0")).toBe("abc123XYZ0");
    expect(wordpressSecret("#?secret=abc123XYZ0&x=1")).toBe("abc123XYZ0");
    expect(wordpressSecret("")).toBeNull();
    expect(wordpressSecret("#?secret=")).toBeNull();
    expect(wordpressSecret('#?secret=a"b')).toBeNull();
  });

  it("answers WordPress's ready only with our secret", () => {
    expect(isWordpressReady({ message: "ready", secret: "abc" }, "abc")).toBe(true);
    expect(isWordpressReady({ message: "ready", secret: "abd" }, "abc")).toBe(false);
    expect(isWordpressReady({ message: "ready", secret: "abc" }, null)).toBe(false);
    expect(isWordpressReady("ready", "abc")).toBe(false);
  });

  it("hands a link over in our shape, and WordPress's too when WordPress framed us", () => {
    const href = "https://charts.example/#figure-money-by-program";
    expect(linkMessages("money-by-program", href, null)).toEqual([
      { type: "goyang-jobs:embed-link", version: 1, figureId: "money-by-program", href },
    ]);
    expect(linkMessages("money-by-program", href, "abc").at(-1)).toEqual({
      message: "link",
      value: href,
      secret: "abc",
    });
  });
});

describe("the host's scheme, events and links (src/embed/protocol.ts)", () => {
  it("accepts exactly the host message's shape", () => {
    expect(acceptedHostMessage(hostMessage("dark", "light"))).toEqual({ scheme: "dark", colorScheme: "light" });
    expect(acceptedHostMessage({ ...hostMessage("dark", "light"), extra: 1 })).toBeNull();
    expect(acceptedHostMessage({ ...hostMessage("dark", "light"), scheme: "sepia" })).toBeNull();
    expect(acceptedHostMessage({ ...hostMessage("dark", "light"), version: 2 })).toBeNull();
  });

  it("accepts an event for the frame's figure with an id-like value only", () => {
    expect(acceptedEvent(eventMessage("money-by-program", "view", "youth"), "money-by-program")).toEqual({
      event: "view",
      value: "youth",
    });
    expect(acceptedEvent(eventMessage("money-by-program", "focus", "청년-일자리"), "money-by-program")).not.toBeNull();
    expect(acceptedEvent(eventMessage("people-by-program", "view", "youth"), "money-by-program")).toBeNull();
    expect(acceptedEvent(eventMessage("money-by-program", "view", "<img onerror=x>"), "money-by-program")).toBeNull();
    expect(
      acceptedEvent({ ...eventMessage("money-by-program", "view", "a"), event: "navigate" }, "money-by-program"),
    ).toBeNull();
  });

  it("accepts a link only to the embed's own origin over http(s)", () => {
    const origin = "https://charts.example";
    const link = (href: string) => linkMessage("money-by-program", href);
    expect(acceptedLink(link(`${origin}/#figure-money-by-program`), "money-by-program", origin)).toBe(
      `${origin}/#figure-money-by-program`,
    );
    expect(acceptedLink(link(`${origin}/downloads/money-by-program.csv`), "money-by-program", origin)).not.toBeNull();
    for (const href of ["https://evil.example/", "javascript:alert(1)", `${origin}.evil/`, "/relative", "data:,x"])
      expect(acceptedLink(link(href), "money-by-program", origin), href).toBeNull();
    expect(acceptedLink(link(`${origin}/`), "people-by-program", origin)).toBeNull();
  });
});
