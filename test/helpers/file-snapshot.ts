import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * A snapshot in a file of its own, compared as text. On a mismatch the new output is
 * written beside it as `<name>-changed.<ext>` (as Plot's tests do), so a reviewer can diff
 * the two files or open both; `UPDATE_SNAPSHOTS=1 npm test` (or `npm test -- -u`) accepts
 * the new output. A missing snapshot is written on a developer's machine, and fails under CI.
 */
export function matchFileSnapshot(actual: string, path: string): { pass: boolean; message: string } {
  const changed = path.replace(/(\.[a-z]+)$/, "-changed$1");
  const update =
    process.env["UPDATE_SNAPSHOTS"] === "1" || process.argv.includes("-u") || process.argv.includes("--update");
  if (!existsSync(path) && process.env["CI"] && !update) {
    writeFileSync(changed, actual);
    return { pass: false, message: `${path} is missing (CI writes no new snapshot): the output is in ${changed}` };
  }
  if (update || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return { pass: true, message: "" };
  }
  if (readFileSync(path, "utf8") === actual) {
    rmSync(changed, { force: true });
    return { pass: true, message: "" };
  }
  writeFileSync(changed, actual);
  return {
    pass: false,
    message: `${path} differs: the new output is in ${changed} (accept it with UPDATE_SNAPSHOTS=1)`,
  };
}

/** An HTML fragment made stable and diff-friendly: one tag per line. */
export function normalizeHtml(html: string): string {
  return html.replace(/>\s*</g, ">\n<").trim().concat("\n");
}
