/**
 * Editors' mistakes, one defect each, planted in a copy of the tests' own site
 * (test/fixtures/site). Each names what the pipeline must report: the file, the rule and,
 * where it matters, the field path, the line and words of the Korean message or hint.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface Expected {
  file: string | RegExp;
  ruleId: string | RegExp;
  path?: string | RegExp;
  line?: number;
  /** Matched against the Korean message and the hint together. */
  words?: RegExp;
}

export interface MalformedFixture {
  name: string;
  /** Changes one file's text; or, with `plant`, does anything to the copy's folder. */
  file?: string;
  change?: (text: string) => string;
  plant?: (dir: string) => void;
  expect: Expected[];
  /** Every error is in `file`: what refers to its entries is not reported again (a follow-on). */
  onlyInFile?: true;
}

const json =
  (f: (data: any) => unknown) =>
  (text: string): string =>
    JSON.stringify(f(JSON.parse(text)), null, 2);
const set = (path: (data: any) => void) => json((d) => (path(d), d));
export const STORY = "content/stories/goyang-jobs-2025.md";
const frontmatter = (change: (fm: string) => string) => (text: string) => {
  const end = text.indexOf("\n---", 4);
  return change(text.slice(0, end)) + text.slice(end);
};
/** Appends a paragraph to the story body. */
const paragraph = (words: string) => (text: string) => `${text.trimEnd()}\n\n${words}\n`;

const JOB_SCHOOL = "data/programs/job-school.json";
const CORRECTIONS = "data/corrections.json";

export const MALFORMED: MalformedFixture[] = [
  // The editors' guide's typical mistakes
  {
    name: "a misspelt key",
    file: JOB_SCHOOL,
    change: (t) => t.replace('"summary"', '"sumary"'),
    expect: [
      {
        file: JOB_SCHOOL,
        ruleId: "schema/unrecognized-keys",
        path: "sumary",
        words: /혹시 "summary"을\(를\) 찾으셨나요/,
      },
    ],
  },
  {
    name: "a trailing comma",
    onlyInFile: true,
    file: "data/awards.json",
    change: (t) => t.replace(/\}\s*\]\s*$/, "},\n]\n"),
    expect: [{ file: "data/awards.json", ruleId: "json/trailing-comma", words: /쉼표/ }],
  },
  {
    name: 'an amount written "1.35억"',
    file: JOB_SCHOOL,
    change: (t) => t.replace('"amount": 135000000', '"amount": "1.35억"'),
    expect: [{ file: JOB_SCHOOL, ruleId: "schema/invalid-type", path: "budget.amount", words: /135000000/ }],
  },
  {
    name: "a date written 2025.12.01",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^updated: .*$/m, "updated: 2025.12.01")),
    expect: [
      { file: STORY, ruleId: "schema/date.iso-day", path: "frontmatter.updated", line: 6, words: /"2025-12-01"처럼/ },
    ],
  },
  {
    name: "a missing byline",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^byline: .*\n/m, "")),
    expect: [{ file: STORY, ruleId: "schema/invalid-type", path: "frontmatter.byline", words: /byline/ }],
  },
  {
    name: '"counts": "enroled"',
    file: JOB_SCHOOL,
    change: (t) => t.replace('"counts": "enrolled"', '"counts": "enroled"'),
    expect: [
      {
        file: JOB_SCHOOL,
        ruleId: "schema/invalid-value",
        path: "people.counts",
        words: /혹시 "enrolled"을\(를\) 찾으셨나요/,
      },
    ],
  },
  {
    name: "a full-width colon in a directive",
    file: STORY,
    change: paragraph("예산은 ：num[job-school.budget]입니다."),
    expect: [{ file: STORY, ruleId: "story/directive-full-width", words: /전각/ }],
  },
  {
    name: "full-width brackets in a directive",
    file: STORY,
    change: paragraph("예산은 :num［job-school.budget］입니다."),
    expect: [{ file: STORY, ruleId: "story/directive-full-width" }],
  },
  {
    name: "a count in Korean numerals (일흔 명)",
    file: STORY,
    change: paragraph("교육에는 일흔 명이 참여했습니다."),
    expect: [{ file: STORY, ruleId: "story/hand-typed-figure", words: /일흔 명/ }],
  },
  {
    name: "a count in Korean numerals (스무 명)",
    file: STORY,
    change: paragraph("올해는 스무 명이 수료했습니다."),
    expect: [{ file: STORY, ruleId: "story/hand-typed-figure", words: /스무 명/ }],
  },
  {
    name: "a count in Sino-Korean numerals (칠십 명)",
    file: STORY,
    change: paragraph("모두 칠십 명이 등록했습니다."),
    expect: [{ file: STORY, ruleId: "story/hand-typed-figure", words: /칠십 명/ }],
  },
  {
    name: "a mixed amount (135백만 원)",
    file: STORY,
    change: paragraph("예산은 135백만 원입니다."),
    expect: [{ file: STORY, ruleId: "story/hand-typed-figure", words: /135백만 원/ }],
  },
  {
    name: "a figure typed into the dek",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^dek: (.*)$/m, "dek: 청년 186명을 지원한 사업을 살펴봅니다.")),
    expect: [{ file: STORY, ruleId: "text/hand-typed-figure", path: "frontmatter.dek", words: /186명/ }],
  },
  {
    name: "a figure typed into a figure note",
    file: "data/figures/people-by-program.json",
    change: set((d) => d.notes.push("연인원 2,795명은 한 사람이 여러 번 셀 수 있습니다.")),
    expect: [
      {
        file: "data/figures/people-by-program.json",
        ruleId: "text/hand-typed-figure",
        path: "notes[3]",
        words: /2,795명/,
      },
    ],
  },
  {
    name: "an unknown id in a directive",
    file: STORY,
    change: paragraph("예산은 :num[job-schol.budget]입니다."),
    expect: [{ file: STORY, ruleId: "story/unknown-number", words: /혹시 "job-school"을\(를\) 찾으셨나요/ }],
  },
  {
    name: "a directive without its closing bracket",
    file: STORY,
    change: paragraph("예산은 :num[job-school.budget 입니다."),
    expect: [{ file: STORY, ruleId: "story/unclosed-directive", words: /닫는 대괄호/ }],
  },
  // Defects that used to publish
  {
    name: "a story file name with spaces",
    plant: (dir) => copyStory(dir, "my story.md"),
    expect: [{ file: "content/stories/my story.md", ruleId: "file/name", words: /"my-story\.md"/ }],
  },
  {
    name: "a story file name in Hangul",
    plant: (dir) => copyStory(dir, "청년.md"),
    expect: [{ file: "content/stories/청년.md", ruleId: "file/name" }],
  },
  {
    name: "a story file name in upper case",
    plant: (dir) => copyStory(dir, "Youth-Jobs.md"),
    expect: [{ file: "content/stories/Youth-Jobs.md", ruleId: "file/name", words: /youth-jobs\.md/ }],
  },
  {
    name: "case-only twins of a story",
    plant: (dir) => copyStory(dir, "Goyang-jobs-2025.md"),
    expect: [{ file: "content/stories/Goyang-jobs-2025.md", ruleId: "file/twin" }],
  },
  {
    name: "an NFC and an NFD twin of one name",
    plant: (dir) => (copyStory(dir, "\uD55C.md".normalize("NFC")), copyStory(dir, "\uD55C.md".normalize("NFD"))),
    expect: [{ file: /^content\/stories\//, ruleId: /file\/(twin|name|name-nfc)/ }],
  },
  {
    name: "a key written twice",
    file: JOB_SCHOOL,
    change: (t) => t.replace('"amount": 135000000', '"amount": 135000000, "amount": 140000000'),
    expect: [{ file: JOB_SCHOOL, ruleId: "json/duplicate-key", path: "budget.amount", words: /두 번/ }],
  },
  {
    name: "an edition written twice",
    file: "data/awards.json",
    change: (t) => t.replace(/"edition": (\d+)/, '"edition": $1, "edition": 22'),
    expect: [{ file: "data/awards.json", ruleId: "json/duplicate-key", path: "[0].edition" }],
  },
  {
    name: "a program listed twice in a figure",
    file: "data/figures/money-by-program.json",
    change: set((d) => d.data.ids.push(d.data.ids[0])),
    expect: [{ file: "data/figures/money-by-program.json", ruleId: "data/duplicate-ref", path: /^data\.ids\[\d+\]$/ }],
  },
  {
    name: "a chart placed twice",
    file: STORY,
    change: (t) => paragraph(t.match(/^::chart\[[^\]]+\]$/m)?.[0] ?? "")(t),
    expect: [{ file: STORY, ruleId: "story/chart-placed-twice" }],
  },
  {
    name: "a bidi control in a program name",
    file: JOB_SCHOOL,
    change: set((d) => (d.name = `${d.name}\u202E31억`)),
    expect: [{ file: JOB_SCHOOL, ruleId: "text/bidi", path: "name", words: /U\+202E/ }],
  },
  {
    name: "a title of a Hangul filler",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^title: .*$/m, "title: \u3164")),
    expect: [{ file: STORY, ruleId: "text/invisible", line: 2, words: /U\+3164/ }],
  },
  {
    name: "a NUL byte in a summary",
    file: JOB_SCHOOL,
    change: set((d) => (d.summary = `${d.summary}\u0000`)),
    expect: [{ file: JOB_SCHOOL, ruleId: "text/control", path: "summary", words: /NUL/ }],
  },
  {
    name: "a lone surrogate in a note",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.notes[0] = `${d.notes[0]}\uD800`)),
    expect: [{ file: "data/figures/money-by-program.json", ruleId: "text/surrogate", path: "notes[0]" }],
  },
  {
    name: "a valid NEW.JSON",
    plant: (dir) => writeFileSync(join(dir, "data/programs/NEW.JSON"), "{}"),
    expect: [{ file: "data/programs/NEW.JSON", ruleId: "file/extension-case" }],
  },
  {
    name: "a link to a file outside the project",
    plant: (dir) => symlinkSync("/etc/hostname", join(dir, "data/programs/elsewhere.json")),
    expect: [{ file: "data/programs/elsewhere.json", ruleId: "file/link-outside" }],
  },
  {
    name: "a 100 KB title",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^title: .*$/m, `title: ${"가".repeat(100_000)}`)),
    expect: [{ file: STORY, ruleId: "schema/too-big", path: "frontmatter.title", words: /100자/ }],
  },
  {
    name: "data/programs/.json",
    plant: (dir) => writeFileSync(join(dir, "data/programs/.json"), "{}"),
    expect: [{ file: "data/programs/.json", ruleId: "file/name", words: /비어/ }],
  },
  {
    name: "a folder named x.json",
    plant: (dir) => mkdirSync(join(dir, "data/programs/x.json")),
    expect: [{ file: "data/programs/x.json", ruleId: "file/folder" }],
  },
  {
    name: "a budget of 2^53-1",
    file: JOB_SCHOOL,
    change: (t) => t.replace('"amount": 135000000', `"amount": ${Number.MAX_SAFE_INTEGER}`),
    expect: [{ file: JOB_SCHOOL, ruleId: "schema/krw.too-large", path: "budget.amount" }],
  },
  {
    name: "a deleted program (every reference reported, in every stage)",
    plant: (dir) => rmSync(join(dir, JOB_SCHOOL)),
    expect: [
      { file: "data/figures/money-by-program.json", ruleId: "data/unknown-program" },
      { file: "data/figures/people-by-program.json", ruleId: "data/unknown-program" },
      { file: STORY, ruleId: /story\/unknown-(number|program)/ },
    ],
  },
  // Shape and types
  {
    name: "a missing name",
    file: JOB_SCHOOL,
    change: set((d) => delete d.name),
    expect: [{ file: JOB_SCHOOL, ruleId: "schema/invalid-type", path: "name", words: /필수 항목 "name"/ }],
  },
  {
    name: "edition as text",
    file: "data/awards.json",
    change: set((d) => (d[0].edition = "21")),
    expect: [{ file: "data/awards.json", ruleId: "schema/invalid-type", path: "[0].edition" }],
  },
  {
    name: "negative KRW",
    file: JOB_SCHOOL,
    change: set((d) => (d.budget.amount = -135000000)),
    expect: [{ file: JOB_SCHOOL, ruleId: "schema/krw.negative", path: "budget.amount" }],
  },
  {
    name: "fractional KRW",
    file: "data/programs/youth-package.json",
    change: set((d) => (d.budget.amount = 1300000000.5)),
    expect: [
      { file: "data/programs/youth-package.json", ruleId: "schema/krw.integer", path: "budget.amount", words: /정수/ },
    ],
  },
  {
    name: "NaN literal",
    onlyInFile: true,
    file: JOB_SCHOOL,
    change: (t) => t.replace('"amount": 135000000', '"amount": NaN'),
    expect: [{ file: JOB_SCHOOL, ruleId: "json/invalid-symbol", words: /NaN/ }],
  },
  {
    name: "a number too large for a double",
    file: JOB_SCHOOL,
    change: (t) => t.replace('"amount": 135000000', '"amount": 1e400'),
    expect: [{ file: JOB_SCHOOL, ruleId: "json/number-too-large", path: "budget.amount" }],
  },
  {
    name: "approximate flag as text",
    file: "data/programs/dream-factory.json",
    change: set((d) => (d.budget.approximate = "yes")),
    expect: [
      {
        file: "data/programs/dream-factory.json",
        ruleId: "schema/invalid-type",
        path: "budget.approximate",
        words: /true 또는 false/,
      },
    ],
  },
  {
    name: "unknown amount without a reason",
    file: "data/programs/senior-jobs.json",
    change: set((d) => delete d.budget.unknownReason),
    expect: [
      {
        file: "data/programs/senior-jobs.json",
        ruleId: "schema/budget.amount-or-reason",
        path: "budget.unknownReason",
      },
    ],
  },
  {
    name: "empty program list in a figure",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.data.ids = [])),
    expect: [{ file: "data/figures/money-by-program.json", ruleId: "schema/figure.ids-min", path: "data.ids" }],
  },
  {
    name: "empty source list",
    file: "data/sources.json",
    change: () => "[]",
    expect: [{ file: "data/sources.json", ruleId: "data/shape", words: /비어/ }],
  },
  {
    name: "duplicate id in a list",
    file: "data/awards.json",
    change: set((d) => (d[1].id = d[0].id)),
    expect: [{ file: "data/awards.json", ruleId: "data/duplicate-id", path: "[1].id" }],
  },
  {
    name: "id that does not match its file name",
    onlyInFile: true,
    file: JOB_SCHOOL,
    change: set((d) => (d.id = "job-schools")),
    expect: [{ file: JOB_SCHOOL, ruleId: "data/id-file-name", path: "id" }],
  },
  {
    name: "figure refers to an unknown program",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.data.ids[0] = "youth-packages")),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "data/unknown-program",
        path: "data.ids[0]",
        words: /혹시 "youth-package"을\(를\)/,
      },
    ],
  },
  {
    name: "a chart annotation for a row the figure does not show",
    file: "data/figures/people-by-program.json",
    change: set((d) => (d.annotations[0].key = "dream-factori")),
    expect: [
      {
        file: "data/figures/people-by-program.json",
        ruleId: "figure/annotation-key",
        path: "annotations[0].key",
        words: /혹시 "dream-factory"을\(를\)/,
      },
    ],
  },
  // Figure specs against the chart grammar's registries and the data
  {
    name: "a misspelt mark",
    file: "data/figures/people-by-program.json",
    change: set((d) => (d.mark = "glyf")),
    expect: [
      {
        file: "data/figures/people-by-program.json",
        ruleId: "figure/unknown-mark",
        path: "mark",
        words: /혹시 "glyph"/,
      },
    ],
  },
  {
    name: "an unknown dataset",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.data.dataset = "program")),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "figure/unknown-dataset",
        path: "data.dataset",
        words: /혹시 "programs"/,
      },
    ],
  },
  {
    name: "a field the dataset does not have",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.x.field = "budgett")),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "figure/unknown-field",
        path: "x.field",
        words: /혹시 "budget"/,
      },
    ],
  },
  {
    name: "a misspelt format",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.x.format = "kwr")),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "figure/unknown-format",
        path: "x.format",
        words: /혹시 "krw"/,
      },
    ],
  },
  {
    name: "a format that cannot word the field (money as a date)",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.x.format = "date")),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "figure/format-type",
        path: "x.format",
        words: /krw, krwCompact/,
      },
    ],
  },
  {
    name: "a mark that cannot draw the field (dates as bars)",
    file: "data/figures/funding-timeline.json",
    change: set((d) => (d.mark = "bar")),
    expect: [{ file: "data/figures/funding-timeline.json", ruleId: "figure/mark-type", path: "x.field" }],
  },
  {
    name: "small multiples without the field to split by",
    file: "data/figures/per-unit-cost.json",
    change: set((d) => delete d.facet),
    expect: [{ file: "data/figures/per-unit-cost.json", ruleId: "figure/channel-missing", words: /facet/ }],
  },
  {
    name: "a where that matches nothing",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.views[0].where.lifeStage = ["youths"])),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "figure/where-no-match",
        path: "views[0].where.lifeStage[0]",
        words: /혹시 "youth"/,
      },
    ],
  },
  {
    name: "a where on a field the dataset cannot select by",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.views[0].where = { lifeStag: ["youth"] })),
    expect: [
      {
        file: "data/figures/money-by-program.json",
        ruleId: "figure/unknown-field",
        path: "views[0].where.lifeStag",
        words: /혹시 "lifeStage"/,
      },
    ],
  },
  {
    name: "a table cell in a column the table does not have",
    file: "data/tables/contest-cases.json",
    change: set((d) => (d.rows[0].cells.casess = 7)),
    expect: [
      {
        file: "data/tables/contest-cases.json",
        ruleId: "table/unknown-column",
        path: "rows[0].cells.casess",
        words: /혹시 "cases"/,
      },
    ],
  },
  {
    name: "a view id used twice",
    file: "data/figures/money-by-program.json",
    change: set((d) => d.views.push({ ...d.views[0] })),
    expect: [{ file: "data/figures/money-by-program.json", ruleId: "figure/duplicate-view", path: "views[1].id" }],
  },
  {
    name: "a table figure naming a table that does not exist",
    file: "data/figures/contest-cases.json",
    change: set((d) => (d.data.table = "contest-case")),
    expect: [
      {
        file: "data/figures/contest-cases.json",
        ruleId: "figure/unknown-table",
        path: "data.table",
        words: /혹시 "contest-cases"/,
      },
    ],
  },
  {
    name: "a table cell of the wrong type (money written as text)",
    file: "data/tables/contest-cases.json",
    change: set((d) => (d.rows[0].cells.prize = "300만 원")),
    expect: [
      {
        file: "data/tables/contest-cases.json",
        ruleId: "table/cell-type",
        path: "rows[0].cells.prize",
        words: /원 단위 정수/,
      },
    ],
  },
  {
    name: "timeline event tied to an unknown program",
    file: "data/timeline.json",
    change: set((d) => (d[0].programId = "new-middle")),
    expect: [{ file: "data/timeline.json", ruleId: "data/unknown-program", path: "[0].programId" }],
  },
  {
    name: "id that is not kebab-case",
    file: "data/timeline.json",
    change: set((d) => (d[2].id = "Jobs_Awards")),
    expect: [{ file: "data/timeline.json", ruleId: "schema/id.kebab", path: "[2].id", words: /jobs-awards/ }],
  },
  {
    name: "the old figure format (a type instead of a mark)",
    file: "data/figures/people-by-program.json",
    change: set((d) => (d.type = "people-by-program")),
    expect: [{ file: "data/figures/people-by-program.json", ruleId: "schema/unrecognized-keys", path: "type" }],
  },
  {
    name: "impossible calendar date",
    file: "data/contests.json",
    change: set((d) => (d[0].heldOn = "2025-02-30")),
    expect: [{ file: "data/contests.json", ruleId: "schema/date.real", path: "[0].heldOn" }],
  },
  {
    name: "javascript: source URL",
    file: "data/sources.json",
    change: set((d) => ((d[0].url = "javascript:alert(1)"), delete d[0].urlUnknownReason)),
    expect: [{ file: "data/sources.json", ruleId: "schema/url.http", path: "[0].url" }],
  },
  {
    name: "a missing comma",
    onlyInFile: true,
    file: "data/programs/new-middle-age.json",
    change: (t) => t.replace(/("lifeStage": "middle"),/, "$1"),
    expect: [{ file: "data/programs/new-middle-age.json", ruleId: "json/comma-expected", words: /쉼표/ }],
  },
  {
    name: "a byte-order mark",
    onlyInFile: true,
    file: "data/timeline.json",
    change: (t) => `\ufeff${t}`,
    expect: [{ file: "data/timeline.json", ruleId: "json/bom", line: 1 }],
  },
  {
    name: "a comment in JSON",
    onlyInFile: true,
    file: "data/contests.json",
    change: (t) => `// note\n${t}`,
    expect: [{ file: "data/contests.json", ruleId: /json\/invalid-comment-token|json\/.*/, line: 1, words: /주석/ }],
  },
  {
    name: "raw HTML in a story",
    file: STORY,
    change: paragraph("<div>상자</div>"),
    expect: [{ file: STORY, ruleId: "story/safe-markdown:html" }],
  },
  {
    name: "a javascript: link in a story",
    file: STORY,
    change: paragraph("[눌러](javascript:alert(1))"),
    expect: [{ file: STORY, ruleId: "story/safe-markdown:url" }],
  },
  {
    name: "invalid YAML in the frontmatter",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^title: (.*)$/m, 'title: "$1')),
    expect: [{ file: STORY, ruleId: /yaml\//, path: "frontmatter" }],
  },
  {
    name: "a duplicate frontmatter key",
    file: STORY,
    change: frontmatter((fm) => `${fm}\ntitle: 다른 제목`),
    expect: [{ file: STORY, ruleId: "yaml/duplicate-key" }],
  },
  {
    name: "an empty story body",
    file: STORY,
    change: (t) => t.slice(0, t.indexOf("\n---", 4) + 5),
    expect: [{ file: STORY, ruleId: "story/empty-body" }],
  },
  {
    name: "the main story deleted",
    plant: (dir) => rmSync(join(dir, STORY)),
    expect: [{ file: STORY, ruleId: "story/main-missing" }],
  },
  {
    name: "a heading whose id collides with a chart's",
    file: STORY,
    change: paragraph("## Figure money by program\n\n글입니다."),
    expect: [{ file: STORY, ruleId: "story/heading-id", line: 51, words: /figure-money-by-program/ }],
  },
  {
    name: "Hanja in a figure title (the PNG font has no glyph for it)",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.title = `${d.title} 高陽`)),
    expect: [
      { file: "data/figures/money-by-program.json", ruleId: "text/no-glyph", path: "title", words: /高.*빈 네모/ },
    ],
  },
  {
    name: "an emoji in a story title",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^title: (.*)$/m, "title: $1 😀")),
    expect: [{ file: STORY, ruleId: "text/no-glyph", path: "frontmatter.title", line: 2 }],
  },
  {
    name: "a figure typed into a chart annotation",
    file: "data/figures/people-by-program.json",
    change: set((d) => (d.annotations[0].label = "연인원 2,795명: 여러 번 셀 수 있음")),
    expect: [
      { file: "data/figures/people-by-program.json", ruleId: "text/hand-typed-figure", path: "annotations[0].label" },
    ],
  },
  {
    name: "Hanja in a chart annotation",
    file: "data/figures/people-by-program.json",
    change: set((d) => (d.annotations[0].label = `${d.annotations[0].label} 高`)),
    expect: [{ file: "data/figures/people-by-program.json", ruleId: "text/no-glyph", path: "annotations[0].label" }],
  },
  // The corrections log
  {
    name: "a correction dated 2026.11.27",
    file: CORRECTIONS,
    change: set((d) => (d[0].date = "2026.11.27")),
    expect: [
      { file: CORRECTIONS, ruleId: "schema/date.iso-day", path: "[0].date", line: 4, words: /"2026-11-27"처럼/ },
    ],
  },
  {
    name: "a correction dated on a day the calendar does not have",
    file: CORRECTIONS,
    change: set((d) => (d[0].date = "2026-11-31")),
    expect: [{ file: CORRECTIONS, ruleId: "schema/date.iso-day", path: "[0].date" }],
  },
  {
    name: "a correction dated in the future",
    file: CORRECTIONS,
    change: set((d) => (d[2].date = "2999-11-30")),
    expect: [{ file: CORRECTIONS, ruleId: "correction/future-date", path: "[2].date", words: /오늘/ }],
  },
  {
    name: "a correction dated before its story was published",
    file: CORRECTIONS,
    change: set((d) => (d[1].date = "2026-11-01")),
    expect: [{ file: CORRECTIONS, ruleId: "correction/before-published", path: "[1].date", words: /발행일/ }],
  },
  {
    name: "a correction of an unknown story",
    file: CORRECTIONS,
    change: set((d) => (d[0].storyIds = ["goyang-jobs-2024"])),
    expect: [
      {
        file: CORRECTIONS,
        ruleId: "data/unknown-story",
        path: "[0].storyIds[0]",
        words: /혹시 "goyang-jobs-2025"을\(를\) 찾으셨나요/,
      },
    ],
  },
  {
    name: "a correction of an unknown program",
    file: CORRECTIONS,
    change: set((d) => (d[0].programIds = ["job-schol"])),
    expect: [
      {
        file: CORRECTIONS,
        ruleId: "data/unknown-program",
        path: "[0].programIds[0]",
        words: /혹시 "job-school"을\(를\) 찾으셨나요/,
      },
    ],
  },
  {
    name: "a correction of one story listed twice",
    file: CORRECTIONS,
    change: set((d) => d[0].storyIds.push(d[0].storyIds[0])),
    expect: [{ file: CORRECTIONS, ruleId: "data/duplicate-ref", path: "[0].storyIds[1]" }],
  },
  {
    name: "a correction without its reason",
    file: CORRECTIONS,
    change: set((d) => delete d[1].why),
    expect: [{ file: CORRECTIONS, ruleId: "schema/invalid-type", path: "[1].why", words: /필수 항목 "why"/ }],
  },
  {
    name: "a correction's story written as one id, not a list",
    file: CORRECTIONS,
    change: set((d) => (d[0].storyIds = d[0].storyIds[0])),
    expect: [{ file: CORRECTIONS, ruleId: "schema/invalid-type", path: "[0].storyIds" }],
  },
  {
    name: "a correction with an empty text",
    file: CORRECTIONS,
    change: set((d) => (d[0].what = " ")),
    expect: [{ file: CORRECTIONS, ruleId: "schema/text.empty", path: "[0].what" }],
  },
  {
    name: "the corrections log as one object",
    onlyInFile: true,
    file: CORRECTIONS,
    change: json((d) => d[0]),
    expect: [{ file: CORRECTIONS, ruleId: "data/shape", words: /목록/ }],
  },
];

function copyStory(dir: string, name: string): void {
  writeFileSync(join(dir, "content/stories", name), readFileSync(join(dir, STORY)));
}
