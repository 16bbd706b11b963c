import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { summaryLine } from "../validate/format.ts";
import { compareProblems, isError, type Problem } from "../validate/problem.ts";

/**
 * The page `npm run dev` shows instead of the site while data/ or content/ has a mistake
 * (src/dev/validation-preview.ts): every problem with its place, field, Korean message,
 * hint and English line, and a link that opens the file in the editor through Vite's
 * `/__open-in-editor`. Self-contained (no external resource, no framework), readable at
 * 320 px and without JavaScript; every text from the problems is escaped.
 */
export interface ErrorPageOptions {
  /** Absolute project root: the editor links name `<root>/<problem.file>`. */
  root: string;
  /** An address answering `{ signature }` (the dev middleware's); the page reloads when it changes. */
  statusUrl?: string | undefined;
  /** The signature of these problems, as the status address reports it. */
  signature?: string | undefined;
}

/** The folders editors write; a link never opens anything else (src/, node_modules/…). */
const EDITABLE = ["data", "content"];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Vite's open-in-editor address for a problem, or null when its file is not an editor's file. */
export function openInEditorHref(problem: Problem, root: string): string | null {
  const file = resolve(root, problem.file);
  const inside = relative(root, file);
  if (inside.startsWith("..") || isAbsolute(inside) || !EDITABLE.some((dir) => inside.startsWith(dir + sep)))
    return null;
  const line = Math.max(1, Math.trunc(problem.line) || 1);
  const column = Math.max(1, Math.trunc(problem.column) || 1);
  return `/__open-in-editor?file=${encodeURIComponent(`${join(root, inside)}:${line}:${column}`)}`;
}

function renderProblem(problem: Problem, root: string): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const href = openInEditorHref(problem, root);
  const warning = problem.severity === "warning";
  return `<li class="problem${warning ? " warning" : ""}" data-file="${escapeHtml(problem.file)}">
<p class="where"><code class="place">${escapeHtml(where)}</code>${
    problem.path ? ` <code class="path">${escapeHtml(problem.path)}</code>` : ""
  }${warning ? ` <span class="badge">경고</span>` : ""}</p>
<p class="message">${escapeHtml(problem.message)}</p>
${problem.hint ? `<p class="hint"><strong>고치는 법:</strong> ${escapeHtml(problem.hint)}</p>\n` : ""}<p class="en" lang="en">${escapeHtml(problem.messageEn)}</p>
<p class="meta"><span lang="en">${escapeHtml(problem.ruleId)}</span>${
    problem.refId ? ` · <span>${escapeHtml(problem.refId)}</span>` : ""
  }${href ? ` · <a class="open" href="${escapeHtml(href)}">편집기에서 열기</a>` : ""}</p>
</li>`;
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1d21; --muted: #555b65; --card: #f6f2f2; --line: #b3261e; --warn: #8a5a00; --link: #0a58b5; }
@media (prefers-color-scheme: dark) { :root { --bg: #15171b; --fg: #eceef1; --muted: #b4bac4; --card: #24201f; --line: #ff8a80; --warn: #f0c060; --link: #8cc1ff; } }
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); font-family: system-ui, -apple-system, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", sans-serif; line-height: 1.6; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; overflow-wrap: anywhere; word-break: keep-all; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; line-height: 1.35; margin: 0.5rem 0; }
.lead, .summary, .meta, .en { color: var(--muted); }
ol { list-style: none; padding: 0; margin: 1rem 0; }
.problem { background: var(--card); border-left: 4px solid var(--line); border-radius: 0.35rem; padding: 0.5rem 0.75rem; margin: 0 0 0.75rem; }
.problem.warning { border-left-color: var(--warn); }
.problem p { margin: 0.25rem 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
.place { font-weight: 700; }
.message { font-weight: 600; }
.en, .meta { font-size: 0.9rem; }
.badge { color: var(--warn); font-weight: 700; }
a { color: var(--link); }
`;

/**
 * Reloads once the problems change (fixed, or others), polling the status address: the
 * page stays put while the editor reads it. Without JavaScript the <noscript> refresh
 * reloads every few seconds instead. The editor links fetch in the background, so the
 * page stays. Dev only: the production CSP never sees this page.
 */
function reloadScript(statusUrl: string, signature: string): string {
  return `<script>
(() => {
  const status = ${JSON.stringify(statusUrl).replace(/</g, "\\u003c")};
  const signature = ${JSON.stringify(signature).replace(/</g, "\\u003c")};
  const poll = async () => {
    try {
      const response = await fetch(status, { cache: "no-store" });
      const now = await response.json();
      if (now.signature !== signature) return location.reload();
    } catch {}
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.open") : null;
    if (!link) return;
    event.preventDefault();
    fetch(link.href).catch(() => {});
  });
})();
</script>`;
}

export function renderErrorPage(problems: readonly Problem[], options: ErrorPageOptions): string {
  const sorted = [...problems].sort(compareProblems);
  const errors = sorted.filter(isError).length;
  const title = `미리 보기를 멈췄습니다: 고칠 문제 ${errors}건`;
  return `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${options.statusUrl ? `<noscript><meta http-equiv="refresh" content="3"></noscript>` : ""}
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="lead">data/ 또는 content/ 파일에 잘못된 곳이 있어 페이지 대신 이 목록을 보여 줍니다. 파일을 고쳐 저장하면 페이지가 저절로 돌아옵니다.</p>
<p class="lead" lang="en">The preview is paused: fix the files below and the page comes back by itself.</p>
<ol class="problems">
${sorted.map((problem) => renderProblem(problem, options.root)).join("\n")}
</ol>
<p class="summary">${escapeHtml(summaryLine(sorted))}</p>
</main>
${options.statusUrl ? reloadScript(options.statusUrl, options.signature ?? "") : ""}
</body>
</html>
`;
}
