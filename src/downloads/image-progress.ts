import { isCi } from "../publish/site-url.ts";
import { perProcess } from "./per-process.ts";

/**
 * The progress line of a long build's images, on stderr:
 *
 *   images: 340 of 2,016 (120 rendered, 220 reused), about 45 s left
 *
 * - Only for a build that renders many: nothing until more than 100 images were rendered
 *   (cache misses), so a warm build that reuses everything prints nothing; then a line at
 *   most every 5 s. Under CI (CI=true) nothing: the build's summary line says what was done.
 * - A line per update, never a line rewritten with \r: Astro writes a line per page to
 *   stdout in between, which would break a rewritten line even on a terminal.
 * - The total is what the PNG routes announced from getStaticPaths (expectImages). With
 *   Astro's incremental build on, whole routes may be skipped, so it is then an upper bound
 *   and the line says "up to" (before the count and the time); without announcements there
 *   is no total and no estimate: "images: 340 so far (…)".
 * - The time left is the images left at the recent pace (images finished over the last 30 s,
 *   cache hits and misses as they come), rounded so it never looks more exact than it is.
 */
export interface ProgressCounts {
  /** Images finished: rendered, reused or left to another shard (one asked for twice counts twice). */
  done: number;
  rendered: number;
  /** Left to the other shards of a sharded build (src/downloads/image-shard.ts). */
  skipped: number;
  /** How many images the PNG routes announced, or null when none did. */
  expected: number | null;
  /** Whether `expected` may overstate (Astro's incremental build may skip whole routes). */
  upperBound: boolean;
}

export interface ProgressRules {
  /** Nothing is printed until more than this many images were rendered. */
  threshold: number;
  /** The least time between two lines, in ms. */
  intervalMs: number;
  /** How far back the pace is measured, in ms. */
  windowMs: number;
  /** Under CI: no line at all. */
  quiet: boolean;
}

export const PROGRESS_RULES: Omit<ProgressRules, "quiet"> = { threshold: 100, intervalMs: 5_000, windowMs: 30_000 };

export interface ProgressState {
  /** When the last line was printed (ms on the caller's clock), null before the first. */
  printedAt: number | null;
  /** [time, done] about once a second over the last windowMs: the recent pace. */
  samples: ReadonlyArray<readonly [number, number]>;
}

export const PROGRESS_START: ProgressState = { printedAt: null, samples: [] };

const SAMPLE_EVERY_MS = 1_000;
/** Below this span of samples the pace is noise, and no time is given. */
const LEAST_SPAN_MS = 2_000;

/** One image finished at `now`: the next state, and the line to print, if one is due. */
export function progressStep(
  state: ProgressState,
  counts: ProgressCounts,
  now: number,
  rules: ProgressRules,
): { state: ProgressState; line: string | null } {
  const last = state.samples.at(-1);
  const samples =
    last && now - last[0] < SAMPLE_EVERY_MS
      ? state.samples
      : [...state.samples.filter(([time]) => now - time <= rules.windowMs), [now, counts.done] as const];
  const due =
    !rules.quiet &&
    counts.rendered > rules.threshold &&
    (state.printedAt === null || now - state.printedAt >= rules.intervalMs);
  if (!due) return { state: { ...state, samples }, line: null };
  return { state: { printedAt: now, samples }, line: progressLine(counts, secondsLeft(samples, counts, now)) };
}

/** The seconds the images left take at the pace of the samples, or null when unknown. */
export function secondsLeft(
  samples: ProgressState["samples"],
  { done, expected }: ProgressCounts,
  now: number,
): number | null {
  const oldest = samples[0];
  if (expected === null || done >= expected || !oldest) return null;
  const [since, doneThen] = oldest;
  if (now - since < LEAST_SPAN_MS || done <= doneThen) return null;
  return ((expected - done) * (now - since)) / (done - doneThen) / 1000;
}

const count = (n: number) => n.toLocaleString("en-US");

/** "images: 340 of 2,016 (120 rendered, 220 reused), about 45 s left". */
export function progressLine(counts: ProgressCounts, left: number | null): string {
  const { done, rendered, skipped, expected, upperBound } = counts;
  const upTo = upperBound ? "up to " : "";
  const total = expected !== null && done <= expected ? ` of ${upTo}${count(expected)}` : " so far";
  const parts = [`${count(rendered)} rendered`, `${count(done - rendered - skipped)} reused`];
  if (skipped > 0) parts.push(`${count(skipped)} left to the other shards`);
  const time = left === null ? "" : `, ${upTo}${aboutTime(left)} left`;
  return `images: ${count(done)}${total} (${parts.join(", ")})${time}`;
}

/** "about 45 s" (up to 5 s), "about 3 min", "about 1 h 20 min" (to 5 min): no more precision than a pace has. */
export function aboutTime(seconds: number): string {
  const fives = Math.max(5, Math.ceil(seconds / 5) * 5);
  if (fives < 60) return `about ${fives} s`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `about ${minutes} min`;
  const rounded = Math.round(minutes / 5) * 5;
  const [hours, rest] = [Math.floor(rounded / 60), rounded % 60];
  return `about ${hours} h${rest === 0 ? "" : ` ${rest} min`}`;
}

/**
 * The build's progress, one per process on globalThis: the PNG routes (expectImages), the
 * render path (noteImageDone) and the integration (start, upper bound) are different module
 * instances in a build.
 */
interface SharedProgress {
  building: boolean;
  upperBound: boolean;
  expected: number;
  done: number;
  state: ProgressState;
}

export function sharedProgress(): SharedProgress {
  return perProcess<SharedProgress>("image-progress", () => ({
    building: false,
    upperBound: false,
    expected: 0,
    done: 0,
    state: PROGRESS_START,
  }));
}

/** At astro:build:start: the line may print from now on (never in the dev server). */
export function startImageProgress({ upperBound }: { upperBound: boolean }): void {
  Object.assign(sharedProgress(), { building: true, upperBound, expected: 0, done: 0, state: PROGRESS_START });
}

export function stopImageProgress(): void {
  sharedProgress().building = false;
}

/** From png-cache, each time a route's image is ready; prints the line when one is due. */
export function noteImageDone(
  { rendered, skipped }: { rendered: number; skipped: number },
  {
    now = performance.now(),
    env = process.env,
    write = (text) => void process.stderr.write(text),
  }: { now?: number; env?: NodeJS.ProcessEnv; write?: (text: string) => void } = {},
): void {
  const progress = sharedProgress();
  progress.done += 1;
  if (!progress.building) return;
  const counts: ProgressCounts = {
    done: progress.done,
    rendered,
    skipped,
    expected: progress.expected > 0 ? progress.expected : null,
    upperBound: progress.upperBound,
  };
  const { state, line } = progressStep(progress.state, counts, now, { ...PROGRESS_RULES, quiet: isCi(env) });
  progress.state = state;
  if (line) write(`${line}\n`);
}
