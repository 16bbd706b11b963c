import type { APIRoute } from "astro";
import { figureCsv } from "../../downloads/figure-csv.ts";
import { figurePathsWithFormerIds, type FigureProps } from "../../downloads/figure-paths.ts";

/** /downloads/<figure-id>.csv: the figure's data, raw values, UTF-8 with BOM (src/downloads/csv.ts). */
export const getStaticPaths = figurePathsWithFormerIds;

export const GET: APIRoute<FigureProps> = ({ props: { figure, data } }) =>
  new Response(figureCsv(figure, data), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
