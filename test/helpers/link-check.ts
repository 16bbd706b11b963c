/**
 * A link checker over a built site: a pure function of the files in a dist/ folder (no
 * server, no network). Every internal reference an HTML page makes (href, src, srcset,
 * poster, action…) must resolve to a file of the site under the configured base path, with
 * "dir/" → "dir/index.html"; every #fragment must name an id (or <a name>) in its target
 * page, the same page or another; external http(s) URLs are not fetched but must parse.
 *
 * Imports carry their `.ts` extension so that plain Node (type stripping) can load this
 * module too, as the bench (test/bench/page-weight.ts) does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";

/** The files of a built site, by path relative to its root with "/" separators. */
export interface SiteFiles {
  paths: ReadonlySet<string>;
  read(path: string): string;
}

export interface LinkCheckOptions {
  /** Astro's `base`, e.g. "/" or "/news/goyang/"; a leading and trailing slash are added. */
  base?: string;
  /** Astro's `site`: absolute links to this origin are checked as internal ones. */
  site?: string;
  /** Astro's `trailingSlash`: with "always", a link to a directory without its slash is broken. */
  trailingSlash?: "always" | "never" | "ignore";
}

export interface BrokenLink {
  /** The page that makes the reference, e.g. "index.html". */
  page: string;
  /** The reference as written in the page. */
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: string[];
  /** References checked, by kind. */
  internal: number;
  fragments: number;
  external: number;
  broken: BrokenLink[];
}

/** Every file under `dir`, relative, "/"-separated, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The HTML pages of a built site (relative paths), from the build output itself. */
export function htmlPages(dir: string): string[] {
  return listFiles(dir).filter((path) => path.endsWith(".html"));
}

export function siteFromDir(dir: string): SiteFiles {
  return { paths: new Set(listFiles(dir)), read: (path) => readFileSync(join(dir, path), "utf8") };
}

/** An in-memory site, for checking the checker on a few synthetic pages. */
export function siteFromFiles(files: Record<string, string>): SiteFiles {
  return {
    paths: new Set(Object.keys(files)),
    read: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no such file: ${path}`);
      return text;
    },
  };
}

export function checkDist(dir: string, options: LinkCheckOptions = {}): LinkReport {
  return checkSite(siteFromDir(dir), options);
}

export function formatBroken(link: BrokenLink): string {
  return `${link.page} → ${link.href} (${link.reason})`;
}

/** "/" → "/", "news/goyang" → "/news/goyang/". */
export function normalizeBase(base = "/"): string {
  return `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/** The URL path a page is served at: "index.html" → base, "a/index.html" → base + "a/". */
export function pageUrlPath(page: string, base = "/"): string {
  return normalizeBase(base) + page.replace(/(^|\/)index\.html$/, "$1");
}

/** Where internal references are resolved when the site has no configured origin. */
const LOCAL_ORIGIN = "http://site.invalid";

/** Attributes that hold a URL, and on which elements (`*`: any). */
const URL_ATTRIBUTES: Record<string, readonly string[] | "*"> = {
  href: "*", // a, area, link, and SVG's use, image, a…
  "xlink:href": "*",
  src: "*", // script, img, iframe, source, audio, video, track, embed, input
  srcset: ["img", "source"],
  poster: ["video"],
  data: ["object"],
  action: ["form"],
  formaction: ["button", "input"],
  cite: ["blockquote", "q", "ins", "del"],
};

export type ResolvedTarget =
  | { kind: "internal"; file: string; fragment: string | null }
  | { kind: "external"; url: URL }
  | { kind: "skip" }
  | { kind: "broken"; reason: string };

interface Resolver {
  base: string;
  origin: string;
  trailingSlash: LinkCheckOptions["trailingSlash"];
  paths: ReadonlySet<string>;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Resolves one reference made by `page`, without reading any file but the listing. */
export function resolveReference(ref: string, page: string, resolver: Resolver, documentBase?: string): ResolvedTarget {
  const href = ref.trim();
  if (/[\t\n\r]/.test(href)) return { kind: "broken", reason: "contains a tab or line break" };
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  const pageUrl = new URL(pageUrlPath(page, resolver.base), resolver.origin);
  const baseUrl = documentBase ? (URL.parse(documentBase, pageUrl) ?? pageUrl) : pageUrl;

  if (scheme === "data" || scheme === "mailto" || scheme === "tel" || scheme === "sms") {
    return URL.canParse(href) ? { kind: "skip" } : { kind: "broken", reason: `not a valid ${scheme}: URL` };
  }
  if (scheme === "javascript") return { kind: "broken", reason: "a javascript: URL (and the page's CSP blocks it)" };
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") {
    return URL.canParse(href) ? { kind: "skip" } : { kind: "broken", reason: "not a valid URL" };
  }
  if (scheme !== undefined && !/^https?:\/\//i.test(href))
    return { kind: "broken", reason: `${scheme}: URL without "//"` };

  const url = URL.parse(href, baseUrl);
  if (!url) return { kind: "broken", reason: "not a valid URL" };
  if (url.origin !== pageUrl.origin) {
    if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "skip" };
    if (!url.hostname) return { kind: "broken", reason: "URL without a host" };
    if (/\s/.test(href)) return { kind: "broken", reason: "URL contains whitespace" };
    return { kind: "external", url };
  }

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: "broken", reason: "malformed percent-encoding" };
  }
  if (!path.startsWith(resolver.base)) return { kind: "broken", reason: `outside the base path ${resolver.base}` };
  const rest = path.slice(resolver.base.length);
  const fragment = url.hash ? safeDecode(url.hash.slice(1)) : href.endsWith("#") ? "" : null;

  let file: string | null = null;
  if (rest === "" || rest.endsWith("/")) {
    if (resolver.paths.has(`${rest}index.html`)) file = `${rest}index.html`;
    else return { kind: "broken", reason: `no ${rest}index.html in the build` };
  } else if (resolver.paths.has(rest)) {
    file = rest;
  } else if (resolver.paths.has(`${rest}/index.html`)) {
    if (resolver.trailingSlash === "always")
      return {
        kind: "broken",
        reason: `directory without its trailing slash (trailingSlash: "always"); write ${url.pathname}/`,
      };
    file = `${rest}/index.html`;
  } else {
    return { kind: "broken", reason: `no file ${rest} in the build` };
  }
  return { kind: "internal", file, fragment };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The URLs a srcset names: "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

interface PageRefs {
  refs: string[];
  documentBase?: string;
}

function referencesOf(html: string): PageRefs {
  const { document } = parseHTML(html);
  const refs: string[] = [];
  let documentBase: string | undefined;
  for (const element of document.querySelectorAll("*")) {
    const tag = element.localName.toLowerCase();
    if (tag === "base") {
      documentBase ??= element.getAttribute("href") ?? undefined;
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const where = URL_ATTRIBUTES[attribute.name.toLowerCase()];
      if (where === undefined || (where !== "*" && !where.includes(tag))) continue;
      if (attribute.name.toLowerCase() === "srcset") refs.push(...srcsetUrls(attribute.value));
      else refs.push(attribute.value);
    }
  }
  return { refs, ...(documentBase === undefined ? {} : { documentBase }) };
}

/** Ids a fragment may target in an HTML or SVG file: every id, and <a name> in HTML. */
function anchorsOf(file: string, text: string): Set<string> {
  if (file.endsWith(".svg")) return new Set([...text.matchAll(/\sid\s*=\s*(["'])(.*?)\1/g)].map((m) => m[2] ?? ""));
  const { document } = parseHTML(text);
  const ids = [...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id") ?? "");
  const names = [...document.querySelectorAll("a[name]")].map((el) => el.getAttribute("name") ?? "");
  return new Set([...ids, ...names]);
}

export function checkSite(site: SiteFiles, options: LinkCheckOptions = {}): LinkReport {
  const resolver: Resolver = {
    base: normalizeBase(options.base),
    origin: options.site ? new URL(options.site).origin : LOCAL_ORIGIN,
    trailingSlash: options.trailingSlash,
    paths: site.paths,
  };
  const pages = [...site.paths].filter((path) => path.endsWith(".html")).sort();
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (file: string) => {
    let set = anchors.get(file);
    if (!set) anchors.set(file, (set = anchorsOf(file, site.read(file))));
    return set;
  };

  const report: LinkReport = { pages, internal: 0, fragments: 0, external: 0, broken: [] };
  for (const page of pages) {
    const { refs, documentBase } = referencesOf(site.read(page));
    for (const href of refs) {
      const target = resolveReference(href, page, resolver, documentBase);
      if (target.kind === "skip") continue;
      if (target.kind === "broken") {
        report.broken.push({ page, href, reason: target.reason });
        continue;
      }
      if (target.kind === "external") {
        report.external++;
        continue;
      }
      report.internal++;
      const { file, fragment } = target;
      // "#" and "#top" scroll to the top of any page (HTML's "indicated part of the document");
      // a text fragment (#:~:text=) names no element.
      if (fragment === null || fragment.startsWith(":~:")) continue;
      report.fragments++;
      if (fragment === "" || (fragment.toLowerCase() === "top" && !anchorsFor(file).has(fragment))) continue;
      if (!file.endsWith(".html") && !file.endsWith(".svg")) continue;
      if (!anchorsFor(file).has(fragment)) {
        const where = file === page ? "this page" : file;
        report.broken.push({ page, href, reason: `no id="${fragment}" in ${where}` });
      }
    }
  }
  return report;
}
