import { readFileSync } from "node:fs";
import { join } from "node:path";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkPresetLintRecommended from "remark-preset-lint-recommended";
import { unified } from "unified";
import { VFile } from "vfile";
import type { Problem } from "./problems.ts";

/**
 * remark-lint with remark-preset-lint-recommended, parsing the way the site does (GFM,
 * YAML frontmatter, the story directives, so `:num[…]` is not read as a link reference).
 * Every message is a problem: "file:line:column: message (rule)".
 */
export async function lintMarkdown(root: string, files: readonly string[]): Promise<Problem[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkDirective)
    .use(remarkPresetLintRecommended);
  const problems: Problem[] = [];
  for (const path of files) {
    const file = new VFile({ path, value: readFileSync(join(root, path), "utf8") });
    await processor.run(processor.parse(file), file);
    for (const message of file.messages) {
      problems.push({
        file: path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        message: `${message.reason} (${message.ruleId ?? message.source ?? "remark-lint"})`,
      });
    }
  }
  return problems;
}
