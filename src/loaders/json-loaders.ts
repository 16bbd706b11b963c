import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { parseStrictJson } from "./strict-json.ts";
import { watchAndReload } from "./watch.ts";

/**
 * Astro's own file() and glob() loaders only log a JSON file they cannot read and go on
 * with the collection silently empty. These loaders throw instead, so the build stops
 * with the file, the line and the reason. Schema validation is Astro's (parseData), so
 * its messages name the file and the field path.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One entry per `<base>/*.json` file; the file name is the id. */
export function jsonFiles({ base }: { base: string }): Loader {
  return {
    name: "json-files",
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const sync = async () => {
        const names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
        if (names.length === 0) throw new Error(`${base}/: no .json files found`);
        const entries = [];
        for (const name of names) {
          const filePath = relative(root, join(dir, name));
          const raw = parseStrictJson(await readFile(join(dir, name), "utf8"), filePath);
          if (!isRecord(raw)) throw new Error(`${filePath}: (whole file): expected one JSON object {...}`);
          const id = name.replace(/\.json$/, "");
          entries.push({ id, filePath, data: await context.parseData({ id, data: raw, filePath }), raw });
        }
        context.store.clear();
        for (const { id, filePath, data, raw } of entries) {
          context.store.set({ id, data, filePath, digest: context.generateDigest(raw) });
        }
      };
      await sync();
      watchAndReload(context, dir, (changed) => changed.endsWith(".json"), sync);
    },
  };
}

/** A JSON file holding an array of objects, each with a unique string `id`. */
export function jsonList({ file }: { file: string }): Loader {
  return {
    name: "json-list",
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const path = join(root, file);
      const sync = async () => {
        const raw = parseStrictJson(await readFile(path, "utf8"), file);
        if (!Array.isArray(raw)) throw new Error(`${file}: (whole file): expected a JSON array [...] of entries`);
        if (raw.length === 0) throw new Error(`${file}: (whole file): the list is empty; add at least one entry`);
        const seen = new Map<string, number>();
        const entries = [];
        for (const [index, item] of raw.entries()) {
          if (!isRecord(item)) throw new Error(`${file}: [${index}]: expected an object {...}`);
          const id = item["id"];
          if (typeof id !== "string" || id === "")
            throw new Error(`${file}: [${index}].id: every entry needs a string id`);
          const first = seen.get(id);
          if (first !== undefined)
            throw new Error(`${file}: [${index}].id: duplicate id "${id}" (already used by [${first}])`);
          seen.set(id, index);
          entries.push({ id, data: await context.parseData({ id, data: item, filePath: file }), item });
        }
        context.store.clear();
        for (const { id, data, item } of entries) {
          context.store.set({ id, data, filePath: file, digest: context.generateDigest(item) });
        }
      };
      await sync();
      watchAndReload(context, path, (changed) => changed === path, sync);
    },
  };
}
