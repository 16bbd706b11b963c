import { storyPlacements } from "../model/placements.ts";
import { buildScene } from "../charts/scene.ts";
import type { ChartData } from "../charts/types.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Source } from "../schemas/source.ts";
import { ko } from "../text/locale-ko.ts";
import { sourcesCredit } from "../text/source-credit.ts";
import { LIGHT } from "../theme/palette.ts";
import { serializeStandalone, standaloneRoot, svgElement, textBlock, type SvgImage } from "./chart-card.ts";
import { sceneSvg } from "./scene-svg.ts";
import { wrapText } from "./text-layout.ts";

/**
 * A share image (og:image): 1200×630, the size link previews expect (1.91:1), with the
 * site's name, a title and a dek on the left and a chart on the right. The story's
 * (/downloads/story.png) shows its first chart under the story's title; each chart's own
 * card (/downloads/<id>-card.png, the embed page's og:image and the oEmbed thumbnail)
 * shows the chart under its title and subtitle. Rendered at scale 1: exactly 1200×630.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const PAD = 56;
const GAP = 48;
const ACCENT = 10;
/** The chart's column on the card: a little over a third of it, a phone-to-tablet column's width. */
const CHART_WIDTH = 470;
const CHART_MAX_HEIGHT = SHARE_IMAGE_SIZE.height - 2 * 40;

/**
 * The chart drawn to fit its column: at 470 px when it is short enough; else laid out wider
 * (fewer wrapped lines) and scaled down until it fits, like a thumbnail, never cut: a share
 * card is a picture of the chart, the files and the page are where it is read.
 */
function fittedChart(document: Document, figure: Figure, data: ChartData, sources: readonly Source[]) {
  const scene = buildScene(figure, data, sources, ko);
  let scale = 1;
  let chart = sceneSvg(document, scene, { width: CHART_WIDTH });
  while (chart.height * scale > CHART_MAX_HEIGHT && scale > 0.3) {
    scale = Math.max(0.3, Math.min(scale - 0.02, CHART_MAX_HEIGHT / chart.height));
    chart = sceneSvg(document, scene, { width: Math.round(CHART_WIDTH / scale) });
  }
  const width = Math.round(chart.width * scale);
  const height = Math.round(chart.height * scale);
  return { element: chart.element, scale, width, height };
}

export interface ShareStory {
  title: string;
  dek: string;
}

/** The story's share image: its title and dek beside its first chart. */
export function storyShareImage(
  story: ShareStory,
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  credit: string,
): SvgImage {
  return shareImage("story-share", story, figure, data, sources, document, credit);
}

/** A chart's own social card: its title and subtitle beside it. */
export function figureShareImage(
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  credit: string,
): SvgImage {
  return shareImage(
    `${figure.id}-share`,
    { title: figure.title, dek: figure.subtitle },
    figure,
    data,
    sources,
    document,
    credit,
  );
}

function shareImage(
  id: string,
  story: ShareStory,
  figure: Figure,
  data: ChartData,
  sources: readonly Source[],
  document: Document,
  credit: string,
): SvgImage {
  const { width, height } = SHARE_IMAGE_SIZE;
  const chart = fittedChart(document, figure, data, sources);
  const place = `translate(${width - PAD - chart.width} ${Math.round((height - chart.height) / 2)})`;
  chart.element.setAttribute("transform", chart.scale === 1 ? place : `${place} scale(${chart.scale.toFixed(3)})`);
  const textWidth = width - 2 * PAD - GAP - chart.width;
  const cited = sources.filter((s) => figure.sourceIds.includes(s.id));

  const root = standaloneRoot(document, {
    id,
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
  const sourceLines = wrapText(sourcesCredit(cited, ko), 20, textWidth, 2);
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
 * The figure the share image shows: the first chart the story places (::chart[id]), else
 * the first figure. The story's editor chooses by the order of the charts, not the code by
 * a figure's name.
 */
export function shareFigure<F extends { id: string }>(storyBody: string, figures: readonly F[]): F {
  const placed = storyPlacements(storyBody)
    .figureIds.map((id) => figures.find((f) => f.id === id))
    .filter((f) => f !== undefined);
  const figure = placed[0] ?? figures[0];
  if (!figure) throw new Error("the story's share image needs a chart, and there is no figure in data/figures/");
  return figure;
}
