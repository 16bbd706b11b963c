/**
 * What the embed page sends its parent (src/embed/child-messages.ts), the requests it
 * answers (our height request, pym's width message) and the render flags it reads
 * (src/embed/flags.ts).
 */
import { describe, expect, it } from "vitest";
import { isPymWidthMessage, pymChildId, pymMessage, sizeMessages } from "../../src/embed/child-messages.ts";
import { DEFAULT_FLAGS, flagAttributes, parseFlags } from "../../src/embed/flags.ts";
import { acceptedHeight, heightRequest, isHeightRequest, REQUEST_TYPE } from "../../src/embed/protocol.ts";

describe("sizeMessages", () => {
  it("sends ours, Datawrapper's and AMP's shapes, and pym's only when framed by pym", () => {
    expect(sizeMessages("money-by-program", 511.2, null)).toEqual([
      { type: "goyang-jobs:embed-height", version: 1, figureId: "money-by-program", height: 512 },
      { "datawrapper-height": { "money-by-program": 512 } },
      { sentinel: "amp", type: "embed-size", height: 512 },
    ]);
    expect(sizeMessages("money-by-program", 512, "chart-1").at(-1)).toBe("pymxPYMxchart-1xPYMxheightxPYMx512");
  });

  it("our message is the one the host script accepts", () => {
    expect(acceptedHeight(sizeMessages("money-by-program", 512, "x")[0], "money-by-program")).toBe(512);
  });

  it("never sends a navigation or scroll message", () => {
    const all = JSON.stringify(sizeMessages("money-by-program", 512, "chart-1"));
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
