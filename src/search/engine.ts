/**
 * The search engine, shared by the build (src/search/indexer.ts writes the index) and the
 * browser (src/client/search.ts loads it): MiniSearch over Korean syllable bigrams
 * (src/search/korean.ts) for candidates and BM25 ranking, then a substring check on each
 * candidate's compact text, so a page matches a word only where the word really is, and
 * snippets with the matches marked. No Node imports: this file is bundled for the browser.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchResult } from "minisearch";
import { compact, indexTerms, isHangul, normalize, queryWords, runs, runTerms, stems } from "./korean.ts";

/** One page as the index holds it: its path (with the base), its <h1>, its <main> text without the <h1>. */
export interface SearchDoc {
  url: string;
  title: string;
  /** Blocks (paragraphs, list items, cells) on lines of their own, other whitespace one space. */
  text: string;
}

/** The file the build writes to dist/search/index.json. */
export interface SearchIndexFile {
  version: typeof INDEX_VERSION;
  engine: AsPlainObject;
}

export const INDEX_VERSION = 1;

/** Where the build writes the index, relative to dist/ and the base (the search page fetches it there). */
export const INDEX_PATH = "search/index.json";

/** A piece of a title or snippet, marked where it is a match. */
export interface Part {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  url: string;
  title: Part[];
  snippet: Part[];
  score: number;
}

export interface SearchAnswer {
  /** The query's words as typed (normalized): "예산은 청년의" → ["예산은", "청년의"]. */
  asked: string[];
  /** The words searched for, a stem where a particle was taken off: "예산은 청년의" → ["예산", "청년"]. */
  words: string[];
  hits: SearchHit[];
}

// Terms arrive from indexTerms already normalized; queries are built term by term below.
const ENGINE_OPTIONS: Options<SearchDoc> = {
  idField: "url",
  fields: ["title", "text"],
  storeFields: ["title", "text"],
  tokenize: (text) => indexTerms(text),
  processTerm: (term) => term,
  searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, combineWith: "AND", boost: { title: 3 } },
};

/** An engine over `docs`, in their order (the order makes the serialized index deterministic). */
export function createEngine(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const engine = new MiniSearch(ENGINE_OPTIONS);
  engine.addAll(docs);
  return engine;
}

export function indexFile(docs: readonly SearchDoc[]): SearchIndexFile {
  return { version: INDEX_VERSION, engine: createEngine(docs).toJSON() };
}

export function loadEngine(file: SearchIndexFile): MiniSearch<SearchDoc> {
  if (file?.version !== INDEX_VERSION)
    throw new Error(`search index version ${String(file?.version)} is not ${INDEX_VERSION}`);
  return MiniSearch.loadJS(file.engine, ENGINE_OPTIONS);
}

/**
 * The index query for one word: all its bigrams (AND), whole Latin or digit runs as
 * prefixes; null when the word has no term to look up (one syllable alone, 억): then
 * every page is a candidate and the substring check decides.
 */
function wordQuery(word: string): Query | null {
  const queries: Query[] = runs(word).flatMap((run): Query[] => {
    if (!isHangul(run[0])) return [{ queries: [run], prefix: true }];
    return run.length === 1 ? [] : runTerms(run);
  });
  return queries.length === 0 ? null : { queries, combineWith: "AND" };
}

interface Stored extends SearchResult {
  title: string;
  text: string;
}

// Each page's compact title and text, made once per page: every word of every query checks them.
const compacted = new Map<string, string>();
const compactOf = (text: string) => {
  let flat = compacted.get(text);
  if (flat === undefined) compacted.set(text, (flat = compact(text).text));
  return flat;
};

const contains = (result: Stored, word: string) =>
  compactOf(result.title).includes(word) || compactOf(result.text).includes(word);

/** The pages that contain every word, best first (score, then path, so ties are stable). */
function matching(engine: MiniSearch<SearchDoc>, words: readonly string[]): Stored[] {
  const queries = words.map(wordQuery).filter((q): q is Query => q !== null);
  const candidates = (
    queries.length === 0 ? engine.search(MiniSearch.wildcard) : engine.search({ queries, combineWith: "AND" })
  ) as Stored[];
  return candidates
    .filter((result) => words.every((word) => contains(result, word)))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The word to search for: the word itself, or its stem without a trailing particle where
 * the stem is on some page (예산은 → 예산, 청년의 → 청년). A stem only ever widens a search
 * (every page with 예산은 has 예산); a noun that merely ends like a particle (창업가) widens
 * to its stem (창업), which is the price of finding 예산 for 예산은.
 */
function searchWord(engine: MiniSearch<SearchDoc>, word: string): string {
  return stems(word).find((stem) => matching(engine, [stem]).length > 0) ?? word;
}

/** Search: every query word must be on the page (in its title or text). An empty query finds nothing. */
export function search(engine: MiniSearch<SearchDoc>, query: string): SearchAnswer {
  const asked = queryWords(query);
  const words = [...new Set(asked.map((word) => searchWord(engine, word)))];
  if (words.length === 0) return { asked, words, hits: [] };
  // Words typed apart match anywhere on the page; pages that have them together, as typed
  // (청년 일자리 → 청년 일자리 or 청년일자리), come first.
  const phrase = compact(normalize(query)).text;
  const together = (result: Stored) => (asked.length > 1 && contains(result, phrase) ? 0 : 1);
  const ranked = matching(engine, words)
    .map((result, rank) => ({ result, rank, together: together(result) }))
    .sort((a, b) => a.together - b.together || a.rank - b.rank)
    .map(({ result }) => result);
  const hits = ranked.map((result) => ({
    url: String(result.id),
    title: marked(result.title, words),
    snippet: snippet(result.text, words),
    score: result.score,
  }));
  return { asked, words, hits };
}

/** Where the words are in `text`, as sorted, merged [start, end) ranges of the text itself. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const { text: flat, at } = compact(text);
  const found: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    for (let i = flat.indexOf(word); i >= 0; i = flat.indexOf(word, i + word.length)) {
      const last = at[i + word.length - 1]!;
      found.push([at[i]!, last + String.fromCodePoint(text.codePointAt(last)!).length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const prev = merged.at(-1);
    if (prev && range[0] <= prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Lines of the stored text read as one snippet: "가\n나" → "가 · 나". */
const flatten = (text: string) => text.replace(/\n/g, " · ");

/** The whole of `text` in parts, the matches marked: marked("청년 일자리", ["청년"]) → [{청년, mark}, {" 일자리"}]. */
export function marked(text: string, words: readonly string[]): Part[] {
  return partsOf(text, matchRanges(text, words), 0, text.length);
}

/** text[from, to) in parts, the ranges marked. */
function partsOf(text: string, ranges: readonly [number, number][], from: number, to: number): Part[] {
  const parts: Part[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    if (s > at) parts.push({ text: flatten(text.slice(at, s)), mark: false });
    parts.push({ text: flatten(text.slice(s, Math.min(end, to))), mark: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: flatten(text.slice(at, to)), mark: false });
  return parts;
}

export const SNIPPET_BEFORE = 30;
export const SNIPPET_LENGTH = 120;

/**
 * About SNIPPET_LENGTH characters of `text` around the first match, cut at spaces, with
 * "…" where it was cut and every match inside marked; the text's opening when the match
 * is only in the title.
 */
export function snippet(text: string, words: readonly string[]): Part[] {
  const ranges = matchRanges(text, words);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - SNIPPET_BEFORE);
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (from > 0) {
    const space = text.slice(from, first).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const space = text.slice(first, to).search(/\s\S*$/);
    if (space > 0) to = first + space;
  }
  const parts = partsOf(text, ranges, from, to);
  if (from > 0) parts.unshift({ text: "…", mark: false });
  if (to < text.length) parts.push({ text: "…", mark: false });
  return parts;
}
