/**
 * `npm run bench:build -- <N>…`: how the build scales with the archive. Not a test: it
 * measures and reports.
 *
 * For each N: a copy of the project (test/helpers/build-project.ts) gets N synthetic
 * programs, N figures cycling through every mark of the chart grammar (bar, stackedBar,
 * glyph, smallMultiples, timeline, dot, each over five programs or a table) and one story
 * per 50 figures placing them; then it times
 *   1. a cold build (empty image cache),
 *   2. a warm build (nothing changed),
 *   3. a build after one program's count changed,
 * and prints wall time, HTML pages, files, images rendered and reused, and the time per
 * route kind from Astro's own per-file timings. Results go to test-results/bench-build.json.
 *
 * Runs on the project's Node 24 with type stripping, so its own imports carry `.ts`.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ProjectCopy } from "../helpers/build-project.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const OUTPUT = join(ROOT, "test-results", "bench-build.json");

const LIFE_STAGES = ["youth", "middle", "senior"] as const;
const pad = (i: number) => String(i).padStart(4, "0");
const programId = (i: number) => `synthetic-${pad(i)}`;

function program(i: number) {
  return {
    id: programId(i),
    name: `합성 사업 ${pad(i)}`,
    lifeStage: LIFE_STAGES[i % 3],
    year: 2025,
    summary: `벤치마크용으로 만든 ${pad(i)}번 사업입니다.`,
    budget: { amount: 10_000_000 * (i + 1), approximate: false },
    funding: { description: "시 일자리 기금" },
    // Bounded: a glyph chart draws one mark per person, and five programs of a thousand people
    // each would make a chart no embed code can hold (the checks stop such a build).
    people: { count: 10 + (i % 90), counts: i % 2 ? "supported" : "enrolled" },
    units: [{ count: 1 + (i % 4), unit: "subProject" }],
    highlights: [],
    sourceIds: ["nsp-2025-12-01"],
  };
}

/** Figure i: the marks in turn, each over five programs (or a dataset of its own). */
function figure(i: number, n: number) {
  const ids = Array.from({ length: 5 }, (_, k) => programId((i + k) % n));
  const base = {
    id: `synthetic-figure-${pad(i)}`,
    title: `합성 그림 ${pad(i)}`,
    subtitle: "벤치마크용 그림",
    description: `벤치마크용으로 만든 ${pad(i)}번 그림입니다.`,
    notes: [],
    sourceIds: ["nsp-2025-12-01"],
  };
  const programs = { dataset: "programs", ids };
  const marks = [
    { mark: "bar", data: programs, x: { field: "budget", format: "krw" } },
    { mark: "stackedBar", data: programs, x: { field: "budget", format: "krw" }, group: "lifeStage" },
    { mark: "glyph", data: programs, x: { field: "people", format: "count" }, series: "peopleKind" },
    { mark: "smallMultiples", data: programs, x: { field: "perUnit", format: "perUnit" }, facet: "perUnitKind" },
    { mark: "timeline", data: { dataset: "awards" }, x: { field: "when", format: "date" } },
    { mark: "dot", data: { dataset: "table", table: "contest-cases" }, x: { field: "cases", format: "count" } },
  ];
  return { ...base, ...marks[i % marks.length] };
}

function story(s: number, figureIds: string[]) {
  return `---
title: 합성 이야기 ${pad(s)}
dek: 벤치마크용으로 만든 이야기입니다.
byline: 데이터팀
published: "2026-12-01"
updated: "2026-12-01"
sourceIds:
  - nsp-2025-12-01
---

이 이야기는 빌드 벤치마크용입니다.:cite[nsp-2025-12-01]

${figureIds.map((id) => `::chart[${id}]`).join("\n\n")}
`;
}

/**
 * The project's own figures that draw every program (no `data.ids`) are given the project's
 * programs by id, so they stay the charts the editors made: a bar per program over a
 * thousand synthetic programs would be a chart 60,000 px tall, which the embed codes refuse.
 */
function scopeProjectFigures(dir: string): void {
  const programIds = readdirSync(join(dir, "data/programs"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => (JSON.parse(readFileSync(join(dir, "data/programs", name), "utf8")) as { id: string }).id);
  for (const name of readdirSync(join(dir, "data/figures"))) {
    const file = join(dir, "data/figures", name);
    const spec = JSON.parse(readFileSync(file, "utf8")) as { data: { dataset: string; ids?: string[] } };
    if (spec.data.dataset !== "programs" || spec.data.ids) continue;
    spec.data.ids = programIds;
    writeFileSync(file, JSON.stringify(spec, null, 2));
  }
}

/** Adds N synthetic programs, figures and stories to a project copy (exported for profiling by hand). */
export function addSynthetic(dir: string, n: number): void {
  scopeProjectFigures(dir);
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, "data/programs", `${programId(i)}.json`), JSON.stringify(program(i), null, 2));
    writeFileSync(join(dir, "data/figures", `synthetic-figure-${pad(i)}.json`), JSON.stringify(figure(i, n), null, 2));
  }
  mkdirSync(join(dir, "data/tables"), { recursive: true });
  cpSync(join(ROOT, "test/fixtures/site/data/tables"), join(dir, "data/tables"), { recursive: true });
  for (let s = 0; s * 50 < n; s++) {
    const ids = Array.from({ length: Math.min(50, n - s * 50) }, (_, k) => `synthetic-figure-${pad(s * 50 + k)}`);
    writeFileSync(join(dir, "content/stories", `synthetic-${pad(s)}.md`), story(s, ids));
  }
}

/** The route kind of a built file, for the per-kind times. */
function routeKind(file: string): string {
  if (/^\/embed\/[^/]+\/index\.html$/.test(file)) return "embed page";
  if (/^\/programs\/[^/]+\/index\.html$/.test(file)) return "program page";
  if (/^\/stories\/[^/]+\/index\.html$/.test(file)) return "story page";
  if (/-card\.png$/.test(file)) return "social card PNG";
  if (/^\/downloads\/.*\.png$/.test(file)) return "download PNG";
  if (/\.svg$/.test(file)) return "download SVG";
  if (/\.csv$/.test(file)) return "CSV";
  if (/^\/oembed\//.test(file)) return "oEmbed JSON";
  return "other";
}

interface Run {
  wallS: number;
  status: number | null;
  images: string;
  /** Per route kind: files rendered (and their time), and files the incremental build copied from the last build. */
  routes: Record<string, { files: number; totalMs: number; eachMs: number; restored: number }>;
}

function timedBuild(copy: ProjectCopy): Run {
  const started = performance.now();
  const run = copy.build({ CI: "true" });
  const wallS = (performance.now() - started) / 1000;
  const routes: Run["routes"] = {};
  const kindOf = (file: string) => (routes[routeKind(file)] ??= { files: 0, totalMs: 0, eachMs: 0, restored: 0 });
  for (const [, file, ms] of run.output.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const kind = kindOf(file!);
    kind.files += 1;
    kind.totalMs += Number(ms);
  }
  for (const [, file] of run.output.matchAll(/[├└]─ (\S+)\s*\((?:restored|cached)\)/g)) kindOf(file!).restored += 1;
  for (const kind of Object.values(routes)) {
    kind.eachMs = kind.files === 0 ? 0 : Math.round((kind.totalMs / kind.files) * 10) / 10;
  }
  if (run.status !== 0) console.error(run.output.slice(-4000));
  return {
    wallS: Math.round(wallS * 10) / 10,
    status: run.status,
    images: /images: [^\n]*/.exec(run.output)?.[0] ?? "",
    routes,
  };
}

function countFiles(dir: string): { pages: number; files: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { pages: files.filter((f) => f.name.endsWith(".html")).length, files: files.length };
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
  if (sizes.length === 0) sizes.push(0, 100);
  const results = [];
  for (const n of sizes) {
    const copy = new ProjectCopy();
    try {
      addSynthetic(copy.dir, n);
      const cold = timedBuild(copy);
      if (cold.status !== 0) {
        console.error(`N=${n}: the synthetic site does not build (above)`);
        process.exitCode = 1;
        continue;
      }
      const counts = countFiles(copy.dist);
      const warm = timedBuild(copy);
      const changed = n > 0 ? programId(0) : "youth-package";
      copy.edit(`data/programs/${changed}.json`, (text) =>
        text.replace(/"count": (\d+)/, (_, c) => `"count": ${Number(c) + 1}`),
      );
      const oneChange = timedBuild(copy);
      const result = { n, ...counts, cold, warm, oneChange };
      results.push(result);
      console.log(
        `N=${n}: cold ${cold.wallS} s (${cold.images}), warm ${warm.wallS} s (${warm.images}), one change ${oneChange.wallS} s (${oneChange.images}); ${counts.pages} pages, ${counts.files} files`,
      );
      const rebuilt = (run: Run, kind: string) => {
        const t = run.routes[kind];
        return t ? `${t.files} rendered (${t.eachMs} ms each), ${t.restored} copied` : "-";
      };
      for (const [kind, t] of Object.entries(cold.routes).sort()) {
        console.log(
          `  ${kind.padEnd(16)} ${String(t.files).padStart(5)} files, ${(t.totalMs / 1000).toFixed(1)} s cold (${t.eachMs} ms each); warm ${rebuilt(warm, kind)}; one change ${rebuilt(oneChange, kind)}`,
        );
      }
    } finally {
      copy.cleanup();
    }
  }
  mkdirSync(join(ROOT, "test-results"), { recursive: true });
  writeFileSync(
    OUTPUT,
    `${JSON.stringify({ machineCores: (await import("node:os")).availableParallelism(), results }, null, 2)}\n`,
  );
  console.log(`written: ${OUTPUT}`);
}

if (import.meta.main) await main();
