/**
 * Embeds on a page of ANOTHER origin, in Chromium, against a build whose embed origin is
 * a real local origin (test/embed/browser-harness.ts):
 *   - /embed.js sizes each figure's iframe to the embed's content height at host column
 *     widths 320, 600 and 1024 px, and the height then stays put;
 *   - the real pym.js 1.3.2 (new pym.Parent(...)) sizes its iframe from the same embed page;
 *   - forged messages (other origins, look-alike origins serving the genuine embed, another
 *     frame of ours, malformed payloads, navigation requests) change no height and never
 *     move the host page.
 * The convergence figures (final height, content height, time) are printed and written
 * to test-results/embed-convergence.json.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, ElementHandle, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heightMessage } from "../../src/embed/protocol.ts";
import { pageWeight } from "../helpers/page-weight.ts";
import {
  buildEmbedSite,
  contentHeight,
  EVIL_HOST,
  frameOf,
  launchWithEvilHost,
  PYM_SOURCE,
  serveDist,
  servePages,
  type EmbedSite,
  type Served,
} from "../embed/browser-harness.ts";
import { ROOT } from "../helpers/site-data.ts";
import { artifactPath } from "./support.ts";

const WIDTHS = [320, 600, 1024] as const;
/** How long a frame may take to load here: 100 polls of 50 ms. */
const FRAME_ATTEMPTS = 100;
/** How close the iframe must get to the content height, in CSS px. */
const TOLERANCE = 2;
/** How long the height must then stay unchanged. */
const SETTLE_MS = 1_000;

let site: EmbedSite;
let host: Served;
let evil: Served;
let lookalikePort: Served;
let browser: Browser;
let figures: string[] = [];

interface Convergence {
  mode: "embed.js" | "pym.js";
  width: number;
  figure: string;
  finalHeight: number;
  contentHeight: number;
  /** ms from the host page's navigation start to the iframe reaching its final height. */
  convergedAtMs: number;
  /** How many different heights the iframe had on the way (its initial one included). */
  steps: number;
}
const results: Convergence[] = [];

const embedUrl = (figure: string, origin = site.embed.origin) => `${origin}/embed/${figure}/`;

/** Records every message the host receives and every size its iframes take, with times. */
const RECORDER = `
window.__messages = [];
window.__sizes = [];
addEventListener("message", (e) => {
  let data;
  try { data = typeof e.data === "string" ? e.data : JSON.stringify(e.data); } catch (error) { data = String(error); }
  __messages.push({ origin: e.origin, data, t: performance.now() });
});
const observer = new ResizeObserver((entries) => {
  for (const entry of entries) __sizes.push({ id: entry.target.id, h: entry.target.getBoundingClientRect().height, t: performance.now() });
});
const watch = () => document.querySelectorAll("iframe").forEach((f) => observer.observe(f));
watch();
new MutationObserver(watch).observe(document.body, { childList: true, subtree: true });
`;

function hostPage(title: string, width: number, body: string, scripts: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;padding:8px;font-family:sans-serif} .col{width:${width}px;margin:0 0 24px} .col.fluid{width:auto} iframe{display:block;width:100%;border:0}</style>
</head><body><h1>${title}</h1>${body}${scripts}<script>${RECORDER}</script></body></html>`;
}

function pages(): Record<string, string> {
  const out: Record<string, string> = { "/pym.v1.min.js": PYM_SOURCE };
  for (const width of WIDTHS) {
    out[`/script-${width}.html`] = hostPage(
      `embed.js at ${width}px`,
      width,
      figures
        .map(
          (f) =>
            `<div class="col"><iframe id="frame-${f}" data-goyang-embed data-figure-id="${f}" src="${embedUrl(f)}" title="${f}"></iframe></div>`,
        )
        .join(""),
      `<script src="${site.embed.origin}/embed.js"></script>`,
    );
    out[`/pym-${width}.html`] = hostPage(
      `pym.js at ${width}px`,
      width,
      figures.map((f) => `<div class="col"><div id="pym-${f}"></div></div>`).join(""),
      `<script src="/pym.v1.min.js"></script><script>window.__parents = ${JSON.stringify(figures)}.map((f) => {
        const parent = new pym.Parent("pym-" + f, ${JSON.stringify(`${site.embed.origin}/embed/`)} + f + "/", { title: f });
        parent.iframe.id = "frame-" + f;
        return parent;
      });</script>`,
    );
  }
  out["/fluid.html"] = hostPage(
    "embed.js in a fluid column",
    0,
    figures
      .map(
        (f) =>
          `<div class="col fluid"><iframe id="frame-${f}" data-goyang-embed data-figure-id="${f}" src="${embedUrl(f)}" title="${f}"></iframe></div>`,
      )
      .join(""),
    `<script src="${site.embed.origin}/embed.js"></script>`,
  );
  const [money, people] = figures as [string, string];
  out["/placeholder.html"] = hostPage(
    "script embed",
    600,
    `<div class="col" id="holder" data-goyang-embed-src="${embedUrl(money)}?dark=true&utm_source=x"><a href="${site.embed.origin}/#figure-${money}">그래프 보기</a></div>`,
    `<script src="${site.embed.origin}/embed.js"></script>`,
  );
  const lookalikes: [string, string][] = [
    ["lookalike-port", embedUrl(money, lookalikePort.origin)],
    ["lookalike-localhost", embedUrl(money, `http://localhost:${site.embed.port}`)],
    ["lookalike-host", embedUrl(money, `http://${EVIL_HOST}:${site.embed.port}`)],
  ];
  out["/forge.html"] = hostPage(
    "forged messages",
    600,
    [
      `<div class="col"><iframe id="frame-${money}" data-goyang-embed data-figure-id="${money}" src="${embedUrl(money)}" title="money"></iframe></div>`,
      `<div class="col"><iframe id="frame-${people}" data-goyang-embed data-figure-id="${people}" src="${embedUrl(people)}" title="people"></iframe></div>`,
      ...lookalikes.map(
        ([id, src]) =>
          `<div class="col"><iframe id="${id}" data-goyang-embed data-figure-id="${money}" src="${src}" title="${id}"></iframe></div>`,
      ),
      `<div class="col"><iframe id="evil" src="${evil.origin}/evil.html" title="evil"></iframe></div>`,
    ].join(""),
    `<script src="${site.embed.origin}/embed.js"></script>`,
  );
  return out;
}

beforeAll(async () => {
  site = await buildEmbedSite();
  figures = readdirSync(join(site.dist, "embed"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  lookalikePort = await serveDist(site.dist);
  evil = await servePages(() => ({
    "/evil.html":
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>evil</title></head><body>evil</body></html>',
  }));
  host = await servePages(pages);
  browser = await launchWithEvilHost();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await evil?.close();
  await lookalikePort?.close();
  await site?.close();
  if (results.length > 0) {
    writeFileSync(artifactPath("embed-convergence.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      [
        "embed convergence (host column width, figure: final iframe height / embed content height, ms from host navigation start, heights on the way):",
        ...results.map(
          (r) =>
            `  ${r.mode.padEnd(8)} ${String(r.width).padStart(4)} px  ${r.figure.padEnd(18)} ${r.finalHeight} / ${r.contentHeight} px  at ${Math.round(r.convergedAtMs)} ms  (${r.steps} steps)`,
        ),
      ].join("\n"),
    );
  }
});

/** Polls `check` every 50 ms until it holds (usable in hooks, unlike expect.poll). */
async function until(
  check: () => Promise<boolean>,
  failure: string,
  state: () => string = () => "",
  timeout = 10_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${failure} (${state()})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const frameHeight = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().height, id);

/** Waits until the iframe's height matches its content, then checks it stays put for SETTLE_MS. */
async function converge(
  page: Page,
  id: string,
  mode: Convergence["mode"],
  width: number,
  figure: string,
): Promise<Convergence> {
  const handle = (await page.$(`#${id}`))!;
  const frame = await frameOf(handle, FRAME_ATTEMPTS);
  await frame.waitForLoadState("load");
  let last = "";
  await until(
    async () => {
      const [outer, inner] = [await frameHeight(page, id), await contentHeight(frame)];
      last = `iframe ${outer} px, content ${inner} px`;
      return Math.abs(outer - inner) <= TOLERANCE;
    },
    `${mode} ${width}px ${figure}: the iframe never reached its content height`,
    () => last,
  );
  const final = await frameHeight(page, id);
  const content = await contentHeight(frame);
  const samples: number[] = [];
  for (let t = 0; t < SETTLE_MS; t += 50) {
    samples.push(await frameHeight(page, id));
    await page.waitForTimeout(50);
  }
  expect(new Set(samples), `${mode} ${width}px ${figure}: the height keeps changing after convergence`).toEqual(
    new Set([final]),
  );
  // Nothing is cut off and the embed does not scroll inside its frame.
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
    wide: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  expect(inner.scroll, `${mode} ${width}px ${figure}: content taller than its frame`).toBeLessThanOrEqual(inner.client);
  expect(inner.wide, `${mode} ${width}px ${figure}: scrolls sideways`).toBe(false);
  const sizes = await page.evaluate(
    (id) =>
      (window as unknown as { __sizes: { id: string; h: number; t: number }[] }).__sizes.filter((s) => s.id === id),
    id,
  );
  const reached = sizes.find((s) => Math.abs(s.h - final) < 0.5);
  const result: Convergence = {
    mode,
    width,
    figure,
    finalHeight: final,
    contentHeight: content,
    convergedAtMs: reached?.t ?? Number.NaN,
    steps: new Set(sizes.map((s) => s.h)).size,
  };
  results.push(result);
  return result;
}

type Message = { origin: string; data: string; t: number };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);

describe("an embed sized by /embed.js on a page of another origin", () => {
  it("serves /embed.js within its budget (test/budgets.json hostScriptGzipBytes), with this build's origin baked in", () => {
    const code = readFileSync(join(site.dist, "embed.js"));
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    console.log(`/embed.js: ${code.byteLength} B raw, ${gzip} B gzip`);
    for (const figure of figures) {
      const w = pageWeight(site.dist, `embed/${figure}/index.html`);
      const total = {
        raw: w.html.raw + w.js.raw - w.js.inline.raw + w.css.raw - w.css.inline.raw,
        gzip: w.html.gzip + w.js.gzip - w.js.inline.gzip + w.css.gzip - w.css.inline.gzip,
      };
      console.log(
        `/embed/${figure}/: HTML ${w.html.raw} B raw / ${w.html.gzip} B gzip; JS ${w.js.raw} / ${w.js.gzip} (files: ${w.js.files.join(", ") || "none"}); ` +
          `CSS ${w.css.raw} / ${w.css.gzip} (files: ${w.css.files.join(", ") || "none"}); transferred in all ${total.raw} B raw / ${total.gzip} B gzip`,
      );
    }
    const budget = (
      JSON.parse(readFileSync(join(ROOT, "test/budgets.json"), "utf8")) as { hostScriptGzipBytes: number }
    ).hostScriptGzipBytes;
    expect(gzip).toBeLessThanOrEqual(budget);
    expect(code.toString()).toContain(JSON.stringify(site.embed.origin));
    expect(figures.length).toBeGreaterThanOrEqual(2);
  });

  it.each(WIDTHS)(
    "at a %i px column every figure's iframe converges to its content height and stays",
    async (width) => {
      const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${host.origin}/script-${width}.html`);
      for (const figure of figures) {
        const result = await converge(page, `frame-${figure}`, "embed.js", width, figure);
        expect(result.finalHeight).toBeGreaterThan(150);
      }
      // The embed also spoke Datawrapper's and AMP's shapes, with the same height.
      const seen = await messages(page);
      for (const figure of figures) {
        const final = await frameHeight(page, `frame-${figure}`);
        const from = seen.filter((m) => m.origin === site.embed.origin).map((m) => m.data);
        expect(from).toContain(JSON.stringify(heightMessage(figure, final)));
        expect(from).toContain(JSON.stringify({ "datawrapper-height": { [figure]: final } }));
      }
      expect(seen.some((m) => m.data.includes('"sentinel":"amp"'))).toBe(true);
      expect(
        seen.some((m) => m.data.startsWith("pym")),
        "no pym strings without pym's childId",
      ).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("follows its content when the host column changes width", async () => {
    const context = await browser.newContext({ viewport: { width: 1064, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/script-1024.html`);
    const figure = figures[0]!;
    const wide = await converge(page, `frame-${figure}`, "embed.js", 1024, figure);
    results.pop();
    await page.evaluate(() => document.querySelectorAll<HTMLElement>(".col").forEach((c) => (c.style.width = "320px")));
    const narrow = await converge(page, `frame-${figure}`, "embed.js", 320, figure);
    results.pop();
    expect(narrow.finalHeight).not.toBe(wide.finalHeight);
    await context.close();
  });

  it("follows the window's width, also for an iframe below the fold (whose rendering Chromium pauses)", async () => {
    const context = await browser.newContext({ viewport: { width: 1040, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/fluid.html`);
    const last = figures.at(-1)!;
    const wide = await converge(page, `frame-${last}`, "embed.js", 1024, last);
    results.pop();
    expect(
      await page.evaluate(
        (id) => document.getElementById(id)!.getBoundingClientRect().top > window.innerHeight,
        `frame-${last}`,
      ),
      "below the fold",
    ).toBe(true);
    await page.setViewportSize({ width: 336, height: 700 });
    const narrow = await converge(page, `frame-${last}`, "embed.js", 320, last);
    results.pop();
    expect(narrow.finalHeight).toBeGreaterThan(wide.finalHeight);
    await context.close();
  });

  it("turns a script-embed placeholder into a sized iframe of our embed, keeping only the render flags", async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/placeholder.html`);
    const frame = page.locator("#holder iframe");
    await frame.waitFor();
    expect(await frame.getAttribute("src")).toBe(`${embedUrl(figures[0]!)}?dark=true`);
    expect(await frame.getAttribute("title")).toBe("그래프 보기");
    expect(await page.locator("#holder a").count()).toBe(0);
    await page.evaluate(() => (document.querySelector("#holder iframe")!.id = "placed"));
    const result = await converge(page, "placed", "embed.js", 600, figures[0]!);
    results.pop();
    expect(result.finalHeight).toBeGreaterThan(150);
    const inside = await frameOf((await page.$("#placed"))!, FRAME_ATTEMPTS);
    expect(await inside.evaluate(() => document.documentElement.getAttribute("data-scheme"))).toBe("dark");
    await context.close();
  });
});

describe("an embed sized by the real pym.js 1.3.2 parent", () => {
  it.each(WIDTHS)(
    "at a %i px column every figure's pym iframe converges to its content height and stays",
    async (width) => {
      const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${host.origin}/pym-${width}.html`);
      for (const figure of figures) {
        const src = await page.locator(`#frame-${figure}`).getAttribute("src");
        expect(src).toContain(`childId=pym-${figure}`);
        const result = await converge(page, `frame-${figure}`, "pym.js", width, figure);
        expect(result.finalHeight).toBeGreaterThan(150);
      }
      const seen = (await messages(page)).map((m) => m.data);
      for (const figure of figures)
        expect(seen.some((d) => d.startsWith(`pymxPYMxpym-${figure}xPYMxheightxPYMx`))).toBe(true);
      // Resizing the window makes pym send "width"; the embed answers with its height.
      const before = seen.length;
      await page.setViewportSize({ width: width + 60, height: 900 });
      await expect
        .poll(
          async () => (await messages(page)).slice(before).filter((m) => m.data.includes("xPYMxheightxPYMx")).length,
        )
        .toBeGreaterThanOrEqual(figures.length);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe("forged messages change nothing", () => {
  let context: Awaited<ReturnType<Browser["newContext"]>>;
  let page: Page;
  let money: string;
  let people: string;
  let moneyFrame: Frame;
  let peopleFrame: Frame;
  let evilFrame: Frame;
  let hostUrl: string;
  const dialogs: string[] = [];
  const popups: string[] = [];

  beforeAll(async () => {
    [money, people] = figures as [string, string];
    context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    page = await context.newPage();
    context.on("page", (p) => popups.push(p.url()));
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    hostUrl = `${host.origin}/forge.html`;
    await page.goto(hostUrl);
    await converge(page, `frame-${money}`, "embed.js", 600, money);
    await converge(page, `frame-${people}`, "embed.js", 600, people);
    results.splice(-2);
    moneyFrame = await frameOf((await page.$(`#frame-${money}`))!, FRAME_ATTEMPTS);
    peopleFrame = await frameOf((await page.$(`#frame-${people}`))!, FRAME_ATTEMPTS);
    evilFrame = await frameOf((await page.$("#evil"))!, FRAME_ATTEMPTS);
  }, 60_000);
  afterAll(async () => context?.close());

  const ids = () => [`frame-${money}`, `frame-${people}`, "lookalike-port", "lookalike-localhost", "lookalike-host"];
  const heights = () =>
    page.evaluate((ids) => ids.map((id) => document.getElementById(id)!.getBoundingClientRect().height), ids());

  /**
   * Posts `data` to the host from `frame` (or from the host itself), then a marker from the
   * same window, and waits for the marker: messages from one window arrive in order, and
   * /embed.js's listener runs before the recorder's, so the forgery has been handled.
   */
  async function post(from: Frame | Page, data: unknown, raw?: string): Promise<void> {
    const marker = `marker-${Math.random()}`;
    await from.evaluate(
      ([data, raw, marker]) => {
        const target = window.parent;
        target.postMessage(raw === undefined ? data : JSON.parse(raw), "*");
        target.postMessage(marker, "*");
      },
      [data, raw, marker] as const,
    );
    await until(async () => (await messages(page)).some((m) => m.data === marker), "the marker message never arrived");
  }

  it("the control: a genuine message from the genuine frame does resize it (so the test can fail)", async () => {
    const [before] = await heights();
    await post(moneyFrame, heightMessage(money, 777));
    expect((await heights())[0]).toBe(777);
    await post(moneyFrame, heightMessage(money, before!));
    expect((await heights())[0]).toBe(before);
  });

  it("look-alike origins serving the genuine embed page (another port, localhost, 127.0.0.1.evil) are not trusted", async () => {
    for (const id of ["lookalike-port", "lookalike-localhost", "lookalike-host"]) {
      const frame = await frameOf((await page.$(`#${id}`))!, FRAME_ATTEMPTS);
      await frame.waitForLoadState("load");
      // The genuine embed page there has reported its height, from its look-alike origin ...
      const origin = new URL(frame.url()).origin;
      expect(origin).not.toBe(site.embed.origin);
      await expect
        .poll(
          async () =>
            (await messages(page)).some((m) => m.origin === origin && m.data.includes("goyang-jobs:embed-height")),
          { message: id },
        )
        .toBe(true);
      // ... and a valid message sent from there on purpose changes nothing either.
      await post(frame, heightMessage(money, 640));
    }
    expect((await heights()).slice(2)).toEqual([150, 150, 150]);
  });

  const forgeries: [string, () => Frame | Page, unknown, string?][] = [
    [
      "wrong origin: a page on a third port posts a valid message",
      () => evilFrame,
      heightMessage("money-by-program", 999),
    ],
    [
      "wrong origin: Datawrapper's shape from the third port",
      () => evilFrame,
      { "datawrapper-height": { "money-by-program": 999 } },
    ],
    ["the host page itself posts a valid message", () => page, heightMessage("money-by-program", 999)],
    [
      "another frame of ours sends a height for the first figure",
      () => peopleFrame,
      heightMessage("money-by-program", 999),
    ],
    ["a string payload", () => moneyFrame, JSON.stringify(heightMessage("money-by-program", 999))],
    [
      'height "100px;..."',
      () => moneyFrame,
      { ...heightMessage("money-by-program", 1), height: "100px;position:fixed;top:0" },
    ],
    ["height 1e9", () => moneyFrame, { ...heightMessage("money-by-program", 1), height: 1e9 }],
    ["height NaN", () => moneyFrame, { ...heightMessage("money-by-program", 1), height: Number.NaN }],
    ["height -1", () => moneyFrame, { ...heightMessage("money-by-program", 1), height: -1 }],
    [
      "an object with __proto__ keys",
      () => moneyFrame,
      null,
      `{"__proto__":{"height":999},"type":"goyang-jobs:embed-height","version":1,"figureId":"money-by-program","height":999}`,
    ],
    ["a wrong version", () => moneyFrame, { ...heightMessage("money-by-program", 999), version: 2 }],
    ["a wrong type", () => moneyFrame, { ...heightMessage("money-by-program", 999), type: "goyang-jobs:embed-size" }],
    [
      "a pym navigateTo string",
      () => moneyFrame,
      "pymxPYMxframe-money-by-programxPYMxnavigateToxPYMxjavascript:alert(document.domain)",
    ],
    [
      "a pym navigateTo string to another site",
      () => moneyFrame,
      `pymxPYMxframe-money-by-programxPYMxnavigateToxPYMxhttps://evil.example/`,
    ],
    ["a pym scrollToChildPos string", () => moneyFrame, "pymxPYMxframe-money-by-programxPYMxscrollToChildPosxPYMx5000"],
    ["a navigation object", () => moneyFrame, { type: "navigate", url: "javascript:alert(document.domain)" }],
    [
      "a valid height with a navigation key",
      () => moneyFrame,
      { ...heightMessage("money-by-program", 999), url: "https://evil.example/" },
    ],
  ];

  it("has at least twelve forgeries", () => {
    expect(forgeries.length).toBeGreaterThanOrEqual(12);
  });

  it.each(forgeries)("%s: no height changes, the host stays where it is", async (_name, from, data, raw) => {
    const before = await heights();
    const scroll = await page.evaluate(() => window.scrollY);
    await post(from(), data, raw);
    await page.waitForTimeout(50);
    expect(await heights()).toEqual(before);
    expect(page.url()).toBe(hostUrl);
    expect(await page.evaluate(() => location.href)).toBe(hostUrl);
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
  });
});
