/**
 * The search page's script (/search/), bundled by Astro and hashed for the CSP. It reads
 * ?q= (the form is a plain GET form), and only when there is a query loads the engine (a
 * chunk of its own: MiniSearch and the Korean tokenizer, src/search/engine.ts) and the
 * index (same origin, the path in data-search-index), then lists the matching pages with
 * their snippet, the matches in <mark>. The count, or that nothing matched, is said in the
 * page's role=status region. Everything is built with DOM calls: no innerHTML, no styles.
 */
import type { Part, SearchAnswer } from "../search/engine.ts";

const root = document.querySelector<HTMLElement>("[data-search-index]");
const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
const status = root?.querySelector<HTMLElement>(".search-status");
const note = root?.querySelector<HTMLElement>(".search-note");
const list = root?.querySelector<HTMLOListElement>(".search-results");

function parts(target: HTMLElement, pieces: readonly Part[]): void {
  for (const piece of pieces) {
    if (!piece.mark) target.append(piece.text);
    else {
      const mark = document.createElement("mark");
      mark.textContent = piece.text;
      target.append(mark);
    }
  }
}

function show(query: string, answer: SearchAnswer): void {
  if (!status || !note || !list) return;
  list.replaceChildren(
    ...answer.hits.map((hit) => {
      const item = document.createElement("li");
      item.className = "search-hit";
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = hit.url;
      parts(link, hit.title);
      heading.append(link);
      const path = document.createElement("p");
      path.className = "search-path";
      path.textContent = decodeURI(hit.url);
      const snippet = document.createElement("p");
      snippet.className = "search-snippet";
      parts(snippet, hit.snippet);
      item.append(heading, path, snippet);
      return item;
    }),
  );
  list.hidden = answer.hits.length === 0;
  const stemmed = answer.words.join(" ") !== answer.asked.join(" ");
  note.hidden = !stemmed || answer.hits.length === 0;
  note.textContent = stemmed ? `조사를 떼고 찾았습니다: ${answer.words.join(", ")}` : "";
  status.textContent =
    answer.hits.length > 0
      ? `‘${query}’ 검색 결과 ${answer.hits.length}건`
      : `‘${query}’에 맞는 결과가 없습니다. 다른 낱말로 찾아 보세요.`;
}

async function run(query: string): Promise<void> {
  if (!root || !status) return;
  status.textContent = "찾는 중입니다…";
  try {
    const [engine, file] = await Promise.all([
      import("../search/engine.ts"),
      fetch(root.dataset["searchIndex"] ?? "", { credentials: "same-origin" }).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      }),
    ]);
    show(query, engine.search(engine.loadEngine(file), query));
  } catch {
    status.textContent = "검색 색인을 불러오지 못했습니다. 잠시 뒤에 다시 해 보세요.";
  }
}

const query = (new URLSearchParams(location.search).get("q") ?? "").trim();
if (input) input.value = query;
if (query) {
  document.title = `${query} · ${document.title}`;
  void run(query);
}
