/**
 * An editor's corrections must never turn the tests red: tests own their data. This makes
 * three realistic corrections to data/ in a clone of the committed project (a people
 * count, a budget, a program's name, chosen from the data as it is, so it keeps working
 * after real corrections) and runs the README's test command there. CI runs it
 * (`.ci/run`); by hand: `node test/corrections/run.ts`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();
const dir = join(mkdtempSync(join(tmpdir(), "goyang-corrections-")), "repo");
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, CI: "true" } });

run("git", ["clone", "-q", root, dir], root);
symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");

type Program = { name: string; budget: { amount: number | null }; people: { count: number | null } };
const programsDir = join(dir, "data/programs");
const files = readdirSync(programsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const read = (file: string): Program => JSON.parse(readFileSync(join(programsDir, file), "utf8"));
const write = (file: string, program: Program) =>
  writeFileSync(join(programsDir, file), `${JSON.stringify(program, null, 2)}\n`);

const counted = files.find((f) => read(f).people.count !== null);
const budgeted = files.find((f) => f !== counted && read(f).budget.amount !== null);
const renamed = files.find((f) => f !== counted && f !== budgeted);
if (!counted || !budgeted || !renamed) throw new Error("corrections: data/programs has no count or budget to correct");
const a = read(counted);
a.people.count = (a.people.count ?? 0) + 1;
write(counted, a);
const b = read(budgeted);
b.budget.amount = (b.budget.amount ?? 0) + 5_000_000;
write(budgeted, b);
const c = read(renamed);
c.name = `${c.name.split(" ").reverse().join(" ")} (개편)`;
write(renamed, c);
console.log(`corrections: ${counted} count +1, ${budgeted} budget +5,000,000 won, ${renamed} renamed to "${c.name}"`);

const tests = run("npm", ["test"], dir);
rmSync(join(dir, ".."), { recursive: true, force: true });
console.log(`corrections: npm test ${tests.status === 0 ? "passed" : "FAILED"} after the corrections`);
process.exit(tests.status ?? 1);
