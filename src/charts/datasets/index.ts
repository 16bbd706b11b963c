import type { DatasetDefinition } from "../types.ts";
import { awards } from "./awards.ts";
import { contests } from "./contests.ts";
import { programs } from "./programs.ts";
import { table } from "./table.ts";
import { timeline } from "./timeline.ts";

/** The datasets a figure spec may name in `data.dataset`; a new one is a file and a line here. */
export const DATASETS: Readonly<Record<string, DatasetDefinition>> = { programs, timeline, awards, contests, table };
export const DATASET_NAMES = Object.keys(DATASETS);
