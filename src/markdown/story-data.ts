import type { Award } from "../schemas/award.ts";
import type { Contest } from "../schemas/contest.ts";
import type { DownloadLink } from "../downloads/links.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import type { Source } from "../schemas/source.ts";
import type { DataTable } from "../schemas/table.ts";
import type { TimelineEvent } from "../schemas/timeline.ts";

/** What a story's directives can refer to: the validated data, as plain arrays. */
export interface StoryData {
  programs: readonly Program[];
  figures: readonly Figure[];
  sources: readonly Source[];
  awards: readonly Award[];
  contests: readonly Contest[];
  timeline: readonly TimelineEvent[];
  tables: readonly DataTable[];
  /** Where :program[id] links: the program's page (default /programs/<id>/, without a base path). */
  programHref?: (programId: string) => string;
  /** A figure's download links for the line under each ::chart (none where not given, e.g. npm run check). */
  figureDownloads?: (figureId: string) => DownloadLink[];
}
