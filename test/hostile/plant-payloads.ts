import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { ProjectCopy } from "../helpers/build-project.ts";
import { PAYLOADS } from "./payloads.ts";

/**
 * JSON keys whose values are not free text (ids, enums, dates, URLs): a payload there
 * would be refused by the schema, which the malformed-input suite already covers.
 */
const NOT_TEXT = new Set([
  "id",
  "sourceIds",
  "programIds",
  "type",
  "lifeStage",
  "counts",
  "unit",
  "start",
  "end",
  "heldOn",
  "startedOn",
  "publishedAt",
  "programId",
  "url",
]);

/** Replaces every free-text string in `value` with the next payload; returns the count. */
function poison(value: unknown, next: () => string, key = ""): unknown {
  if (typeof value === "string") return NOT_TEXT.has(key) ? value : next();
  if (Array.isArray(value)) return value.map((item) => poison(item, next, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, next, k)]));
  }
  return value;
}

/**
 * Puts the payloads into every JSON text field (cycling through the list, so every
 * payload lands in several fields) and into the story's frontmatter and body. The body
 * may not hold raw HTML (the policy refuses it), so there the payloads appear as code
 * spans, as backslash-escaped text and inside link titles: places where Markdown could
 * let markup through if it escaped badly. Returns how many fields were poisoned.
 * With harmless `payloads`, it builds the same page structure for a baseline.
 */
export function plantPayloads(copy: ProjectCopy, payloads: readonly string[] = PAYLOADS): number {
  let i = 0;
  const next = () => payloads[i++ % payloads.length]!;
  const files = [
    ...["sources", "awards", "timeline", "contests"].map((name) => `data/${name}.json`),
    ...["programs", "figures"].flatMap((dir) =>
      readdirSync(join(copy.dir, "data", dir)).map((name) => `data/${dir}/${name}`),
    ),
  ];
  for (const file of files) copy.edit(file, (text) => JSON.stringify(poison(JSON.parse(text), next), null, 2));

  const yamlString = (s: string) => JSON.stringify(s);
  const escaped = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!<>&|"':]/g, "\\$&");
  copy.edit("content/stories/goyang-jobs-2025.md", (text) => {
    const withFrontmatter = text
      .replace(/^title: .*$/m, `title: ${yamlString(next())}`)
      .replace(/^dek: .*$/m, `dek: ${yamlString(next())}`)
      .replace(/^byline: .*$/m, `byline: ${yamlString(next())}`);
    const body = payloads
      .map((p) => `- \`\` ${p} \`\` ${escaped(p)} [링크](https://example.com/ "${p.replace(/"/g, '\\"')}")`)
      .join("\n");
    return `${withFrontmatter}\n\n## 입력 검사\n\n${body}\n`;
  });
  return i;
}
