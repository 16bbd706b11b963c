import { h } from "../figure/dom.ts";
import type { SiteUrls } from "../embed/urls.ts";

/**
 * A figure's downloads as links: the same list for the line under each chart (story and
 * embed pages) and for the gallery. The href is a site path (under BASE_PATH), so it works
 * from any page of the site and the link check resolves it in dist/.
 */
export const DOWNLOAD_FORMATS = ["csv", "svg", "png"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const FORMAT_LABELS: Record<DownloadFormat, string> = {
  csv: "데이터(CSV)",
  svg: "그림(SVG)",
  png: "이미지(PNG)",
};

export interface DownloadLink {
  format: DownloadFormat;
  href: string;
  label: string;
  /** The name the file is saved under (the download attribute). */
  filename: string;
}

export function downloadPath(urls: SiteUrls, figureId: string, format: DownloadFormat): string {
  return urls.path(`downloads/${figureId}.${format}`);
}

export function downloadLinks(urls: SiteUrls, figureId: string): DownloadLink[] {
  return DOWNLOAD_FORMATS.map((format) => ({
    format,
    href: downloadPath(urls, figureId, format),
    label: FORMAT_LABELS[format],
    filename: `goyang-jobs-${figureId}.${format}`,
  }));
}

/** "내려받기: 데이터(CSV) · 그림(SVG) · 이미지(PNG)", a line for a figure's figcaption. */
export function downloadLine(document: Document, links: readonly DownloadLink[]): HTMLElement {
  const line = h(document, "p", { class: "chart-source chart-downloads" }, "내려받기: ");
  links.forEach((link, i) => {
    if (i > 0) line.append(" · ");
    line.append(h(document, "a", { href: link.href, download: link.filename }, link.label));
  });
  return line;
}
