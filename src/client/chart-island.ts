/**
 * <chart-island>: the island around a build-time chart (src/figure/chart-html.ts). It ships
 * no chart code and no text of its own: what a tip says was written into each mark's data
 * attributes at build time, and the figure's views, legend and table are already in the
 * HTML. It hydrates as soon as its script runs, not on scroll, so every mark is a Tab stop
 * from page load wherever the page is scrolled.
 *
 * Accessibility: as served, each view is one `role="img"` named by the figure's visible
 * title (the data table after it has every value). Hydrated, each view is a `group` with the
 * same one name whose marks are `img`s named "<program>: <value>" (data-tip); the printed
 * labels are aria-hidden at build time, so a screen reader hears the title once and each
 * value once. Only the shown view's marks are Tab stops: a hidden view's marks are not
 * rendered, and a Tab stop there would lead nowhere. The tip adds what the printed label
 * does not (data-tip-details: what a count counts, the note that applies, the source),
 * which the figure's caption and table also say, so it is aria-hidden.
 *
 * Tips (WCAG 1.4.13): a tip opens on mouse hover, on keyboard focus and on tap; it stays
 * open while the pointer is over the mark or the tip itself and until the pointer has left
 * both; Escape closes it without moving focus; a tap elsewhere closes it. It is drawn above
 * the mark, never over the next row's label: when there is no room above on screen it
 * scrolls into view (keyboard, touch) or, under a mouse, goes below. Focus and hover show a
 * two-tone ring (text colour outside, background colour inside), so it contrasts with the
 * page and with the mark in both colour schemes. Tip and ring are absolutely positioned and
 * moved by transform: opening them never shifts the layout.
 *
 * Views: the figure's radio group switches views by CSS alone (src/styles/global.css); the
 * island moves the Tab stops to the shown view and animates the switch with
 * ./chart-views.ts, which it imports on the first switch or sort (or when the pointer or
 * focus reaches the control or the table's header), so d3-transition and the sorting are not
 * part of what a page loads up front. Under `prefers-reduced-motion: reduce` the switch
 * stays instant and needs no module.
 *
 * Linked highlighting: a hovered or focused mark highlights its chart row and the table's
 * row of the same key; a hovered table row highlights the marks of its key. Each column
 * header of the table gets a sort button (aria-sort on its th): a click sorts the rows by
 * that column, ascending then descending (the sorting itself is in ./chart-views.ts).
 */
import { select, selectAll } from "d3-selection";

type Views = typeof import("./chart-views.ts");

const MARK = ".chart-mark";
const LIT = "is-highlighted";
const GAP = 6;
const RING = 4;

const isMouse = (e: Event) => (e as PointerEvent).pointerType === "mouse";
const still = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

// One lazy module for every chart of the page; a failed fetch is retried on the next use.
let pending: Promise<Views | null> | undefined;
let views: Views | undefined;
function loadViews(): Promise<Views | null> {
  pending ??= import("./chart-views.ts").then(
    (m) => (views = m),
    () => {
      pending = undefined;
      return null;
    },
  );
  return pending;
}

export class ChartIsland extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #ring: HTMLDivElement | null = null;
  #active: Element | null = null;
  #view: Element | null = null;
  #lit: Element[] = [];
  #pressed = false;
  #timer = 0;

  connectedCallback(): void {
    // An embed with the `static` flag (src/embed/flags.ts) stays a plain image with its table.
    if (document.documentElement.hasAttribute("data-static")) return;
    if (!this.hasAttribute("data-hydrated")) this.#hydrate();
    document.addEventListener("pointerdown", this.#onPointerDown);
    document.addEventListener("keydown", this.#onKeyDown);
    addEventListener("resize", this.#onResize);
  }

  disconnectedCallback(): void {
    document.removeEventListener("pointerdown", this.#onPointerDown);
    document.removeEventListener("keydown", this.#onKeyDown);
    removeEventListener("resize", this.#onResize);
  }

  #layer(className: string): HTMLDivElement {
    const div = document.createElement("div");
    div.className = className;
    div.setAttribute("aria-hidden", "true");
    div.hidden = true;
    this.append(div);
    return div;
  }

  #hydrate(): void {
    const figure = this.closest("figure");
    const island = select<HTMLElement, unknown>(this);
    island.selectAll(".chart-view").attr("role", "group");
    // A track or glyph SVG is only a drawing surface: unnamed, it would be one more "image".
    island.selectAll(".chart-track, .chart-glyph").attr("role", "none");
    island
      .selectAll<Element, unknown>(MARK)
      .attr("role", "img")
      .attr("aria-label", function () {
        return this.getAttribute("data-tip");
      });
    this.#ring = this.#layer("chart-ring");
    const tip = (this.#tip = this.#layer("chart-tip"));
    this.#setView(this.#checked());

    // Delegated, so one set of listeners serves every view's marks.
    const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest(MARK) : null);
    island
      .on("pointerover", (e) => {
        const mark = markOf(e);
        if (mark && isMouse(e)) this.#show(mark, true);
        else if (tip.contains(e.target as Node)) clearTimeout(this.#timer);
      })
      .on("pointerout", (e) => {
        const to = e.relatedTarget as Node | null;
        // Moving onto the tip, or within it, is not leaving.
        if (!isMouse(e) || (to && tip.contains(to))) return;
        if (markOf(e) || tip.contains(e.target as Node)) this.#later();
      })
      // Focus from a press is left to the click that follows, which knows mouse from touch.
      .on("focusin", (e) => {
        const mark = markOf(e);
        if (mark && !this.#pressed) this.#show(mark, false);
        this.#pressed = false;
        if (mark) this.#announce("chart:focus", { key: mark.getAttribute("data-key") ?? "" });
      })
      .on("focusout", (e) => {
        if (markOf(e) && !tip.matches(":hover")) this.#hide();
      })
      .on("click", (e) => {
        const mark = markOf(e);
        if (mark) this.#show(mark, isMouse(e));
      });

    if (figure) {
      select(figure.querySelector(".chart-views"))
        .on("change", () => this.#onChange())
        // Fetched before the first switch where the reader heads for the control; never
        // where motion is reduced, which switches without it.
        .on("pointerenter focusin", () => still() || void loadViews());
      const table = figure.querySelector("table");
      if (table) this.#linkTable(table);
    }
    this.setAttribute("data-hydrated", "");
  }

  /** The view the checked radio shows (CSS does the showing), or the first. */
  #checked(): Element | null {
    const value = this.closest("figure")?.querySelector<HTMLInputElement>(".chart-views input:checked")?.value;
    const all = [...this.querySelectorAll(".chart-view")];
    return all.find((v) => v.getAttribute("data-view") === value) ?? all[0] ?? null;
  }

  #setView(view: Element | null): void {
    this.#view = view;
    select(this)
      .selectAll<Element, unknown>(MARK)
      .attr("tabindex", function () {
        return view?.contains(this) ? "0" : null;
      });
  }

  #onChange(): void {
    const from = this.#view;
    const to = this.#checked();
    if (!to || to === from) return;
    this.#hide();
    this.#setView(to);
    this.#announce("chart:view", { view: to.getAttribute("data-view") ?? "" });
    if (!from || still()) return;
    if (views) views.switchView(from, to);
    // Not fetched yet (a switch before any pointer or focus reached the control): animate
    // once it arrives, unless the reader has switched again meanwhile.
    else void loadViews().then((m) => this.#view === to && m?.switchView(from, to));
  }

  /**
   * Tells the page what the reader did (a bubbling event on the island; the embed page
   * passes it on to its host, src/embed/embed-page.ts). It carries the figure and a view id or
   * a mark's key, never what the reader typed.
   */
  #announce(type: "chart:view" | "chart:focus", detail: { view: string } | { key: string }): void {
    const figure = this.getAttribute("data-figure") ?? "";
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail: { figure, ...detail } }));
  }

  #highlight(elements: Iterable<Element>): void {
    selectAll(this.#lit).classed(LIT, false);
    selectAll((this.#lit = [...elements])).classed(LIT, true);
  }

  /** The elements of `root` matching `selector` whose data-key is `key`. */
  #keyed(key: string | null, root: ParentNode | null, selector: string): Element[] {
    return key && root ? [...root.querySelectorAll(`${selector}[data-key="${CSS.escape(key)}"]`)] : [];
  }

  /** Table rows light up the marks of their key; column headers become sort buttons. */
  #linkTable(table: HTMLTableElement): void {
    const body = table.tBodies[0];
    if (!body) return;
    select(body)
      .on("pointerover", (e) => {
        const row = (e.target as Element).closest("tr");
        this.#highlight([...this.#keyed(row?.getAttribute("data-key") ?? null, this, MARK), ...(row ? [row] : [])]);
      })
      .on("pointerleave", () => this.#highlight([]));
    for (const th of table.querySelectorAll<HTMLTableCellElement>("thead th[scope=col]")) {
      // The header's own text stays where it is (print.css hides buttons, and paper needs
      // the header); the button lies over the cell and says the same, so the column's name
      // is read once, from the button.
      const text = document.createElement("span");
      text.setAttribute("aria-hidden", "true");
      text.append(...th.childNodes);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "chart-sort";
      button.setAttribute("aria-label", text.textContent?.trim() ?? "");
      th.append(text, button);
      // Sorting is code no reader needs before a click: it lives in the lazy module.
      button.addEventListener("click", () => void loadViews().then((m) => m?.sortBy(th)));
    }
    // Fetched as the reader reaches for a header, so the first sort is not kept waiting.
    select(table.tHead).on("pointerenter focusin", () => void loadViews());
  }

  // A press on one of this chart's marks or on its tip keeps the tip; anywhere else closes it.
  #onPointerDown = (e: PointerEvent): void => {
    const target = e.target;
    if (!(target instanceof Element) || !this.contains(target)) this.#hide();
    else if (target.closest(MARK)) this.#pressed = true;
    else if (!this.#tip?.contains(target)) this.#hide();
  };

  // Escape closes the tip and leaves focus where it is, with its ring on a focused mark.
  #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== "Escape" || !this.#tip || this.#tip.hidden) return;
    this.#tip.hidden = true;
    if (document.activeElement !== this.#active) this.#hide();
  };

  #onResize = (): void => {
    if (this.#active && !this.#tip?.hidden) this.#show(this.#active, true);
  };

  // The pointer may cross the gap between mark and tip: leaving either closes a moment later.
  #later(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#hide(), 300);
  }

  #show(mark: Element, mouse: boolean): void {
    const tip = this.#tip;
    const ring = this.#ring;
    if (!tip || !ring) return;
    clearTimeout(this.#timer);
    this.#active = mark;
    const row = mark.closest(".chart-row");
    this.#highlight([
      ...(row ? [row] : []),
      ...this.#keyed(mark.getAttribute("data-key"), this.closest("figure"), "tr"),
    ]);
    let lines: unknown = [];
    try {
      lines = JSON.parse(mark.getAttribute("data-tip-details") ?? "[]");
    } catch {
      // A malformed attribute leaves the tip empty; the mark keeps its name and ring.
    }
    tip.replaceChildren(
      ...(Array.isArray(lines) ? lines : []).map((line) =>
        Object.assign(document.createElement("p"), { textContent: String(line) }),
      ),
    );
    ring.hidden = false;
    // A mark with nothing to add gets its ring but no empty box.
    tip.hidden = tip.childElementCount === 0;
    const box = this.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const x = target.left - box.left;
    const y = target.top - box.top;
    // Placed by transform, which never counts as a layout shift, even when a tip moves
    // from one mark to the next while it is open.
    ring.style.transform = `translate(${x - RING}px,${y - RING}px)`;
    ring.style.width = `${target.width + 2 * RING}px`;
    ring.style.height = `${target.height + 2 * RING}px`;
    // Focus scrolls only the mark into view; at the screen's edge its ring would be cut off.
    if (!mouse) ring.scrollIntoView({ block: "nearest", inline: "nearest" });
    if (tip.hidden) return;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const fits = target.top - height - GAP >= 0;
    // Above the mark, scrolled into view where the screen has no room; below it only for a
    // mouse, or where the page itself has no room above (a short embed's first rows).
    const pageRoom = target.top + window.scrollY - height - GAP >= 0;
    const below = !fits && (mouse || !pageRoom);
    const left = Math.min(Math.max(0, x + target.width / 2 - width / 2), Math.max(0, box.width - width));
    tip.style.transform = `translate(${left}px,${below ? y + target.height + GAP : y - height - GAP}px)`;
    if (!mouse && !fits) tip.scrollIntoView({ block: "nearest" });
  }

  #hide(): void {
    clearTimeout(this.#timer);
    if (this.#tip && this.#ring) this.#tip.hidden = this.#ring.hidden = true;
    this.#active = null;
    this.#highlight([]);
  }
}

if (!customElements.get("chart-island")) customElements.define("chart-island", ChartIsland);
