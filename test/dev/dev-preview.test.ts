import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectCopy } from "../helpers/build-project.ts";
import { shellEnvironment } from "../cli/run-cli.ts";

/**
 * The live preview editors rely on (`npm run dev`, docs/editors-guide.md): on a copy of
 * the project, `astro dev` serves the story, and an edit to a data file or to the story's
 * Markdown shows on the page without a restart; a mistake turns the page into the error
 * page of src/dev/validation-preview.ts (status 500, every problem with its file and its
 * Korean message), and the page comes back when it is fixed.
 */
const STORY = "content/stories/goyang-jobs-2025.md";
const POLL_TIMEOUT = 30_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Saves a file of the copy the way most editors do: the whole new text at once (written
 * beside it, then renamed over it). A plain writeFileSync truncates the file first, and
 * the loaders' watchers (src/loaders/) can read it in between, empty or half-written: the
 * reload then fails, no later event retries it, and every few runs the page missed the
 * edit. That race is reported to the loaders' owner; this test checks live reload itself.
 */
function save(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const text = change(readFileSync(path, "utf8"));
  writeFileSync(`${path}.saving`, text);
  renameSync(`${path}.saving`, path);
}

/**
 * The error page (src/dev/error-page.ts), naming `file` in a problem whose message is in
 * Korean. The messages' wording is the validation's (src/validate/); only their language
 * is checked here.
 */
function isErrorPage(html: string, file: string): boolean {
  const problems = html.split('<li class="problem').slice(1);
  return problems.some(
    (item) => item.includes(`data-file="${file}"`) && /<p class="message">[^<]*[가-힣][^<]*<\/p>/.test(item),
  );
}

describe("npm run dev: live preview of content/ and data/", () => {
  const copy = new ProjectCopy().useFixtureSite();
  let server: ChildProcess | undefined;
  let output = "";
  let origin = "";

  /** Fetches / until `test` accepts the response, or fails after POLL_TIMEOUT with the server's log. */
  async function pollPage(what: string, test: (status: number, html: string) => boolean): Promise<string> {
    const deadline = Date.now() + POLL_TIMEOUT;
    let last = "(no response)";
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`${origin}/`, { headers: { accept: "text/html" } });
        const html = await response.text();
        if (test(response.status, html)) return html;
        last = `HTTP ${response.status}, ${html.length} bytes`;
      } catch (error) {
        last = String(error);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(
      `timed out after ${POLL_TIMEOUT / 1000} s waiting for ${what}; last response: ${last}\n--- astro dev output ---\n${output}`,
    );
  }

  beforeAll(async () => {
    const port = await freePort();
    // detached: the server gets its own process group, so afterAll can end it and its children.
    server = spawn(
      process.execPath,
      [join(copy.dir, "node_modules/astro/bin/astro.mjs"), "dev", "--host", "127.0.0.1", "--port", String(port)],
      {
        cwd: copy.dir,
        env: shellEnvironment(),
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    // Astro moves to the next port if this one was taken meanwhile: read the one it printed.
    const deadline = Date.now() + 60_000;
    while (!/http:\/\/127\.0\.0\.1:\d+\//.test(output)) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1]!;
    // The first page view makes Vite bundle the island's dependencies. On a fresh install an
    // edit saved while that runs was sometimes not shown (3 of ~9 runs on 2026-12-01, cause
    // not found; see the issue 9 closing note): the tests edit once the server has settled,
    // i.e. after a page view and 3 s in which the server printed nothing but requests.
    await fetch(`${origin}/`).catch(() => undefined);
    const quiet = () => output.split("\n").filter((line) => line.trim() && !/\[200\] \//.test(line)).length;
    const settleBy = Date.now() + 30_000;
    for (let seen = quiet(), since = Date.now(); Date.now() < settleBy;) {
      await new Promise((r) => setTimeout(r, 250));
      if (quiet() !== seen) [seen, since] = [quiet(), Date.now()];
      else if (Date.now() - since >= 3_000) break;
    }
    await fetch(`${origin}/`).catch(() => undefined);
  }, 120_000);

  afterAll(async () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (server.exitCode === null) {
        try {
          process.kill(-server.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    copy.cleanup();
  });

  it("serves the story with the data's numbers", async () => {
    const html = await pollPage(
      "the page",
      (status, body) => status === 200 && body.includes("고양시 2025년 일자리 사업"),
    );
    expect(html).toContain("1억 3500만 원");
    expect(html).not.toContain("1억 4500만 원");
  }, 60_000);

  it("shows an edit to a data file without a restart", async () => {
    save(copy.dir, "data/programs/job-school.json", (t) => t.replace('"amount": 135000000', '"amount": 145000000'));
    const html = await pollPage("1억 4500만 원", (status, body) => status === 200 && body.includes("1억 4500만 원"));
    expect(html).not.toContain("1억 3500만 원");
  }, 60_000);

  it("shows an edit to the story's Markdown without a restart", async () => {
    save(copy.dir, STORY, (t) => `${t.trimEnd()}\n\n미리 보기에 새로 더한 문장입니다.\n`);
    await pollPage(
      "the new sentence",
      (status, body) => status === 200 && body.includes("미리 보기에 새로 더한 문장입니다."),
    );
  }, 60_000);

  it("shows a mistake as the error page, and the page again once it is fixed", async () => {
    const sentence = "미리 보기에 새로 더한 문장입니다.";
    save(copy.dir, STORY, (t) => t.replace(sentence, "모두 186명이 참여했습니다."));
    try {
      const body = await pollPage("the error page", (status, html) => status === 500 && isErrorPage(html, STORY));
      expect(body).toContain("186명");
      // The terminal says it in one line and points at the page.
      const line = /goyang-jobs-2025\.md:\d+:\d+.*186명.* 브라우저의 오류 페이지에 모두 나옵니다/;
      const deadline = Date.now() + POLL_TIMEOUT;
      while (!line.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(output).toMatch(line);
    } finally {
      save(copy.dir, STORY, (t) => t.replace("모두 186명이 참여했습니다.", sentence));
    }
    await pollPage("the page back", (status, body) => status === 200 && body.includes(sentence));
  }, 90_000);

  it("shows a data file saved half-written as the error page, and the data once it is valid again", async () => {
    const file = "data/programs/job-school.json";
    let valid = "";
    const mark = output.length;
    save(copy.dir, file, (t) => ((valid = t), t.replace('"amount": 145000000,', '"amount": 155000000,,')));
    try {
      await pollPage("the error page", (status, html) => status === 500 && isErrorPage(html, file));
      // The loaders name the file, line and column in the terminal, in one line in all.
      const deadline = Date.now() + POLL_TIMEOUT;
      while (!/\(every problem: the error page in the browser\)/.test(output.slice(mark)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      await new Promise((r) => setTimeout(r, 1_000));
      const lines = output.slice(mark).match(/^.*\(every problem: the error page in the browser\).*$/gm) ?? [];
      expect(lines, output).toHaveLength(1);
      expect(lines[0]).toMatch(/data\/programs\/job-school\.json:\d+:\d+/);
      expect(server?.exitCode ?? null, output).toBeNull();
    } finally {
      save(copy.dir, file, () => valid.replace('"amount": 145000000', '"amount": 165000000'));
    }
    await pollPage("1억 6500만 원", (status, html) => status === 200 && html.includes("1억 6500만 원"));
  }, 60_000);

  /** Each mistake an editor makes, planted in the copy and then undone. */
  const MISTAKES: Array<[what: string, file: string, change: (text: string) => string]> = [
    ["a misspelt key in a program", "data/programs/job-school.json", (t) => t.replace('"budget":', '"budgett":')],
    ["a trailing comma in a JSON file", "data/programs/youth-package.json", (t) => t.replace(/\n\}\s*$/, ",\n}\n")],
    [
      "an amount written 1.35억",
      "data/programs/job-school.json",
      (t) => t.replace(/"amount": \d+/, '"amount": "1.35억"'),
    ],
    ["a date written 2025.12.01", STORY, (t) => t.replace(/^updated: .*$/m, "updated: 2025.12.01")],
    ["a story without byline", STORY, (t) => t.replace(/^byline: .*\n/m, "")],
    [
      "a count of an unknown kind",
      "data/programs/job-school.json",
      (t) => t.replace('"counts": "enrolled"', '"counts": "enroled"'),
    ],
    ["an unknown id in a directive", STORY, (t) => t.replace(":num[job-school.budget]", ":num[job-schol.budget]")],
  ];

  it.each(MISTAKES)(
    "%s (%s) turns the page into the error page until it is fixed",
    async (_what, file, change) => {
      const original = readFileSync(join(copy.dir, file), "utf8");
      const changed = change(original);
      expect(changed, "the mistake was planted").not.toBe(original);
      save(copy.dir, file, () => changed);
      try {
        const html = await pollPage(
          `the error page for ${file}`,
          (status, body) => status === 500 && isErrorPage(body, file),
        );
        expect(html).toContain('<html lang="ko">');
        // "편집기에서 열기" opens the editor's own file in the copy, at the problem's line and column.
        expect(html).toContain(`/__open-in-editor?file=${encodeURIComponent(`${join(copy.dir, file)}:`)}`);
      } finally {
        save(copy.dir, file, () => original);
      }
      await pollPage("the page back", (status, body) => status === 200 && body.includes("고양시 2025년 일자리 사업"));
    },
    60_000,
  );
});
