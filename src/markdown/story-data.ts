import type { Award } from "../schemas/award";
import type { Contest } from "../schemas/contest";
import type { Figure } from "../schemas/figure";
import type { Program } from "../schemas/program";
import type { Source } from "../schemas/source";

/** What a story's directives can refer to: the validated data, as plain arrays. */
export interface StoryData {
  programs: readonly Program[];
  figures: readonly Figure[];
  sources: readonly Source[];
  awards: readonly Award[];
  contests: readonly Contest[];
}
