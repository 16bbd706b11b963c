/**
 * The progress line of a long build's images (src/downloads/image-progress.ts): its wording,
 * how often it prints, that it waits for more than 100 renders and that CI gets none.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  aboutTime,
  noteImageDone,
  PROGRESS_RULES,
  PROGRESS_START,
  progressLine,
  progressStep,
  secondsLeft,
  startImageProgress,
  stopImageProgress,
  type ProgressCounts,
} from "../../src/downloads/image-progress.ts";
import { expectImages } from "../../src/downloads/png-cache.ts";

const counts = (overrides: Partial<ProgressCounts> = {}): ProgressCounts => ({
  done: 340,
  rendered: 120,
  skipped: 0,
  expected: 2016,
  upperBound: false,
  ...overrides,
});

describe("progressLine", () => {
  it("says how many of how many, rendered and reused, and about how long is left", () => {
    expect(progressLine(counts(), 42)).toBe("images: 340 of 2,016 (120 rendered, 220 reused), about 45 s left");
  });

  it('says "up to" before the total and the time when the incremental build may skip routes', () => {
    expect(progressLine(counts({ upperBound: true }), 42)).toBe(
      "images: 340 of up to 2,016 (120 rendered, 220 reused), up to about 45 s left",
    );
  });

  it("gives no total and no time when no route announced its images, or more came than announced", () => {
    expect(progressLine(counts({ expected: null }), null)).toBe("images: 340 so far (120 rendered, 220 reused)");
    expect(progressLine(counts({ expected: 300 }), null)).toBe("images: 340 so far (120 rendered, 220 reused)");
  });

  it("counts the images left to the other shards apart from the reused ones", () => {
    expect(progressLine(counts({ skipped: 200 }), null)).toBe(
      "images: 340 of 2,016 (120 rendered, 20 reused, 200 left to the other shards)",
    );
  });
});

describe("aboutTime", () => {
  it("rounds seconds up to 5, then to minutes, then to 5 minutes", () => {
    expect(aboutTime(0.4)).toBe("about 5 s");
    expect(aboutTime(42)).toBe("about 45 s");
    expect(aboutTime(58)).toBe("about 1 min");
    expect(aboutTime(200)).toBe("about 3 min");
    expect(aboutTime(4_790)).toBe("about 1 h 20 min");
    expect(aboutTime(7_230)).toBe("about 2 h");
  });
});

describe("secondsLeft", () => {
  const start = [[0, 100]] as const;

  it("is the images left at the pace since the oldest sample", () => {
    // 200 images in 10 s: 50 ms each; 1,000 left.
    expect(secondsLeft(start, counts({ done: 300, expected: 1_300 }), 10_000)).toBeCloseTo(50);
  });

  it("is unknown without a total, with nothing left, or over less than 2 s", () => {
    expect(secondsLeft(start, counts({ done: 300, expected: null }), 10_000)).toBeNull();
    expect(secondsLeft(start, counts({ done: 300, expected: 300 }), 10_000)).toBeNull();
    expect(secondsLeft(start, counts({ done: 300, expected: 1_300 }), 1_500)).toBeNull();
  });
});

/**
 * A build on a fake clock: 2,000 images, one every 20 ms, the first `misses` of them
 * rendered and the rest reused. Returns the lines printed with the time of each.
 */
function simulate({ misses = 2_000, quiet = false }: { misses?: number; quiet?: boolean }) {
  const [images, everyMs] = [2_000, 20];
  let state = PROGRESS_START;
  const lines: { at: number; line: string }[] = [];
  for (let done = 1; done <= images; done++) {
    const at = done * everyMs;
    const step = progressStep(
      state,
      { done, rendered: Math.min(done, misses), skipped: 0, expected: images, upperBound: false },
      at,
      { ...PROGRESS_RULES, quiet },
    );
    state = step.state;
    if (step.line) lines.push({ at, line: step.line });
  }
  return lines;
}

describe("progressStep: when a line is printed", () => {
  it("prints nothing until more than 100 images were rendered, then at once", () => {
    const lines = simulate({});
    expect(lines[0]).toEqual({ at: 101 * 20, line: expect.stringMatching(/^images: 101 of 2,000 \(101 rendered/) });
  });

  it("prints nothing for a warm build, nor for one that renders exactly 100", () => {
    expect(simulate({ misses: 0 })).toEqual([]);
    expect(simulate({ misses: 100 })).toEqual([]);
    expect(simulate({ misses: 101 })[0]?.at).toBe(101 * 20);
  });

  it("prints at most every 5 s", () => {
    const lines = simulate({});
    // 40 s of images from 2.02 s: a line at 2.02 s and every 5 s after.
    expect(lines.map((l) => l.at)).toEqual([2_020, 7_020, 12_020, 17_020, 22_020, 27_020, 32_020, 37_020]);
  });

  it("gives the right time left when the pace is steady and nothing is skipped", () => {
    const lines = simulate({});
    // At 17.02 s, 851 of 2,000 done at 20 ms each: 1,149 left, 22.98 s.
    expect(lines[3]!.line).toBe("images: 851 of 2,000 (851 rendered, 0 reused), about 25 s left");
  });

  it("prints nothing at all under CI", () => {
    expect(simulate({ quiet: true })).toEqual([]);
  });
});

describe("noteImageDone: the build's progress on stderr", () => {
  afterEach(() => stopImageProgress());

  /** 150 images rendered in a build, each 100 ms after the last; what was written. */
  function build(env: NodeJS.ProcessEnv, { announce = 0, building = true } = {}) {
    let written = "";
    startImageProgress({ upperBound: false });
    if (!building) stopImageProgress();
    expectImages(Array.from({ length: announce }));
    for (let rendered = 1; rendered <= 150; rendered++) {
      noteImageDone({ rendered, skipped: 0 }, { now: rendered * 100, env, write: (text) => (written += text) });
    }
    return written;
  }

  it("writes a line per update, with the total the routes announced", () => {
    const written = build({}, { announce: 1_000 });
    // 100 ms an image: 899 left, 89.9 s.
    expect(written).toBe("images: 101 of 1,000 (101 rendered, 0 reused), about 1 min left\n");
  });

  it("writes nothing under CI=true", () => {
    expect(build({ CI: "true" })).toBe("");
    expect(build({ CI: "0" })).not.toBe("");
  });

  it("writes nothing outside a build (the dev server renders on request)", () => {
    expect(build({}, { building: false })).toBe("");
  });
});
