/**
 * Every built page printed (src/styles/print.css): in the light scheme, the dark scheme and
 * the dark scheme forced by the page's flag (`?dark=true` on an embed page, `data-scheme`
 * set by hand elsewhere), laid out at the width of A4 portrait's content box under print
 * media. Every visible text, SVG <text> included (its fill, against the shape under it or
 * the paper), is ≥ 4.5:1 against white and ≥ 9 pt; the palette's variables are LIGHT's;
 * nothing interactive prints; figures, tables and headings avoid page breaks; external
 * links print their URL; nothing is wider than the paper. Then the PDF
 * (test-results/print/<page>-<variant>.pdf) and, where poppler's pdftotext is installed
 * (not in CI), its text: each chart's title and its table's first row on one page, no
 * blank page, an embed page on one page, every external URL printed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { converter, formatHex, wcagContrast, type Rgb } from "culori";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cssVarName, LIGHT, type Palette } from "../../src/theme/palette.ts";
import { launchChromium } from "../helpers/browser.ts";
import { artifactPath, hydrateAll, markOf, openPage, PAGES, tipOf, type SitePage } from "./support.ts";

/** A4 portrait (210 mm) less print.css's 15 mm @page margins, in CSS px (96 per inch). */
const A4_CONTENT = { width: Math.floor(((210 - 30) * 96) / 25.4), height: Math.floor(((297 - 30) * 96) / 25.4) };
const MIN_CONTRAST = 4.5;
/** 9 pt in CSS px. */
const MIN_FONT_PX = 12;

const VARIANTS = [
  { name: "light", colorScheme: "light", flag: false },
  { name: "dark", colorScheme: "dark", flag: false },
  { name: "dark-flag", colorScheme: "dark", flag: true },
] as const;
type Variant = (typeof VARIANTS)[number];

/** Every colour variable of the palette with LIGHT's value: what print.css must force. */
const LIGHT_VARS: [string, string][] = (Object.entries(LIGHT) as [keyof Palette, Palette[keyof Palette]][]).flatMap(
  ([token, value]) =>
    typeof value === "string"
      ? [[cssVarName(token), value]]
      : value.map((color, i): [string, string] => [cssVarName(token, i), color]),
);

/** Elements that must never print. */
const NEVER_PRINTED = [".chart-downloads", ".download-list", ".copy-row", ".chart-tip", "button", "input", "select"];
/** Elements that, where shown, would be something to press on paper. */
const INTERACTIVE = 'button, input, select, [role="button"], iframe, summary';

const PDFTOTEXT = spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).error === undefined;
/**
 * Pretendard (npm, for the PNG downloads) as this Chromium's sans-serif and system-ui: the
 * PDF's Hangul is then real text even on a machine without a Korean font, and digits and
 * Hangul come from one font, so pdftotext keeps a line on one line.
 */
const KOREAN_FONTS = new URL("../../node_modules/pretendard/dist/public/static", import.meta.url).pathname;
const fontconfig = (cache: string) =>
  [
    `<?xml version="1.0"?>`,
    `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
    `<fontconfig>`,
    `  <dir>${KOREAN_FONTS}</dir>`,
    `  <cachedir>${cache}</cachedir>`,
    `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
    // After the system's rules, and first: its own aliases put DejaVu before any other.
    ...["system-ui", "sans-serif"].map(
      (family) =>
        `  <match target="pattern"><test name="family"><string>${family}</string></test>` +
        `<edit name="family" mode="prepend_first" binding="strong"><string>Pretendard</string></edit></match>`,
    ),
    `</fontconfig>`,
    ``,
  ].join("\n");

let browser: Browser;
const fontconfigBefore = process.env["FONTCONFIG_FILE"];
beforeAll(async () => {
  if (existsSync(KOREAN_FONTS)) {
    const conf = artifactPath("print", "fonts.conf");
    writeFileSync(conf, fontconfig(dirname(artifactPath("print", "fontconfig-cache", "cache"))));
    process.env["FONTCONFIG_FILE"] = conf;
  }
  browser = await launchChromium();
  if (!PDFTOTEXT) console.log("print.test: pdftotext not installed (poppler-utils): the PDF text checks are skipped");
});
afterAll(async () => {
  await browser?.close();
  if (fontconfigBefore === undefined) delete process.env["FONTCONFIG_FILE"];
  else process.env["FONTCONFIG_FILE"] = fontconfigBefore;
  for (const [variant, min] of Object.entries(minimum))
    console.log(`print.test: lowest text contrast in print, ${variant}: ${min.ratio.toFixed(2)}:1 (${min.where})`);
});

/** The lowest contrast seen per variant, over every page: printed at the end. */
const minimum: Record<string, { ratio: number; where: string }> = {};

interface Paint {
  color: string;
  /** Opacity to apply on top of the colour's own alpha. */
  alpha: number;
}

interface PrintedText {
  where: string;
  text: Paint;
  /** An SVG <text> (its fill) or HTML text (its color). */
  svg: boolean;
  /** What is drawn under it on the paper, in paint order: shapes for SVG text, the nearest background for HTML. */
  under: Paint[];
  fontPx: number;
}

interface PrintReport {
  vars: Record<string, string>;
  texts: PrintedText[];
  neverPrinted: { selector: string; display: string }[];
  interactiveShown: string[];
  downloadTextShown: string[];
  figures: { id: string; breakInside: string; title: string; subtitle: string; tableStart: string[] }[];
  tables: string[];
  headings: { tag: string; text: string; breakAfter: string }[];
  externalLinks: { href: string; content: string }[];
  scrollWidth: number;
  viewport: number;
  wide: string[];
}

/** Everything the checks need, read from the page under print media in one round trip. */
function readPrint(args: { varNames: string[]; neverPrinted: string[]; interactive: string }): PrintReport {
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
  const shown = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const opacity = (el: Element | null) => {
    let product = 1;
    for (let e = el; e; e = e.parentElement) product *= Number(getComputedStyle(e).opacity);
    return product;
  };
  // .visually-hidden and the like: clipped to nothing on paper.
  const clippedAway = (el: Element) => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      if (style.clipPath !== "none" || (style.overflow === "hidden" && (box.width <= 1 || box.height <= 1)))
        return true;
    }
    return false;
  };
  const opaqueBackground = (el: Element): Paint | null => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return { color: bg, alpha: 1 };
    }
    return null;
  };
  // The shapes painted under an SVG text's centre (earlier in document order), in paint order.
  const svgUnder = (el: SVGGraphicsElement): Paint[] => {
    const svg = el.ownerSVGElement;
    const ctm = el.getScreenCTM();
    if (!svg || !ctm) return [];
    const box = el.getBBox();
    const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(ctm);
    const paints: Paint[] = [];
    for (const shape of svg.querySelectorAll<SVGGeometryElement>("rect, path, circle, ellipse, polygon")) {
      if (!(shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const m = shape.getScreenCTM();
      if (!m || !shown(shape)) continue;
      const style = getComputedStyle(shape);
      if (style.fill === "none" || !shape.isPointInFill(centre.matrixTransform(m.inverse()))) continue;
      paints.push({ color: style.fill, alpha: Number(style.fillOpacity) * opacity(shape) });
    }
    return paints;
  };

  const texts: PrintedText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const content = node.textContent?.trim();
    const el = node.parentElement;
    if (!content || !el || el.closest("script, style, title, desc, template, noscript")) continue;
    if (!shown(el) || clippedAway(el)) continue;
    const style = getComputedStyle(el);
    // Chart text is HTML (labels, values) and SVG (tick labels) inside the chart's stage.
    const where = `${el.closest(".chart-stage") && !(el instanceof SVGElement) ? "chart " : ""}${name(el)} "${content.slice(0, 40)}"`;
    if (el instanceof SVGElement) {
      const text = el instanceof SVGGraphicsElement ? el : null;
      const ctm = text?.getScreenCTM();
      texts.push({
        where: `svg ${where}`,
        svg: true,
        text: { color: style.fill, alpha: Number(style.fillOpacity) * opacity(el) },
        under: text ? svgUnder(text) : [],
        fontPx: parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1),
      });
    } else {
      if (el.tagName !== "TEXTAREA") {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
      }
      const bg = opaqueBackground(el);
      texts.push({
        where,
        svg: false,
        text: { color: style.color, alpha: opacity(el) },
        under: bg ? [bg] : [],
        fontPx: parseFloat(style.fontSize),
      });
    }
  }

  const externalLinks: { href: string; content: string }[] = [];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
    if (a.closest("svg") || !shown(a) || clippedAway(a)) continue;
    const after = getComputedStyle(a, "::after");
    externalLinks.push({ href: a.getAttribute("href") ?? "", content: after.content });
    if (after.content !== "none" && after.content !== "normal")
      texts.push({
        where: `${name(a)}::after`,
        svg: false,
        text: { color: after.color, alpha: opacity(a) },
        under: [],
        fontPx: parseFloat(after.fontSize),
      });
  }

  const root = getComputedStyle(document.documentElement);
  const limit = window.innerWidth;
  return {
    vars: Object.fromEntries(args.varNames.map((v) => [v, root.getPropertyValue(v).trim().toLowerCase()])),
    texts,
    neverPrinted: args.neverPrinted.flatMap((selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        selector: `${selector}: ${name(el)}`,
        display: getComputedStyle(el).display,
      })),
    ),
    interactiveShown: [...document.querySelectorAll(args.interactive)].filter(shown).map(name),
    downloadTextShown: texts.filter((t) => /"내려받기/.test(t.where)).map((t) => t.where),
    figures: [...document.querySelectorAll("figure.chart")].map((figure) => ({
      id: figure.id,
      breakInside: getComputedStyle(figure).breakInside,
      title: figure.querySelector(".chart-title")?.textContent ?? "",
      subtitle: figure.querySelector(".chart-subtitle")?.textContent ?? "",
      // The caption, the header row and the first row: how the table starts on paper.
      tableStart: [
        figure.querySelector("table caption")?.textContent ?? "",
        ...[...figure.querySelectorAll("table thead tr:first-child > *, table tbody tr:first-child > *")].map(
          (cell) => cell.textContent ?? "",
        ),
      ],
    })),
    tables: [...document.querySelectorAll("table")]
      .filter((t) => getComputedStyle(t).breakInside !== "avoid")
      .map((t) => name(t.closest("[id]") ?? t)),
    headings: [...document.querySelectorAll("h1, h2, h3")].filter(shown).map((h) => ({
      tag: h.tagName.toLowerCase(),
      text: (h.textContent ?? "").trim().slice(0, 40),
      breakAfter: getComputedStyle(h).breakAfter,
    })),
    externalLinks,
    scrollWidth: document.documentElement.scrollWidth,
    viewport: limit,
    wide: [...document.querySelectorAll("body *")]
      .filter((el) => shown(el) && el.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 5)
      .map(name),
  };
}

const toRgb = converter("rgb");
const PAPER: Rgb = { mode: "rgb", r: 1, g: 1, b: 1 };

/** A paint flattened onto what lies under it, as an opaque colour. */
function flatten(paint: Paint, under: Rgb): Rgb {
  const c = toRgb(paint.color);
  if (!c) throw new Error(`unparsable colour ${paint.color}`);
  const a = (c.alpha ?? 1) * paint.alpha;
  return {
    mode: "rgb",
    r: c.r * a + under.r * (1 - a),
    g: c.g * a + under.g * (1 - a),
    b: c.b * a + under.b * (1 - a),
  };
}

/**
 * A printed text's contrast. SVG text: against what is painted right under it (a bar's
 * fill, else the paper). HTML text: against the paper, and against its background too,
 * for a reader who prints background graphics.
 */
function contrastOf(t: PrintedText): number {
  const grounds = t.svg
    ? [t.under.reduce((ground, layer) => flatten(layer, ground), PAPER)]
    : [PAPER, ...t.under.map((layer) => flatten(layer, PAPER))];
  return Math.min(...grounds.map((ground) => wcagContrast(flatten(t.text, ground), ground)));
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

async function printReport(page: Page): Promise<PrintReport> {
  const args = { varNames: LIGHT_VARS.map(([name]) => name), neverPrinted: NEVER_PRINTED, interactive: INTERACTIVE };
  // As source text, with a stand-in for the __name helper a transform may wrap the nested
  // functions in (it exists in Node, not in the page).
  return page.evaluate<PrintReport>(
    `(() => { const __name = (f) => f; return (${readPrint.toString()})(${JSON.stringify(args)}); })()`,
  );
}

/** Opens the page as a reader in this variant would have it, one tooltip open. */
async function openVariant(target: SitePage, variant: Variant) {
  const context = await browser.newContext({
    viewport: A4_CONTENT,
    colorScheme: variant.colorScheme,
  });
  // The embed pages read ?dark=true; on the others it is ignored and data-scheme is set by
  // hand, as the flag would.
  const opened = await openPage(context, variant.flag ? { ...target, path: `${target.path}?dark=true` } : target);
  const { page } = opened;
  await page.waitForLoadState("load");
  if (variant.flag)
    await page.evaluate(() => {
      if (!document.documentElement.hasAttribute("data-scheme")) document.documentElement.dataset["scheme"] = "dark";
    });
  await hydrateAll(page, target.charts);
  const chart = target.charts[0];
  if (chart) {
    await markOf(page, chart, 0).hover();
    await tipOf(page, chart).waitFor({ state: "visible" });
  }
  return { context, ...opened };
}

describe.each(PAGES)("$path in print", (target) => {
  it.each(VARIANTS)("$name: dark on white, whole figures, no controls, URLs written out; the PDF", async (variant) => {
    const { context, page, problems } = await openVariant(target, variant);
    if (variant.colorScheme === "dark")
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--background").trim()),
        "the dark palette applies on screen",
      ).not.toBe(LIGHT.background);
    await page.emulateMedia({ media: "print", colorScheme: variant.colorScheme });
    const report = await printReport(page);
    const label = `${target.path} ${variant.name}`;

    // As colours: the bundler may shorten #ffffff to #fff.
    const hex = (vars: Iterable<[string, string]>) => Object.fromEntries([...vars].map(([k, v]) => [k, formatHex(v)]));
    expect(hex(Object.entries(report.vars)), `${label}: print forces LIGHT's colours`).toEqual(hex(LIGHT_VARS));

    expect(report.texts.length, `${label}: texts found`).toBeGreaterThan(0);
    const low = report.texts.map((t) => ({ where: t.where, ratio: contrastOf(t) })).sort((a, b) => a.ratio - b.ratio);
    for (const [kind, list] of [
      ["all text", low],
      ["chart text", low.filter((t) => t.where.startsWith("svg ") || t.where.startsWith("chart "))],
    ] as const) {
      const worst = list[0];
      const key = `${variant.name}, ${kind}`;
      const seen = minimum[key];
      if (worst && (!seen || worst.ratio < seen.ratio))
        minimum[key] = { ratio: worst.ratio, where: `${target.path} ${worst.where}` };
    }
    if (target.figures.length > 0)
      expect(
        low.some((t) => t.where.startsWith("chart ")),
        `${label}: chart text found`,
      ).toBe(true);
    expect(
      low.filter((t) => t.ratio < MIN_CONTRAST).map((t) => `${t.where} ${t.ratio.toFixed(2)}:1`),
      `${label}: text below ${MIN_CONTRAST}:1`,
    ).toEqual([]);
    expect(
      report.texts.filter((t) => t.fontPx < MIN_FONT_PX - 0.01).map((t) => `${t.where} ${t.fontPx.toFixed(1)}px`),
      `${label}: text below 9 pt`,
    ).toEqual([]);

    expect(
      report.neverPrinted.filter((e) => e.display !== "none").map((e) => e.selector),
      `${label}: printed though it must not`,
    ).toEqual([]);
    if (target.figures.length > 0)
      expect(
        report.neverPrinted.some((e) => e.selector.startsWith(".chart-downloads")),
        `${label}: download lines`,
      ).toBe(true);
    expect(report.interactiveShown, `${label}: interactive elements on paper`).toEqual([]);
    expect(report.downloadTextShown, `${label}: 내려받기 on paper`).toEqual([]);

    expect(report.figures.map((f) => f.id)).toEqual(target.figures);
    for (const figure of report.figures) expect(figure.breakInside, `${label} ${figure.id}`).toBe("avoid");
    expect(report.tables, `${label}: tables that may split`).toEqual([]);
    expect(
      report.headings.filter((h) => h.breakAfter !== "avoid").map((h) => `${h.tag} ${h.text}`),
      `${label}: headings that may end a page`,
    ).toEqual([]);

    for (const link of report.externalLinks)
      // Chromium gives ::after's content as declared (`" (" attr(href) ")"`); either way
      // the URL follows the text.
      expect(link.content, `${label}: ${link.href}::after`).toMatch(/attr\(href\)|\(http/);

    expect(report.scrollWidth, `${label}: wider than A4: ${report.wide.join(", ")}`).toBeLessThanOrEqual(
      report.viewport,
    );
    expect(report.wide, `${label}: wider than A4`).toEqual([]);

    const pdfPath = artifactPath("print", `${target.name}-${variant.name}.pdf`);
    const pdf = await page.pdf({ format: "A4", path: pdfPath });
    const pageCount = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(pageCount, `${label}: PDF pages`).toBeGreaterThan(0);
    if (target.path.startsWith("/embed/") && target.figures.length > 0)
      expect(pageCount, `${label}: an embed prints on one page`).toBe(1);

    if (PDFTOTEXT) {
      const run = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      const pages = run.stdout.split("\f");
      if (pages.at(-1)?.trim() === "") pages.pop();
      expect(pages.length, `${label}: pdftotext pages`).toBe(pageCount);
      const squeezed = pages.map(squeeze);
      expect(
        squeezed.flatMap((text, i) => (text === "" ? [i + 1] : [])),
        `${label}: blank PDF pages`,
      ).toEqual([]);
      for (const figure of report.figures) {
        const head = squeeze(figure.title + figure.subtitle);
        const table = squeeze(figure.tableStart.join(""));
        const headPage = squeezed.findIndex((text) => text.includes(head));
        const tablePage = squeezed.findIndex((text) => text.includes(table));
        expect(headPage, `${label} ${figure.id}: title in the PDF`).toBeGreaterThanOrEqual(0);
        expect(tablePage, `${label} ${figure.id}: its table's caption, header and first row on one page`).toBe(
          headPage,
        );
      }
      const all = squeezed.join("");
      for (const link of report.externalLinks)
        expect(all.includes(squeeze(link.href)), `${label}: ${link.href} printed`).toBe(true);
    }

    expect(await problems()).toEqual([]);
    await context.close();
  });
});

it("print.css forces every colour of LIGHT (read from the stylesheet itself)", () => {
  const css = readFileSync(new URL("../../src/styles/print.css", import.meta.url), "utf8");
  for (const [name, value] of LIGHT_VARS) expect(css, name).toContain(`${name}: ${value} !important;`);
});
