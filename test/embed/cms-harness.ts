/**
 * What test/browser/embed-cms.test.ts needs besides the shared embed build
 * (test/embed/browser-harness.ts): the real codes read from the build, a host origin that
 * serves pages with their own headers (a CSP host), host pages shaped like a newsroom's
 * article, what CMSs and other producers' listeners do to a code (WordPress's oEmbed
 * rewrite and its wp-embed.js listener, Datawrapper's three listeners), and small readers
 * for what a browser hands back (PNG screenshots, pdftoppm's PPM pages, PDF page counts).
 * Everything here is plain code over strings and bytes; no browser.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { parseHTML } from "linkedom";
import type { Served } from "./browser-harness.ts";

// ---------------------------------------------------------------------------------------
// The codes, as a producer copies them

export interface FigureCodes {
  figure: string;
  /** dist/oembed/<id>.json's html: the iframe code (the gallery shows the same string). */
  iframe: string;
  /** The gallery's script code (textarea#code-<figure>-script). */
  script: string;
  /** The gallery's AMP code, when the build has one. */
  amp: string | null;
  /** The gallery's pym.js code, when the build has one. */
  pym: string | null;
  /** The whole oEmbed response. */
  oembed: Record<string, unknown>;
  /** The SRI hash the gallery shows for self-hosting /embed.js (integrity="sha…-…"), when it shows one. */
  sri: string | null;
}

/** Reads a figure's codes from the built gallery and oEmbed response. */
export function readCodes(dist: string, figure: string): FigureCodes {
  const oembed = JSON.parse(readFileSync(join(dist, "oembed", `${figure}.json`), "utf8")) as Record<string, unknown>;
  const galleryHtml = readFileSync(join(dist, "embed", "index.html"), "utf8");
  const { document } = parseHTML(galleryHtml);
  // A textarea's text is escaped markup (linkedom hands it back as written, entities and all).
  const code = (kind: string) => {
    const text = document.getElementById(`code-${figure}-${kind}`)?.textContent;
    return text == null ? null : decodeEntities(text);
  };
  const script = code("script");
  if (typeof oembed["html"] !== "string") throw new Error(`oembed/${figure}.json has no html`);
  if (script === null) throw new Error(`the gallery has no textarea#code-${figure}-script`);
  // The self-hosting note's <script … integrity="…">, escaped in a <code> (not the page's own CSP hashes).
  const sri = /integrity=(?:"|&quot;)(sha(?:256|384|512)-[A-Za-z0-9+/]+=*)/.exec(galleryHtml)?.[1] ?? null;
  return { figure, iframe: oembed["html"], script, amp: code("amp"), pym: code("pym"), oembed, sri };
}

/** Decodes the character references a build writes (&lt; &gt; &quot; &amp; &#39; &#NN; &#xNN;). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', amp: "&", apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return named[name.toLowerCase()] ?? all;
  });
}

/** The SRI string of some bytes, in the algorithm of `like` (sha384 unless told). */
export function sriOf(bytes: Buffer, like = "sha384-"): string {
  const algorithm = /^sha(256|384|512)-/.exec(like)?.[0].slice(0, -1) ?? "sha384";
  return `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;
}

const SCRIPT_TAG = /<script\b[^>]*>[\s\S]*?<\/script>/gi;

/** A code with every <script> element removed: what a CMS that strips scripts keeps. */
export const stripScripts = (code: string): string => code.replace(SCRIPT_TAG, "");

/** The src of a code's first <script>. */
export const scriptSrcOf = (code: string): string | null =>
  /<script\b[^>]*\bsrc="([^"]+)"/i.exec(code)?.[1]?.replaceAll("&amp;", "&") ?? null;

/** Replaces a code's <script> elements by one tag of our own. */
export const replaceScripts = (code: string, tag: string): string => `${stripScripts(code)}${tag}`;

/** Adds a bare render flag (`?transparent`) to the embed URL of a code (iframe src or placeholder URL). */
export function addFlag(code: string, flag: string): string {
  return code.replace(/(\s(?:src|data-goyang-embed-src|data-pym-src)=")([^"]+)(")/, (_all, start, url, end) => {
    const [base, hash] = (url as string).split("#", 2) as [string, string?];
    const joined = `${base}${base.includes("?") ? "&amp;" : "?"}${flag}`;
    return `${start}${joined}${hash === undefined ? "" : `#${hash}`}${end}`;
  });
}

/**
 * A code for another copy of the chart on the same page: the gallery gives each copy its own
 * instance (`<figure>-<4 random [a-z0-9]>`), which the code carries as the iframe's name and
 * id (datawrapper-chart-<instance>) or the placeholder's data-instance.
 */
export function withInstance(code: string, figure: string, instance: string): string {
  return code
    .replaceAll(`id="datawrapper-chart-${figure}"`, `id="datawrapper-chart-${instance}"`)
    .replaceAll(`name="${figure}"`, `name="${instance}"`)
    .replaceAll(`data-instance="${figure}"`, `data-instance="${instance}"`);
}

/** The attributes of a code's first element of `tag`, decoded. */
export function attributesOf(code: string, tag: string): Record<string, string> {
  const { document } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);
  const element = document.querySelector(tag);
  if (!element) return {};
  return Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
}

/**
 * The pym.js code: the gallery's when the build has one, else the design's
 * `<div data-pym-src="<embed URL>" data-heights="…"></div>` made from the script code's attributes.
 */
export function pymCode(codes: FigureCodes): string {
  if (codes.pym) return codes.pym;
  const holder = attributesOf(codes.script, "div");
  const src = holder["data-goyang-embed-src"] ?? "";
  const heights = holder["data-heights"];
  const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return `<div data-pym-src="${escape(src)}"${heights ? ` data-heights="${escape(heights)}"` : ""}></div>`;
}

// ---------------------------------------------------------------------------------------
// WordPress

/** The iframe attributes WordPress's oEmbed filter (wp_filter_oembed_result) keeps. */
const WORDPRESS_KEPT = [
  "src",
  "width",
  "height",
  "frameborder",
  "marginwidth",
  "marginheight",
  "scrolling",
  "title",
  "class",
];

/**
 * The oEmbed html as WordPress stores it (wp_filter_oembed_result, WordPress 4.4 to 6.x):
 * only an <iframe> survives (kses drops the <script>), with only the attributes above (the
 * style and every data- attribute go), `#?secret=<secret>` on its src, `data-secret`, and
 * `class="wp-embedded-content" sandbox="allow-scripts" security="restricted"`: the frame's
 * origin becomes opaque ("null").
 */
export function wordpressOembedHtml(html: string, secret: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const frame = document.querySelector("iframe");
  if (!frame) throw new Error("wordpressOembedHtml: no iframe in the oEmbed html");
  const kept: [string, string][] = [];
  for (const name of WORDPRESS_KEPT) {
    const value = frame.getAttribute(name);
    if (value === null) continue;
    kept.push([name, name === "src" ? `${value}#?secret=${secret}` : value]);
  }
  const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const attributes = kept.map(([name, value]) => `${name}="${escape(value)}"`);
  const src = attributes.findIndex((a) => a.startsWith("src="));
  attributes.splice(src + 1, 0, `data-secret="${secret}"`);
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ${attributes
    .filter((a) => !a.startsWith("class="))
    .join(" ")}></iframe>`;
}

/**
 * WordPress's host listener (wp-includes/js/wp-embed.js, 5.x-6.x), re-implemented faithfully:
 * a message {message, value, secret} is applied to the iframes with that data-secret whose
 * contentWindow sent it; "height" clamps to 200..1000 and sets iframe.height; "link" follows
 * an http(s) URL on the same host as the iframe's src, only while that iframe has focus
 * (document.activeElement), by setting top.location. On load it posts {message: "ready",
 * secret} to each wp-embedded-content frame.
 */
export const WP_EMBED_JS = `(function (window, document) {
  "use strict";
  window.wp = window.wp || {};
  if (window.wp.receiveEmbedMessage) return;
  window.wp.receiveEmbedMessage = function (e) {
    var data = e.data;
    if (!data) return;
    if (!(data.secret || data.message || data.value)) return;
    if (/[^a-zA-Z0-9]/.test(data.secret)) return;
    var iframes = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]'),
      blockquotes = document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]'),
      allowedProtocols = new RegExp("^https?:$", "i"),
      i, source, height, sourceURL, targetURL;
    for (i = 0; i < blockquotes.length; i++) blockquotes[i].style.display = "none";
    for (i = 0; i < iframes.length; i++) {
      source = iframes[i];
      if (e.source !== source.contentWindow) continue;
      source.removeAttribute("style");
      if ("height" === data.message) {
        height = parseInt(data.value, 10);
        if (height > 1000) height = 1000;
        else if (~~height < 200) height = 200;
        source.height = height;
      }
      if ("link" === data.message) {
        sourceURL = document.createElement("a");
        targetURL = document.createElement("a");
        sourceURL.href = source.getAttribute("src");
        targetURL.href = data.value;
        if (!allowedProtocols.test(targetURL.protocol)) continue;
        if (targetURL.host === sourceURL.host && document.activeElement === source) window.top.location.href = data.value;
      }
    }
  };
  var loaded = false;
  function onLoad() {
    if (loaded) return;
    loaded = true;
    var iframes = document.querySelectorAll("iframe.wp-embedded-content"), i, source, secret;
    for (i = 0; i < iframes.length; i++) {
      source = iframes[i];
      secret = source.getAttribute("data-secret");
      if (!secret) {
        secret = Math.random().toString(36).substr(2, 10);
        source.src += "#?secret=" + secret;
        source.setAttribute("data-secret", secret);
      }
      source.contentWindow.postMessage({ message: "ready", secret: secret }, "*");
    }
  }
  window.addEventListener("message", window.wp.receiveEmbedMessage, false);
  document.addEventListener("DOMContentLoaded", onLoad, false);
  window.addEventListener("load", onLoad, false);
})(window, document);`;

// ---------------------------------------------------------------------------------------
// Datawrapper's listeners (what newsrooms that embed Datawrapper charts already run)

export const DATAWRAPPER_LISTENERS = {
  /** Today's embed code: the iframe whose contentWindow sent the message. */
  current: `!function(){"use strict";window.addEventListener("message",function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}})}();`,
  /** chart-core's: by id, else the first iframe whose src contains the key. */
  "chart-core": `window.addEventListener("message",function(event){if(typeof event.data["datawrapper-height"]!=="undefined"){for(var chartId in event.data["datawrapper-height"]){var iframe=document.getElementById("datawrapper-chart-"+chartId)||document.querySelector("iframe[src*='"+chartId+"']");if(!iframe)continue;iframe.style.height=event.data["datawrapper-height"][chartId]+"px";}}});`,
  /** The old one: by id only. */
  "id-only": `window.addEventListener("message",function(event){if(typeof event.data["datawrapper-height"]!=="undefined"){for(var chartId in event.data["datawrapper-height"]){var iframe=document.getElementById("datawrapper-chart-"+chartId);if(iframe)iframe.style.height=event.data["datawrapper-height"][chartId]+"px";}}});`,
} as const;
export type DatawrapperListener = keyof typeof DATAWRAPPER_LISTENERS;

// ---------------------------------------------------------------------------------------
// The host origin

export interface HostResource {
  body: string | Buffer;
  /** Content-Type; from the path's extension unless told. */
  type?: string;
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
  json: "application/json",
};

/** Serves `resources()` (path → resource or HTML text) on 127.0.0.1, each with its own headers. */
export async function serveHost(resources: () => Record<string, string | HostResource>): Promise<Served> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const found = resources()[path];
    if (found === undefined) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    const resource = typeof found === "string" ? { body: found } : found;
    const extension = /\.([a-z]+)$/.exec(path)?.[1] ?? "html";
    res.setHeader("Content-Type", resource.type ?? TYPES[extension] ?? "application/octet-stream");
    res.setHeader("Cache-Control", "no-store");
    for (const [name, value] of Object.entries(resource.headers ?? {})) res.setHeader(name, value);
    res.end(resource.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------------------
// Host pages

/** Body text a newsroom's article might have around an embed (Korean, a few lines each at 320 px). */
const PARAGRAPHS = [
  "고양시는 올해 일자리 사업마다 예산과 인원을 따로 발표했습니다. 아래 그래프는 시가 밝힌 숫자를 그대로 옮긴 것입니다.",
  "사업마다 세는 대상이 다릅니다. 교육을 받은 사람, 수료한 사람, 채용 목표처럼 서로 다른 숫자를 한 줄에 놓고 비교하면 오해가 생깁니다.",
  "시 관계자는 내년에도 비슷한 규모로 사업을 이어 가겠다고 밝혔습니다. 다만 실제 채용으로 이어진 인원은 아직 공개되지 않았습니다.",
  "전문가들은 사업의 성과를 볼 때 참여 인원보다 일자리를 얻은 사람의 수와 그 일자리가 얼마나 오래 이어졌는지를 함께 봐야 한다고 말합니다.",
  "이 기사는 시의 보도자료와 NSP통신 보도를 바탕으로 작성했습니다. 틀린 곳이 있으면 알려 주십시오.",
  "독자 여러분의 제보를 기다립니다. 지역의 일자리 사업에 참여한 경험이 있다면 이야기를 들려주십시오.",
];

export interface ArticleOptions {
  title: string;
  /** The pasted code(s), inside <div class="embed-slot" id="slot">. */
  code: string;
  /** Extra head content (a stylesheet link, a script). */
  head?: string;
  /** Extra script(s) at the end of the body. */
  end?: string;
  /** The page's CSS (inline <style>); null for none (a CSP host links its own stylesheet). */
  css?: string | null;
  /** Records the slot's height right after the code is parsed (an inline script; not on a CSP host). */
  recordReserved?: boolean;
  /** How many paragraphs come before the code (1 unless told). */
  lead?: number;
  /** Attributes for <html>. */
  htmlAttributes?: string;
}

/** The host page's CSS: body margin 16 px, a readable column, nothing around the embed. */
export const ARTICLE_CSS = "body{margin:16px;font:16px/1.6 sans-serif}h1{font-size:1.6rem;line-height:1.3}";

/** A newsroom's article: a heading, a paragraph, the code, then paragraphs after it (so a shift is visible). */
export function articlePage(options: ArticleOptions): string {
  const css = options.css === undefined ? ARTICLE_CSS : options.css;
  const record = options.recordReserved
    ? `<script>window.__reservedAtParse = document.getElementById("slot").getBoundingClientRect().height;</script>`
    : "";
  return [
    `<!doctype html><html lang="ko"${options.htmlAttributes ? ` ${options.htmlAttributes}` : ""}><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title}</title>`,
    css === null ? "" : `<style>${css}</style>`,
    options.head ?? "",
    `</head><body><h1>${options.title}</h1>`,
    ...PARAGRAPHS.slice(0, options.lead ?? 1).map((p) => `<p>${p}</p>`),
    `<div class="embed-slot" id="slot">${options.code}</div>${record}`,
    ...PARAGRAPHS.slice(options.lead ?? 1).map((p) => `<p>${p}</p>`),
    options.end ?? "",
    `</body></html>`,
  ].join("");
}

// ---------------------------------------------------------------------------------------
// Reading what the browser hands back

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced PNG (RGB, RGBA, grey, grey+alpha): what Chromium's screenshots are. */
export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error("decodePng: not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9]!;
      if (depth !== 8 || body[12] !== 0) throw new Error("decodePng: only 8-bit non-interlaced PNGs");
    } else if (type === "IDAT") idat.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType as 0 | 2 | 4 | 6];
  if (!channels) throw new Error(`decodePng: colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const v = line[x]!;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = (v + predicted) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const s = x * channels;
      const grey = channels <= 2;
      out[i] = row[s]!;
      out[i + 1] = grey ? row[s]! : row[s + 1]!;
      out[i + 2] = grey ? row[s]! : row[s + 2]!;
      out[i + 3] = channels === 4 ? row[s + 3]! : channels === 2 ? row[s + 1]! : 255;
    }
    previous = row;
  }
  return { width, height, data: out };
}

/** Decodes a binary PPM (P6, 8-bit): pdftoppm's default output. */
export function decodePpm(ppm: Buffer): Pixels {
  const header = /^P6\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString("latin1", 0, 200));
  if (!header || header[3] !== "255") throw new Error("decodePpm: not an 8-bit P6 PPM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const body = ppm.subarray(header[0].length);
  const out = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    out[i * 4] = body[i * 3]!;
    out[i * 4 + 1] = body[i * 3 + 1]!;
    out[i * 4 + 2] = body[i * 3 + 2]!;
    out[i * 4 + 3] = 255;
  }
  return { width, height, data: out };
}

/** The mean colour of a rectangle of pixels, [r, g, b]. */
export function meanColor(
  pixels: Pixels,
  x0 = 0,
  y0 = 0,
  w = pixels.width,
  h = pixels.height,
): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) {
      const i = (y * pixels.width + x) * 4;
      sum[0]! += pixels.data[i]!;
      sum[1]! += pixels.data[i + 1]!;
      sum[2]! += pixels.data[i + 2]!;
      n++;
    }
  return sum.map((s) => Math.round(s / n)) as [number, number, number];
}

/** The first and last rows with ink (a pixel darker than `paper` in any channel), or null for a blank page. */
export function inkRows(pixels: Pixels, paper = 235): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      const i = (y * pixels.width + x) * 4;
      if (pixels.data[i]! < paper || pixels.data[i + 1]! < paper || pixels.data[i + 2]! < paper) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? null : { first, last };
}

/** How many pages a PDF has (its page objects; Chromium's PDFs keep them uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** WCAG relative luminance of an sRGB colour, 0..1. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
