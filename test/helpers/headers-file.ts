/**
 * A reader for the static-host `_headers` format (Cloudflare Pages semantics): a URL
 * pattern on its own line, then indented `Name: value` lines; every matching rule applies
 * in file order, and an indented `! Name` removes a header an earlier rule set.
 */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`_headers:${index + 1}: a rule must start with a path: ${line}`);
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${index + 1}: a header line before any path`);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (detach) {
      rule.detach.push(detach[1]!.toLowerCase());
      return;
    }
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!header) throw new Error(`_headers:${index + 1}: expected "Name: value" or "! Name": ${line}`);
    rule.set.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(path);
}

/** The headers a host would send for `path`. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, value);
  }
  return headers;
}
