import { describe, expect, it } from "vitest";
import { isSafeUrl } from "../../src/markdown/remark-safe-markdown.ts";
import { PAYLOADS } from "../hostile/payloads.ts";
import { BODY_LINE, renderWithData, storyFile } from "../helpers/render-story.ts";

describe("the stories' raw-HTML policy: forbidden, with file:line:column", () => {
  const htmlPayloads = PAYLOADS.filter((p) => /<[a-z!/]/i.test(p) && !p.startsWith("&"));

  // CommonMark does not read everything that looks like a tag as HTML ("<svg/onload=...>"
  // is text); such a payload must then come out escaped, as text.
  for (const payload of htmlPayloads) {
    it(`refuses ${JSON.stringify(payload)}, or renders it as inert text`, async () => {
      const { html, problems } = await renderWithData(storyFile(payload));
      if (problems.length > 0) {
        // Every problem is located; the payload's tags are among them (a "data:text/..."
        // payload also reads as an unknown :text directive, which is an error too).
        for (const problem of problems)
          expect(problem).toMatch(new RegExp(`^content/stories/x\\.md:${BODY_LINE}:\\d+: `));
        expect(
          problems.some((p) => /: (이야기에는 HTML 태그를 쓸 수 없습니다|안전하지 않은 링크 주소입니다)/.test(p)),
        ).toBe(true);
      } else {
        expect(html.replace(/<\/?p>/g, "")).not.toMatch(/<[a-z!/]/i);
      }
    });
  }

  it("accepts plain Markdown: emphasis, lists, safe links and images", async () => {
    const body =
      "**굵게**, _기울임_\n\n- [출처](https://example.com/a?b=1#c)\n- [메일](mailto:desk@example.com)\n- [아래로](#sources)\n- ![그림](./chart.png)";
    expect((await renderWithData(storyFile(body))).problems).toEqual([]);
  });

  it("accepts payloads written as code spans, and shows them as text", async () => {
    const body = PAYLOADS.map((p) => `\`\` ${p} \`\``).join("\n\n");
    const { html, problems } = await renderWithData(storyFile(body));
    expect(problems).toEqual([]);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });
});

describe("isSafeUrl", () => {
  const unsafe = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "file:///etc/passwd",
  ];
  const safe = [
    "https://example.com/",
    "http://example.com/a",
    "mailto:a@b.c",
    "#frag",
    "./a.png",
    "../b/",
    "/c/d",
    "page/",
  ];
  for (const url of unsafe) it(`isSafeUrl(${JSON.stringify(url)}) is false`, () => expect(isSafeUrl(url)).toBe(false));
  for (const url of safe) it(`isSafeUrl(${JSON.stringify(url)}) is true`, () => expect(isSafeUrl(url)).toBe(true));

  it("refuses an entity-encoded javascript: link target in Markdown", async () => {
    const { problems } = await renderWithData(storyFile("[x](&#106;avascript:alert(1))"), "s.md");
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^s\\.md:${BODY_LINE}:1: 안전하지 않은 링크 주소입니다: \`javascript:alert\\(1\\)\``),
      ),
    ]);
  });
});
