/**
 * Malformed input, one defect per fixture. Each edits one committed file of a project
 * copy; the real build must exit non-zero, name the file, and name the field path (or
 * line) — `mentions` are what the build output must contain.
 */
export interface MalformedFixture {
  name: string;
  file: string;
  change: (text: string) => string;
  mentions: (string | RegExp)[];
}

const json = (f: (data: any) => unknown) => (text: string) => JSON.stringify(f(JSON.parse(text)), null, 2);
const set = (path: (data: any) => void) => json((d) => (path(d), d));
const STORY = "content/stories/goyang-jobs-2025.md";
const frontmatter = (change: (fm: string) => string) => (text: string) => {
  const end = text.indexOf("\n---", 4);
  return change(text.slice(0, end)) + text.slice(end);
};

export const MALFORMED: MalformedFixture[] = [
  // Shape and types
  {
    name: "missing field",
    file: "data/programs/job-school.json",
    change: set((d) => delete d.name),
    mentions: ["data/programs/job-school.json", /name: /],
  },
  {
    name: "wrong type (edition as text)",
    file: "data/awards.json",
    change: set((d) => (d[0].edition = "21")),
    mentions: ["data/awards.json", /edition/],
  },
  {
    name: "negative KRW",
    file: "data/programs/job-school.json",
    change: set((d) => (d.budget.amount = -135000000)),
    mentions: ["data/programs/job-school.json", /budget\.amount: must not be negative/],
  },
  {
    name: "fractional KRW",
    file: "data/programs/youth-package.json",
    change: set((d) => (d.budget.amount = 1300000000.5)),
    mentions: ["data/programs/youth-package.json", /budget\.amount: must be a whole number of won/],
  },
  {
    name: "null where a number is due",
    file: "data/programs/dream-factory.json",
    change: set((d) => (d.year = null)),
    mentions: ["data/programs/dream-factory.json", /year: /],
  },
  {
    name: "NaN literal",
    file: "data/programs/job-school.json",
    change: (t) => t.replace('"amount": 135000000', '"amount": NaN'),
    mentions: [/data\/programs\/job-school\.json:\d+:\d+: invalid JSON/],
  },
  {
    name: "Infinity literal",
    file: "data/programs/job-school.json",
    change: (t) => t.replace('"count": 69', '"count": Infinity'),
    mentions: [/data\/programs\/job-school\.json:\d+:\d+: invalid JSON/],
  },
  {
    name: "a number too large for a double (parses as Infinity)",
    file: "data/programs/job-school.json",
    change: (t) => t.replace('"amount": 135000000', '"amount": 1e400'),
    mentions: ["data/programs/job-school.json", /budget\.amount/],
  },
  {
    name: "fractional count",
    file: "data/programs/job-fair.json",
    change: set((d) => (d.people.count = 149.5)),
    mentions: ["data/programs/job-fair.json", /people\.count: must be a whole number/],
  },
  {
    name: "a bare 'people' count kind",
    file: "data/programs/job-fair.json",
    change: set((d) => (d.people.counts = "people")),
    mentions: ["data/programs/job-fair.json", /people\.counts/],
  },
  {
    name: "approximate flag as text",
    file: "data/programs/dream-factory.json",
    change: set((d) => (d.budget.approximate = "yes")),
    mentions: ["data/programs/dream-factory.json", /budget\.approximate/],
  },
  {
    name: "unknown amount without a reason",
    file: "data/programs/senior-jobs.json",
    change: set((d) => delete d.budget.unknownReason),
    mentions: ["data/programs/senior-jobs.json", /budget\.unknownReason/],
  },
  {
    name: "unknown key (strict schema)",
    file: "data/programs/regional-industry.json",
    change: set((d) => (d.budgett = 1)),
    mentions: ["data/programs/regional-industry.json", /budgett/],
  },
  // Empty arrays
  {
    name: "empty program list in a figure",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.data.programIds = [])),
    mentions: ["data/figures/money-by-program.json", /data\.programIds: list at least one program id/],
  },
  {
    name: "empty source list",
    file: "data/sources.json",
    change: () => "[]",
    mentions: [/data\/sources\.json: .*the list is empty/],
  },
  {
    name: "no source ids on a record",
    file: "data/contests.json",
    change: set((d) => (d[0].sourceIds = [])),
    mentions: ["data/contests.json", /sourceIds: cite at least one source/],
  },
  // Ids and references
  {
    name: "duplicate id in a list",
    file: "data/awards.json",
    change: set((d) => (d[1].id = d[0].id)),
    mentions: [
      /data\/awards\.json: \[1\]\.id: duplicate id "local-autonomy-management-2025" \(already used by \[0\]\)/,
    ],
  },
  {
    name: "id that does not match its file name",
    file: "data/programs/job-school.json",
    change: set((d) => (d.id = "job-schools")),
    mentions: [/data\/programs\/job-school\.json: id: "job-schools" must equal the file name/],
  },
  {
    name: "figure refers to a program that does not exist",
    file: "data/figures/money-by-program.json",
    change: set((d) => (d.data.programIds[0] = "youth-packages")),
    mentions: [/data\/figures\/money-by-program\.json: data\.programIds\[0\]: unknown program id "youth-packages"/],
  },
  {
    name: "program cites an unknown source id",
    file: "data/programs/job-fair.json",
    change: set((d) => (d.sourceIds = ["nsp-2025-12-02"])),
    mentions: [/data\/programs\/job-fair\.json: sourceIds\[0\]: unknown source id "nsp-2025-12-02"/],
  },
  {
    name: "timeline event tied to an unknown program",
    file: "data/timeline.json",
    change: set((d) => (d[0].programId = "new-middle")),
    mentions: [/data\/timeline\.json: programId: unknown program id "new-middle"/],
  },
  {
    name: "id that is not kebab-case",
    file: "data/timeline.json",
    change: set((d) => (d[2].id = "Jobs_Awards")),
    mentions: ["data/timeline.json", /id: must be kebab-case/],
  },
  // Types of chart, dates, URLs
  {
    name: "unknown chart type",
    file: "data/figures/people-by-program.json",
    change: set((d) => (d.type = "pie")),
    mentions: ["data/figures/people-by-program.json", /type: /],
  },
  {
    name: "impossible calendar date",
    file: "data/contests.json",
    change: set((d) => (d[0].heldOn = "2025-02-30")),
    mentions: ["data/contests.json", /heldOn: is not a real calendar day/],
  },
  {
    name: "date-time without offset",
    file: "data/sources.json",
    change: set((d) => (d[0].publishedAt = "2025-12-01 17:06")),
    mentions: ["data/sources.json", /publishedAt: must be an ISO date-time/],
  },
  {
    name: "javascript: source URL",
    file: "data/sources.json",
    change: set((d) => ((d[0].url = "javascript:alert(1)"), delete d[0].urlUnknownReason)),
    mentions: ["data/sources.json", /url: must be an http\(s\) URL/],
  },
  // Broken JSON
  {
    name: "invalid JSON (missing comma)",
    file: "data/programs/new-middle-age.json",
    change: (t) => t.replace('"lifeStage": "middle",', '"lifeStage": "middle"'),
    mentions: [/data\/programs\/new-middle-age\.json:5:\d+: invalid JSON/],
  },
  {
    name: "trailing comma",
    file: "data/awards.json",
    change: (t) => t.replace(/\]\s*$/, ",]"),
    mentions: [/data\/awards\.json:\d+:\d+: invalid JSON/],
  },
  {
    name: "byte-order mark",
    file: "data/timeline.json",
    change: (t) => `\ufeff${t}`,
    mentions: [/data\/timeline\.json:1:1: the file starts with a byte-order mark/],
  },
  {
    name: "empty JSON file",
    file: "data/figures/people-by-program.json",
    change: () => "",
    mentions: [/data\/figures\/people-by-program\.json:1:1: invalid JSON/],
  },
  {
    name: "a list file that is not a list",
    file: "data/awards.json",
    change: () => "{}",
    mentions: [/data\/awards\.json: \(whole file\): expected a JSON array/],
  },
  // Markdown
  {
    name: "frontmatter missing its title",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^title: .*\n/m, "")),
    mentions: [STORY, /title: /],
  },
  {
    name: "frontmatter YAML syntax error",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^byline: .*$/m, 'byline: "데이터팀')),
    mentions: [STORY],
  },
  {
    name: "frontmatter unknown key",
    file: STORY,
    change: frontmatter((fm) => `${fm}\nauthor: 누구`),
    mentions: [STORY, /author/],
  },
  {
    name: "frontmatter bad date",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^published: .*$/m, 'published: "2026-02-30"')),
    mentions: [STORY, /published: must be a date written YYYY-MM-DD/],
  },
  {
    name: "frontmatter update before publication",
    file: STORY,
    change: frontmatter((fm) => fm.replace(/^updated: .*$/m, 'updated: "2020-01-01"')),
    mentions: [STORY, /updated: updated must not be before published/],
  },
  {
    name: "story places an unknown chart",
    file: STORY,
    change: (t) => t.replace("::chart[people-by-program]", "::chart[people-by-programme]"),
    mentions: [
      /content\/stories\/goyang-jobs-2025\.md:\d+:1: ::chart\[people-by-programme\]: unknown figure id; valid ids: people-by-program/,
    ],
  },
  {
    name: "story cites an unknown source id",
    file: STORY,
    change: frontmatter((fm) => fm.replace("  - nsp-2025-12-01", "  - nsp-2025-12-31")),
    mentions: [/content\/stories\/goyang-jobs-2025\.md: sourceIds\[0\]: unknown source id "nsp-2025-12-31"/],
  },
  {
    name: "raw HTML in the story body",
    file: STORY,
    change: (t) => `${t}\n<div onclick="x()">클릭</div>\n`,
    mentions: [/content\/stories\/goyang-jobs-2025\.md:\d+:1: raw HTML is not allowed in stories/],
  },
  {
    name: "javascript: link in the story body",
    file: STORY,
    change: (t) => `${t}\n[눌러 보세요](javascript:alert(1))\n`,
    mentions: [/content\/stories\/goyang-jobs-2025\.md:\d+:1: unsafe link target `javascript:alert\(1\)`/],
  },
  {
    name: "empty story body",
    file: STORY,
    change: (t) => t.slice(0, t.indexOf("\n---", 4) + 5),
    mentions: [/content\/stories\/goyang-jobs-2025\.md: the story body is empty/],
  },
];
