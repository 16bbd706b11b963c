import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Loader } from "astro/loaders";
import { watchAndReload } from "./watch.ts";

/**
 * One entry per `<base>/*.md`: validated frontmatter and the body, not rendered. Stories
 * are rendered by the page (src/markdown/render-story.ts), with the data their directives
 * need and with errors that fail the build; Astro's glob() loader would render them at
 * sync time without the data and only log a failure.
 */
export function markdownFiles({ base }: { base: string }): Loader {
  return {
    name: "markdown-files",
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const sync = async () => {
        const names = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
        const entries = [];
        for (const name of names) {
          const filePath = relative(root, join(dir, name));
          const source = await readFile(join(dir, name), "utf8");
          let parsed;
          try {
            parsed = parseFrontmatter(source, { frontmatter: "empty-with-lines" });
          } catch (error) {
            const mark = (error as { mark?: { line: number; column: number } }).mark;
            // js-yaml counts lines from 0 inside the frontmatter, which starts on the file's line 2.
            const where = mark ? `${mark.line + 1}:${mark.column + 1}` : "1:1";
            throw new Error(`${filePath}:${where}: invalid frontmatter: ${(error as Error).message.split("\n")[0]}`);
          }
          const id = name.replace(/\.md$/, "");
          const data = await context.parseData({ id, data: parsed.frontmatter, filePath });
          entries.push({ id, data, filePath, body: parsed.content, digest: context.generateDigest(source) });
        }
        context.store.clear();
        for (const entry of entries) context.store.set(entry);
      };
      await sync();
      watchAndReload(context, dir, (changed) => changed.endsWith(".md"), sync);
    },
  };
}
