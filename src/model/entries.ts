import type { Award } from "../schemas/award.ts";
import type { Contest } from "../schemas/contest.ts";
import type { Correction } from "../schemas/correction.ts";
import type { Figure } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import type { Source } from "../schemas/source.ts";
import type { Story } from "../schemas/story.ts";
import type { DataTable } from "../schemas/table.ts";
import type { TimelineEvent } from "../schemas/timeline.ts";

/** An entry as the content layer gives it: its id, the file it came from and its validated data. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

/** A story entry also carries its Markdown body (frontmatter excluded). */
export interface StoryEntry extends Entry<Story> {
  body?: string | undefined;
}

export interface SiteEntries {
  sources: Entry<Source>[];
  programs: Entry<Program>[];
  awards: Entry<Award>[];
  timeline: Entry<TimelineEvent>[];
  contests: Entry<Contest>[];
  figures: Entry<Figure>[];
  tables: Entry<DataTable>[];
  /** The corrections log (data/corrections.json, optional: [] when the site has corrected nothing). */
  corrections: Entry<Correction>[];
  stories: StoryEntry[];
}
