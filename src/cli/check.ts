/**
 * `npm run check`: every mistake in data/ and content/, found in one run by the same
 * validation pipeline the build and the live preview use (src/validate/), printed once
 * each in Korean (with an English line), then a summary; plus, for developers, the type
 * check (`astro check`; skip with --no-types) and the Markdown style of the editors'
 * guide. Exits 1 if there is any error (warnings are shown but pass), 2 for an unknown
 * option. Runs on plain Node: node src/cli/check.ts [--no-types]
 */
import { runCheck } from "./check-run.ts";

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--no-types");
if (unknown.length > 0) {
  console.error(`check: 모르는 옵션 ${unknown.join(" ")} / unknown option; the only option is --no-types`);
  process.exit(2);
}
const { text, exitCode } = await runCheck(process.cwd(), { types: !args.includes("--no-types") });
console.log(text);
process.exit(exitCode);
