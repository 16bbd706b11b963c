import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { storyRemarkPlugins } from "../../src/markdown/story-plugins";
import { checkStoryMarkdown } from "../../src/markdown/check-story";
import { isSafeUrl } from "../../src/markdown/remark-safe-markdown";
import { PAYLOADS } from "../hostile/payloads";

const story = (body: string) => `---\ntitle: t\n---\n\n첫 문단입니다.\n\n${body}\n`;
const BODY_LINE = 7;

describe("the stories' raw-HTML policy: forbidden, with file:line:column", () => {
  const htmlPayloads = PAYLOADS.filter((p) => /<[a-z!/]/i.test(p) && !p.startsWith("&"));

  // CommonMark does not read everything that looks like a tag as HTML ("<svg/onload=...>"
  // is text); such a payload must then come out escaped, as text.
  for (const payload of htmlPayloads) {
    it(`refuses ${JSON.stringify(payload)}, or renders it as inert text`, async () => {
      const problems = await checkStoryMarkdown("content/stories/x.md", story(payload));
      if (problems.length > 0) {
        expect(problems[0]).toMatch(new RegExp(`^content/stories/x\\.md:${BODY_LINE}:\\d+: (raw HTML is not allowed|unsafe link target)`));
      } else {
        const processor = await createMarkdownProcessor({ remarkPlugins: storyRemarkPlugins });
        const { code } = await processor.render(payload);
        expect(code.replace(/<\/?p>/g, "")).not.toMatch(/<[a-z!/]/i);
      }
    });
  }

  it("accepts plain Markdown: emphasis, lists, safe links and images", async () => {
    const body = "**굵게**, _기울임_\n\n- [출처](https://example.com/a?b=1#c)\n- [메일](mailto:desk@example.com)\n- [아래로](#sources)\n- ![그림](./chart.png)";
    expect(await checkStoryMarkdown("content/stories/x.md", story(body))).toEqual([]);
  });

  it("accepts payloads written as code spans and as escaped text", async () => {
    const body = PAYLOADS.map((p) => `\`\` ${p} \`\``).join("\n\n");
    expect(await checkStoryMarkdown("s.md", story(body))).toEqual([]);
  });
});

describe("isSafeUrl", () => {
  const unsafe = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "file:///etc/passwd"];
  const safe = ["https://example.com/", "http://example.com/a", "mailto:a@b.c", "#frag", "./a.png", "../b/", "/c/d", "page/"];
  for (const url of unsafe) it(`isSafeUrl(${JSON.stringify(url)}) is false`, () => expect(isSafeUrl(url)).toBe(false));
  for (const url of safe) it(`isSafeUrl(${JSON.stringify(url)}) is true`, () => expect(isSafeUrl(url)).toBe(true));

  it("refuses an entity-encoded javascript: link target in Markdown", async () => {
    const problems = await checkStoryMarkdown("s.md", story("[x](&#106;avascript:alert(1))"));
    expect(problems).toEqual([expect.stringMatching(/^s\.md:7:1: unsafe link target `javascript:alert\(1\)`/)]);
  });
});
