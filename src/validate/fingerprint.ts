import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The folders the pipeline reads: what editors write. */
const WATCHED = ["data", "content"];

/**
 * Path, size and modification time (ns) of every file under data/ and content/, as one
 * string: equal fingerprints, equal pipeline results. The loaders and the dev server's
 * error page re-run validateProject only when it changes (a save, a new or removed file).
 */
export function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      parts.push(`${dir}:missing`);
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        const info = statSync(path, { bigint: true });
        if (info.isDirectory()) walk(path);
        else parts.push(`${path}:${info.size}:${info.mtimeNs}`);
      } catch {
        parts.push(`${path}:gone`);
      }
    }
  };
  for (const dir of WATCHED) walk(join(root, dir));
  return parts.join("\n");
}
