import { h } from "../figure/dom.ts";
import type { SiteUrls } from "../embed/urls.ts";

/**
 * A figure's downloads as links: the same list for the line under each chart (story and
 * embed pages) and for the gallery. The href is a site path (under BASE_PATH), so it works
 * from any page of the site and the link check resolves it in dist/.
 */
export const DOWNLOAD_FORMATS = ["csv", "svg", "svg-phone", "png"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const FORMAT_LABELS: Record<DownloadFormat, string> = {
  csv: "데이터(CSV)",
  svg: "그림(SVG, PC)",
  "svg-phone": "그림(SVG, 모바일)",
  png: "이미지(PNG)",
};

/**
 * Each format's file after the figure id: the desktop SVG (720 px) keeps the plain name,
 * the phone's (375 px) is <id>-phone.svg; the PNG is the desktop SVG rasterized.
 */
const FILE_ENDINGS: Record<DownloadFormat, string> = {
  csv: ".csv",
  svg: ".svg",
  "svg-phone": "-phone.svg",
  png: ".png",
};

/** What the download line says before its links. */
export const DOWNLOAD_LINE_LABEL = "내려받기: ";

export interface DownloadLink {
  format: DownloadFormat;
  href: string;
  label: string;
  /** The name the file is saved under (the download attribute). */
  filename: string;
}

export function downloadPath(urls: SiteUrls, figureId: string, format: DownloadFormat): string {
  return urls.path(`downloads/${figureId}${FILE_ENDINGS[format]}`);
}

export function downloadLinks(urls: SiteUrls, figureId: string): DownloadLink[] {
  return DOWNLOAD_FORMATS.map((format) => ({
    format,
    href: downloadPath(urls, figureId, format),
    label: FORMAT_LABELS[format],
    filename: `goyang-jobs-${figureId}${FILE_ENDINGS[format]}`,
  }));
}

/** "내려받기: 데이터(CSV) · 그림(SVG, PC) · 그림(SVG, 모바일) · 이미지(PNG)", a line for a figure's figcaption. */
export function downloadLine(document: Document, links: readonly DownloadLink[]): HTMLElement {
  const line = h(document, "p", { class: "chart-source chart-downloads" }, DOWNLOAD_LINE_LABEL);
  links.forEach((link, i) => {
    if (i > 0) line.append(" · ");
    line.append(h(document, "a", { href: link.href, download: link.filename }, link.label));
  });
  return line;
}
