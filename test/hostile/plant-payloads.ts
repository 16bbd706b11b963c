import { readdirSync } from "node:fs";
import { join } from "node:path";
import { TEXT_LIMITS } from "../../src/schemas/messages.ts";
import type { ProjectCopy } from "../helpers/build-project.ts";
import { PAYLOADS } from "./payloads.ts";

/**
 * JSON keys whose values are not free text (ids, enums, dates, URLs): a payload there
 * would be refused by the schema, which the malformed-input suite already covers.
 */
const NOT_TEXT = new Set([
  "id",
  "sourceIds",
  "ids",
  "type",
  "mark",
  "dataset",
  "field",
  "format",
  "series",
  "facet",
  "group",
  "key",
  "order",
  "table",
  "labelColumn",
  "counter",
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

/**
 * JSON keys whose text the schemas hold to TEXT_LIMITS.name (a name, a prize, a label): a
 * longer payload would be refused for its length, not shown, so these get one that fits.
 */
const SHORT_TEXT = new Set(["name", "prize", "otherFields", "outlet", "reporter", "label"]);

/** Replaces every free-text string in `value` with the next payload; returns the count. */
function poison(value: unknown, next: (max?: number) => string, key = ""): unknown {
  if (typeof value === "string")
    return NOT_TEXT.has(key) ? value : next(SHORT_TEXT.has(key) ? TEXT_LIMITS.name : undefined);
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
  let planted = 0;
  // The next payload that fits in `max` characters; a longer one stays next in line for a
  // field that can hold it.
  const next = (max = Infinity) => {
    planted++;
    const k = [...payloads.keys()].find((k) => payloads[(i + k) % payloads.length]!.length <= max);
    if (k === undefined) return payloads[i++ % payloads.length]!.slice(0, max);
    const payload = payloads[(i + k) % payloads.length]!;
    if (k === 0) i++;
    return payload;
  };
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
      .replace(/^title: .*$/m, `title: ${yamlString(next(TEXT_LIMITS.title))}`)
      .replace(/^dek: .*$/m, `dek: ${yamlString(next())}`)
      .replace(/^byline: .*$/m, `byline: ${yamlString(next(TEXT_LIMITS.name))}`);
    const body = payloads
      .map((p) => `- \`\` ${p} \`\` ${escaped(p)} [링크](https://example.com/ "${p.replace(/"/g, '\\"')}")`)
      .join("\n");
    return `${withFrontmatter}\n\n## 입력 검사\n\n${body}\n`;
  });
  return planted;
}
