/**
 * What <chart-island> (./chart-island.ts) needs only once the reader acts, imported on the
 * first view switch or sort, so that d3-transition (with d3-interpolate, d3-ease, d3-timer)
 * and the sorting are no part of what a page loads before the reader touches a chart.
 *
 * The view switch: CSS has already shown the new view when this runs; this only makes the
 * change readable: a mark whose key the old view also drew starts where the old one was and
 * moves to its own place, and a row or mark the old view did not have fades in. Every final
 * value is the mark's own build-time attribute, so an interrupted or skipped animation
 * always ends on the chart the HTML drew.
 *
 * The sort: by a column's numbers where it has any ("1억 3500만 원", "2025년 4월", "69명"),
 * else by its words in the page's language; a value the source does not give ("금액
 * 미공개") last in either direction.
 */
import { select } from "d3-selection";
import { transition } from "d3-transition";

/** The attributes that place a mark on its track, all percentages of the track ("54%"). */
const GEOMETRY = ["x", "width", "cx", "x2"] as const;
/** What moves: the marks, and a dot's stem (it ends at its dot). */
const MOVING = ".chart-mark, .chart-stem";
const DURATION = 300;

// Each element's build-time geometry, read before the island first touches it.
const finals = new WeakMap<Element, Record<string, string>>();

function read(element: Element): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of GEOMETRY) {
    const value = element.getAttribute(name);
    if (value !== null) values[name] = value;
  }
  return values;
}

function final(element: Element): Record<string, string> {
  let values = finals.get(element);
  if (!values) finals.set(element, (values = read(element)));
  return values;
}

function place(element: Element, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) element.setAttribute(name, value);
}

/**
 * A view's moving elements by kind, key and rank: the second segment with one key in a row
 * pairs with the second of the other view, a stem with a stem.
 */
function byKey(view: Element): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const element of view.querySelectorAll(MOVING)) {
    const base = `${element.tagName} ${element.getAttribute("data-key")}`;
    let id = base;
    for (let n = 1; map.has(id); n++) id = `${base} ${n}`;
    map.set(id, element);
  }
  return map;
}

/** Animates the switch from the view that was shown to the one CSS shows now. */
export function switchView(from: Element, to: Element): void {
  const old = byKey(from);
  // Where the reader saw each mark: mid-animation if the last switch had not finished.
  const seen = new Map([...old].map(([id, element]) => [id, read(element)]));
  const rowKeys = new Set([...from.querySelectorAll(".chart-row")].map((row) => row.getAttribute("data-key")));
  // The old view, hidden now, goes back to its own drawing for the next time it shows.
  for (const element of old.values()) {
    select(element).interrupt();
    place(element, final(element));
  }
  for (const row of from.querySelectorAll<HTMLElement | SVGElement>(".chart-row, .chart-mark")) {
    select(row).interrupt();
    row.style.removeProperty("opacity");
  }

  const t = transition().duration(DURATION);
  const fadeIn = (element: Element) =>
    select(element)
      .style("opacity", "0")
      .transition(t)
      .style("opacity", "1")
      .on("end interrupt", function () {
        (this as HTMLElement).style.removeProperty("opacity");
      });

  const newRows = [...to.querySelectorAll(".chart-row")].filter((row) => !rowKeys.has(row.getAttribute("data-key")));
  for (const row of newRows) fadeIn(row);
  for (const [id, element] of byKey(to)) {
    const end = final(element);
    const start = seen.get(id);
    if (!start) {
      // A mark new to a row the old view had; in a new row, the row's fade shows it.
      if (!newRows.includes(element.closest(".chart-row")!)) fadeIn(element);
      continue;
    }
    place(element, start);
    let moving = select(element).transition(t);
    for (const [name, value] of Object.entries(end)) moving = moving.attr(name, value);
    // Interpolated strings may end a rounding error away: the last frame is the HTML's.
    moving.on("end", () => place(element, end));
  }
}

/**
 * A cell's text as numbers to compare, in order ("2025년 4월" → [2025, 4]), or null when it
 * has none ("금액 미공개"). Money is one number: its unit words are the only words read,
 * because "1억 3500만 원" must come out above "8000만 원", which its digits alone would not.
 */
const UNITS: Record<string, number> = { 억: 1e8, 만: 1e4 };
function sortKey(text: string): number[] | null {
  const plain = text.replace(/,/g, "");
  let money = 0;
  for (const [, n, unit] of plain.matchAll(/(\d+(?:\.\d+)?)\s*([억만])/g)) money += Number(n) * UNITS[unit!]!;
  if (money > 0) return [money];
  const numbers = plain.match(/(?<!\d)-?\d+(?:\.\d+)?/g);
  return numbers ? numbers.map(Number) : null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Sorts the table of a column header by that column: ascending, then descending on the next call. */
export function sortBy(th: HTMLTableCellElement): void {
  const table = th.closest("table");
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const up = th.getAttribute("aria-sort") !== "ascending";
  for (const other of table.querySelectorAll("thead th")) other.removeAttribute("aria-sort");
  th.setAttribute("aria-sort", up ? "ascending" : "descending");
  const collator = new Intl.Collator(document.documentElement.lang || undefined);
  const rows = [...body.rows].map((row) => {
    const cell = row.cells[th.cellIndex];
    const text = cell?.textContent?.trim() ?? "";
    // A build-time data-sort wins over the text; a row-header column sorts as words.
    const sort = cell?.getAttribute("data-sort");
    return { row, text, key: cell?.tagName === "TD" ? sortKey(sort ?? text) : null };
  });
  const numeric = rows.some((r) => r.key);
  rows.sort((a, b) => {
    if (numeric && (!a.key || !b.key)) return a.key ? -1 : b.key ? 1 : 0;
    const order = (a.key && b.key && compareKeys(a.key, b.key)) || collator.compare(a.text, b.text);
    return up ? order : -order;
  });
  body.append(...rows.map((r) => r.row));
}
