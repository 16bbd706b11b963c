/**
 * Every page of the real build is valid HTML by html-validate's recommended rules (the
 * rules relaxed, and why, are in html-validate.config.mjs). The page list is dist/'s .html
 * files, so a new page is covered without editing this test.
 */
import { join } from "node:path";
import { HtmlValidate, type Message } from "html-validate";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "../helpers/built-site.ts";
import config from "./html-validate.config.mjs";

const ERROR = 2;

const site = useBuiltSite();
const validator = new HtmlValidate(config);

interface Found {
  page: string;
  message: Message;
}

const line = ({ page, message: m }: Found) =>
  `${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}${m.selector ? ` (${m.selector})` : ""}`;

async function errorsInBuild(): Promise<Found[]> {
  const { dist, pages } = site();
  const errors: Found[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(dist, page));
    for (const result of report.results) {
      for (const message of result.messages) if (message.severity === ERROR) errors.push({ page, message });
    }
  }
  return errors;
}

describe("html-validate over the built dist/", () => {
  it("finds the pages in the build output", () => {
    expect(site().pages).toContain("index.html");
  });

  it("every built page has 0 errors", async () => {
    const errors = (await errorsInBuild()).map(line);
    expect(errors, `html-validate errors (file:line:column rule message):\n${errors.join("\n")}`).toEqual([]);
  });

  it("the same configuration rejects invalid HTML (the check can fail)", async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="ko"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</div></p></body></html>',
      "planted.html",
    );
    expect(report.valid).toBe(false);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain("no-dup-id");
  });
});
