import type { ChartData } from "../charts/index.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { LIGHT } from "../theme/palette.ts";
import {
  nestedChart,
  serializeStandalone,
  sourceText,
  standaloneRoot,
  svgElement,
  textBlock,
  type SvgImage,
} from "./chart-card.ts";
import { wrapText } from "./text-layout.ts";

/**
 * The story's share image (og:image, /downloads/story.png): 1200×630, the size link
 * previews expect (1.91:1), with the site's name, the story's title and dek on the left and
 * the story's first chart on the right. Rendered at scale 1, so the PNG is exactly 1200×630.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const PAD = 56;
const GAP = 48;
const ACCENT = 10;

export interface ShareStory {
  title: string;
  dek: string;
}

export function storyShareImage(
  story: ShareStory,
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  credit: string,
): SvgImage {
  const { width, height } = SHARE_IMAGE_SIZE;
  const chart = nestedChart(figure, data, document, { x: 0, y: 0, width: 470, maxHeight: height - 2 * 40 });
  chart.element.setAttribute("x", String(width - PAD - chart.width));
  chart.element.setAttribute("y", String(Math.round((height - chart.height) / 2)));
  const textWidth = width - 2 * PAD - GAP - chart.width;
  const cited = sources.filter((s) => figure.sourceIds.includes(s.id));

  const root = standaloneRoot(document, {
    id: "story-share",
    title: story.title,
    description: `${story.dek} 그래프: ${figure.title}`,
    width,
    height,
  });
  root.append(svgElement(document, "rect", { width, height: ACCENT, fill: LIGHT.bar }));
  let top = PAD;
  top = textBlock(root, document, [credit], {
    x: PAD,
    top,
    fontSize: 24,
    lineHeight: 34,
    fill: LIGHT.muted,
    fontWeight: 600,
  });
  top = textBlock(root, document, wrapText(story.title, 50, textWidth, 4), {
    x: PAD,
    top: top + 20,
    fontSize: 50,
    lineHeight: 64,
    fill: LIGHT.text,
    fontWeight: 700,
  });
  const sourceLines = wrapText(sourceText(cited), 20, textWidth, 2);
  const sourceTop = height - PAD - sourceLines.length * 30;
  const dekLines = Math.max(0, Math.floor((sourceTop - 24 - (top + 24)) / 38));
  if (dekLines > 0)
    textBlock(root, document, wrapText(story.dek, 25, textWidth, dekLines), {
      x: PAD,
      top: top + 24,
      fontSize: 25,
      lineHeight: 38,
      fill: LIGHT.muted,
    });
  textBlock(root, document, sourceLines, { x: PAD, top: sourceTop, fontSize: 20, lineHeight: 30, fill: LIGHT.muted });
  root.append(chart.element);
  return { svg: serializeStandalone(root), width, height };
}

/**
 * The figure the share image shows: the first money chart the story places (::chart[id]),
 * else the story's first chart, else the first figure.
 */
export function shareFigure<F extends { id: string; type: string }>(storyBody: string, figures: readonly F[]): F {
  const placed = [...storyBody.matchAll(/^::chart\[([a-z0-9-]+)\]/gm)]
    .map((m) => figures.find((f) => f.id === m[1]))
    .filter((f) => f !== undefined);
  const figure = placed.find((f) => f.type === "money-by-program") ?? placed[0] ?? figures[0];
  if (!figure) throw new Error("the story's share image needs a chart, and there is no figure in data/figures/");
  return figure;
}
