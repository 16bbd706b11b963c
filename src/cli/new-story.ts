/**
 * `npm run new-story -- <slug> [title]`: creates content/stories/<slug>.md from
 * content/templates/story.md, with today's date (Asia/Seoul) and ids taken from data/,
 * so the new story builds (at /stories/<slug>/) and passes `npm run check` as created.
 * Refuses a slug that is not kebab-case and a story that already exists.
 *
 * Runs on plain Node: node src/cli/new-story.ts <slug> [title]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { storyDataOf } from "../validate/index.ts";
import { validateData } from "../validate/data.ts";
import { idSchema } from "../schemas/common.ts";
import { todayInSeoul } from "../format/date.ts";

const TEMPLATE = "content/templates/story.md";
const USAGE = "usage: npm run new-story -- <slug> [title]   e.g. npm run new-story -- youth-jobs-2026 청년 일자리 2026";

function fail(message: string, code = 1): never {
  console.error(`new-story: ${message}`);
  process.exit(code);
}

const [slug, ...titleWords] = process.argv.slice(2);
if (slug === undefined || slug.startsWith("-")) fail(`give the story's slug (its file name and address).\n${USAGE}`, 2);

const valid = idSchema.safeParse(slug);
if (!valid.success) {
  fail(
    `"${slug}" is not a valid slug: it ${valid.error.issues[0]?.message ?? "must be kebab-case"}. It becomes the file content/stories/<slug>.md and the address /stories/<slug>/.\n${USAGE}`,
  );
}

const root = process.cwd();
const file = `content/stories/${slug}.md`;
if (existsSync(join(root, file))) fail(`${file} already exists; choose another slug, or edit that file.`);

const data = storyDataOf(validateData(root).entries);
const [program] = data.programs;
const [figure] = data.figures;
const [source] = data.sources;
if (!program || !figure || !source)
  fail(
    "data/ needs at least one program, figure and source for the template's examples; run npm run check to see what is wrong.",
  );

const title = titleWords.join(" ").trim() || "제목을 적어 주세요";
const values: Record<string, string> = {
  // A JSON string is a valid YAML double-quoted string, whatever the title contains.
  title: JSON.stringify(title),
  date: todayInSeoul(),
  sourceId: source.id,
  programId: program.id,
  figureId: figure.id,
};
const text = readFileSync(join(root, TEMPLATE), "utf8").replace(
  /\{\{(\w+)\}\}/g,
  (whole, key: string) => values[key] ?? whole,
);

// "wx": never overwrite, even if the file appeared since the check above.
writeFileSync(join(root, file), text, { flag: "wx" });
console.log(`new-story: created ${file}
  preview:  npm run dev, then open http://localhost:4321/stories/${slug}/
  check:    npm run check`);
