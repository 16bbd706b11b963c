import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkPresetLintRecommended from "remark-preset-lint-recommended";
import { unified } from "unified";
import { VFile } from "vfile";
import type { Problem } from "./problem.ts";

/** remark-lint's recommended rules, in Korean. The English reason stays as the second line. */
const RULES_KO: Record<string, [string, string]> = {
  "final-newline": ["파일 끝에 빈 줄이 없습니다.", "마지막 줄 끝에서 Enter를 한 번 치세요."],
  "list-item-bullet-indent": ["목록 기호 앞에 빈칸이 있습니다.", "줄 앞의 빈칸을 지우세요."],
  "list-item-indent": ["목록 기호 뒤의 빈칸 수가 맞지 않습니다.", '"- "처럼 기호 뒤에 빈칸을 하나만 두세요.'],
  "no-blockquote-without-marker": ["인용문의 한 줄에 > 표시가 빠졌습니다.", "인용문의 모든 줄 앞에 >를 두세요."],
  "no-literal-urls": ["주소를 그대로 적었습니다.", "<https://…> 또는 [글](https://…)로 적으세요."],
  "ordered-list-marker-style": ["번호 목록의 표시가 섞여 있습니다.", "1. 2. 3.처럼 점으로 통일하세요."],
  "hard-break-spaces": ["줄 끝에 빈칸이 너무 많습니다.", "줄 끝의 빈칸을 지우세요."],
  "no-duplicate-definitions": ["같은 링크 정의가 두 번 있습니다.", "하나를 지우세요."],
  "no-heading-content-indent": ["제목 기호(#) 뒤의 빈칸이 맞지 않습니다.", '"## 제목"처럼 빈칸을 하나만 두세요.'],
  "no-shortcut-reference-image": ["그림 참조가 완전하지 않습니다.", "![설명][이름]처럼 적으세요."],
  "no-shortcut-reference-link": [
    "대괄호 [ ]가 링크처럼 읽힙니다.",
    "링크가 아니면 \\[처럼 앞에 역슬래시를 붙이세요. 지시어라면 쌍점(:)이 반각인지 확인하세요.",
  ],
  "no-undefined-references": [
    "정의되지 않은 링크 참조입니다.",
    "링크가 아니면 \\[처럼 적고, 지시어라면 :num[…]처럼 쌍점이 반각인지 확인하세요.",
  ],
  "no-unused-definitions": ["쓰이지 않은 링크 정의가 있습니다.", "지우세요."],
};

/**
 * Markdown style by remark-lint's recommended preset, parsed the way the site parses
 * (GFM, frontmatter, our directives). Style is a warning: shown everywhere problems are
 * shown, but it never stops a build.
 */
export async function lintMarkdownFile(file: string, text: string): Promise<Problem[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkDirective)
    .use(remarkPresetLintRecommended);
  const vfile = new VFile({ path: file, value: text });
  await processor.run(processor.parse(vfile), vfile);
  return vfile.messages.map((message) => {
    const rule = message.ruleId ?? "remark-lint";
    const [ko, hint] = RULES_KO[rule] ?? ["마크다운 모양이 권장 방식과 다릅니다.", undefined];
    return {
      file,
      line: message.line ?? 1,
      column: message.column ?? 1,
      path: "",
      ruleId: `lint/${rule}`,
      message: ko,
      messageEn: `${message.reason} (${rule})`,
      hint,
      severity: "warning" as const,
    };
  });
}
