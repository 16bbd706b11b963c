import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { escapeHtml, openInEditorHref, renderErrorPage } from "../../src/dev/error-page.ts";
import { isPageRequest, STATUS_PATH, validationMiddleware } from "../../src/dev/validation-preview.ts";
import type { Problem } from "../../src/validate/problem.ts";
import { sampleProblem } from "../helpers/problem.ts";

/** The dev server's error page (src/dev/error-page.ts) and the middleware that serves it. */

const ROOT = "/home/editor/goyang";

const problem = (overrides: Partial<Problem> = {}): Problem => sampleProblem({ refId: "job-school", ...overrides });

function unescape(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => named[name]!);
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a class="open" href="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

describe("renderErrorPage", () => {
  const story = problem({
    file: "content/stories/goyang-jobs-2025.md",
    line: 3,
    column: 10,
    path: "frontmatter.updated",
    ruleId: "schema/date",
    message: "날짜는 2025-12-01처럼 적어야 합니다.",
    messageEn: "frontmatter.updated: expected a date YYYY-MM-DD",
    hint: undefined,
    refId: undefined,
  });
  const html = renderErrorPage([story, problem()], { root: ROOT, statusUrl: STATUS_PATH, signature: "abc" });

  it("is a Korean, self-contained page that fits a small screen", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ko">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|src="|url\(|@import/);
    expect(html).toContain("고칠 문제 2건");
  });

  it("shows every field of every problem", () => {
    for (const p of [story, problem()]) {
      expect(html).toContain(`${p.file}:${p.line}:${p.column}`);
      expect(html).toContain(`<code class="path">${p.path}</code>`);
      expect(html).toContain(escapeHtml(p.message));
      expect(html).toContain(escapeHtml(p.messageEn));
      expect(html).toContain(p.ruleId);
    }
    expect(html).toContain("고치는 법:</strong> 135000000처럼 숫자만 적으세요.");
    expect(html).toContain("job-school</span>");
    // In reading order: content/ before data/.
    expect(html.indexOf("content/stories/goyang-jobs-2025.md:3:10")).toBeLessThan(
      html.indexOf("data/programs/job-school.json:5:15"),
    );
  });

  it("links each problem to its own file, line and column through Vite's open-in-editor", () => {
    expect(hrefs(html)).toEqual([
      `/__open-in-editor?file=${encodeURIComponent(`${ROOT}/content/stories/goyang-jobs-2025.md:3:10`)}`,
      `/__open-in-editor?file=${encodeURIComponent(`${ROOT}/data/programs/job-school.json:5:15`)}`,
    ]);
    expect(html.match(/편집기에서 열기/g)).toHaveLength(2);
  });

  it("never links outside data/ and content/", () => {
    for (const file of [
      "src/schemas/program.ts",
      "../etc/passwd",
      "data/../src/x.ts",
      "/etc/passwd",
      "node_modules/a.js",
    ]) {
      expect(openInEditorHref(problem({ file }), ROOT), file).toBeNull();
    }
    expect(openInEditorHref(problem({ line: 0, column: Number.NaN }), ROOT)).toBe(
      `/__open-in-editor?file=${encodeURIComponent(`${ROOT}/data/programs/job-school.json:1:1`)}`,
    );
  });

  it("escapes every text taken from the problems", () => {
    const evil = '<script>alert("x")</script>&\'';
    const page = renderErrorPage(
      [
        problem({
          file: `data/programs/${evil}.json`,
          path: evil,
          ruleId: evil,
          message: evil,
          messageEn: evil,
          hint: evil,
          refId: evil,
        }),
      ],
      { root: ROOT },
    );
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain('"x")');
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;");
    expect(page).not.toMatch(/<script/); // no status address: no script at all
    // The link stays one attribute, with the file name percent-encoded.
    expect(hrefs(page)[0]).toBe(
      `/__open-in-editor?file=${encodeURIComponent(`${ROOT}/data/programs/${evil}.json:5:15`)}`,
    );
  });

  it("reloads by itself: a polling script, and a refresh without JavaScript", () => {
    expect(html).toContain(JSON.stringify(STATUS_PATH));
    expect(html).toContain('"abc"');
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="3"></noscript>');
  });

  it("marks warnings as such", () => {
    const page = renderErrorPage([problem(), problem({ severity: "warning", line: 9 })], { root: ROOT });
    expect(page).toContain('class="problem warning"');
    expect(page).toContain("고칠 문제 1건");
  });
});

describe("which requests get the check", () => {
  it.each([
    ["GET", "/", "text/html,application/xhtml+xml", true],
    ["GET", "/stories/youth-jobs-2026/", "text/html", true],
    ["GET", "/embed/money-by-program/?dark=1", "*/*", true],
    ["GET", "/goyang/", "text/html", true],
    ["POST", "/", "text/html", false],
    ["GET", "/", "application/json", false],
    ["GET", "/@vite/client", "*/*", false],
    ["GET", "/@id/astro:scripts/page.js", "*/*", false],
    ["GET", "/__open-in-editor?file=/x", "*/*", false],
    ["GET", "/node_modules/.vite/deps/x", "*/*", false],
    ["GET", "/_astro/x", "text/html", false],
    ["GET", "/src/pages/index.astro", "*/*", false],
    ["GET", "/downloads/story.png", "text/html", false],
    ["GET", "/favicon.svg", "text/html", false],
  ])("%s %s (%s) → %s", (method, url, accept, expected) => {
    expect(isPageRequest(method, url, accept)).toBe(expected);
  });

  it("looks past the base path", () => {
    expect(isPageRequest("GET", "/goyang/_astro/x", "text/html", "/goyang/")).toBe(false);
    expect(isPageRequest("GET", "/goyang/stories/a/", "text/html", "/goyang/")).toBe(true);
  });
});

describe("the middleware", () => {
  const root = mkdtempSync(join(tmpdir(), "goyang-dev-"));
  mkdirSync(join(root, "data"));
  mkdirSync(join(root, "content"));
  writeFileSync(join(root, "data", "a.json"), "{}");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  let problems: Problem[] = [problem()];
  let runs = 0;
  const logs: string[] = [];
  const logger = { error: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), info: () => {} };
  const middleware = validationMiddleware({
    root,
    logger,
    validate: async () => {
      runs++;
      return { problems };
    },
  });

  async function request(url: string, accept = "text/html") {
    const answer = { status: 0, body: "", next: false, headers: {} as Record<string, string> };
    const response = {
      statusCode: 200,
      setHeader: (name: string, value: string) => (answer.headers[name.toLowerCase()] = value),
      end(body: string) {
        answer.status = this.statusCode;
        answer.body = body;
      },
    };
    await middleware(
      { method: "GET", url, headers: { accept } } as IncomingMessage,
      response as unknown as ServerResponse,
      () => {
        answer.next = true;
      },
    );
    return answer;
  }

  it("answers a page with 500 and the problems while there is an error, once per change", async () => {
    const first = await request("/");
    expect(first.status).toBe(500);
    expect(first.headers["content-type"]).toContain("text/html");
    expect(first.body).toContain("예산 금액은 원 단위 정수로 적어야 합니다.");
    await request("/stories/x/");
    expect(runs).toBe(1); // cached: nothing changed under data/ or content/
    expect(logs).toEqual([]); // the loaders log the mistake; the middleware does not repeat it
    expect((await request("/_astro/x.js", "*/*")).next).toBe(true);
  });

  it("re-runs the check when a file changes, and serves the site when it passes", async () => {
    problems = [problem({ severity: "warning" })];
    writeFileSync(join(root, "content", "b.md"), "new file");
    const page = await request("/");
    expect(runs).toBe(2);
    expect(page.next).toBe(true);
    const status = await request(STATUS_PATH, "*/*");
    expect(JSON.parse(status.body)).toEqual({ signature: "ok", errors: 0 });
  });

  it("serves the site, with one warning, when the validation itself fails", async () => {
    const failing = validationMiddleware({
      root,
      logger,
      validate: async () => {
        throw new Error("a bug in the pipeline\nat somewhere");
      },
    });
    let passed = 0;
    const response = {} as ServerResponse;
    for (let i = 0; i < 2; i++)
      await failing({ method: "GET", url: "/", headers: { accept: "text/html" } } as IncomingMessage, response, () => {
        passed++;
      });
    expect(passed).toBe(2);
    expect(logs).toEqual(["the validation could not run (a bug in the pipeline); serving the site as it is"]);
  });
});
