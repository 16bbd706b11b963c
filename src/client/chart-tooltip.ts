/**
 * <chart-tooltip>: the island around a build-time chart SVG. It ships no chart code and no
 * Korean text: what a tip says was written into each mark's data attributes at build time
 * (src/figure/render-figure.ts). It hydrates as soon as its script runs, not on scroll, so
 * every mark is a Tab stop from page load wherever the page is scrolled.
 *
 * Accessibility: as served, the SVG is one `role="img"` named by the figure's visible title
 * (the data table after it has every value). Hydrated, it is a `group` with the same one
 * name whose marks are `img`s named "<program>: <value>" (data-tip); everything else in the
 * SVG is aria-hidden at build time, and the SVG's own <title> goes, so a screen reader
 * hears the title once and each value once. The tip adds what the printed label does not
 * (what a count counts, the note that applies, the source), which the figure's caption and
 * table also say, so it is aria-hidden.
 *
 * Behaviour (WCAG 1.4.13): the tip opens on mouse hover, on keyboard focus and on tap; it
 * stays open while the pointer is over the mark or the tip itself and until the pointer
 * has left both; Escape closes it without moving focus; a tap elsewhere closes it. It is
 * drawn above the mark, never over the next row's label: when there is no room above on
 * screen it scrolls into view (keyboard, touch) or, under a mouse, goes below. Focus and
 * hover show a two-tone ring (text colour outside, background colour inside), so it
 * contrasts with the page and with the mark in both colour schemes. Tip and ring are
 * absolutely positioned and moved by transform: opening them never shifts the layout.
 */
const MARK = "[data-tip]";
const DETAILS = ["data-tip-what", "data-tip-note", "data-tip-source"];
const GAP = 6;
const RING = 4;

const isMouse = (e: Event) => (e as PointerEvent).pointerType === "mouse";

export class ChartTooltip extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #ring: HTMLDivElement | null = null;
  #active: Element | null = null;
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
    const svg = this.querySelector("svg");
    svg?.setAttribute("role", "group");
    svg?.querySelector("title")?.remove();
    this.#ring = this.#layer("chart-ring");
    const tip = (this.#tip = this.#layer("chart-tip"));
    for (const mark of this.querySelectorAll(MARK)) {
      mark.setAttribute("tabindex", "0");
      mark.setAttribute("role", "img");
      mark.setAttribute("aria-label", mark.getAttribute("data-tip") ?? "");
      mark.addEventListener("pointerenter", (e) => isMouse(e) && this.#show(mark, true));
      mark.addEventListener("pointerleave", (e) => isMouse(e) && this.#later());
      // Focus from a press is left to the click that follows, which knows mouse from touch.
      mark.addEventListener("focus", () => {
        if (!this.#pressed) this.#show(mark, false);
        this.#pressed = false;
      });
      mark.addEventListener("blur", () => tip.matches(":hover") || this.#hide());
      mark.addEventListener("click", (e) => this.#show(mark, isMouse(e)));
    }
    tip.addEventListener("pointerenter", () => clearTimeout(this.#timer));
    tip.addEventListener("pointerleave", (e) => isMouse(e) && this.#later());
    this.setAttribute("data-hydrated", "");
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
    tip.replaceChildren();
    for (const name of DETAILS) {
      const text = mark.getAttribute(name);
      if (text) tip.append(Object.assign(document.createElement("p"), { textContent: text }));
    }
    tip.hidden = ring.hidden = false;
    const box = this.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const x = target.left - box.left;
    const y = target.top - box.top;
    // Placed by transform, which never counts as a layout shift, even when a tip moves
    // from one mark to the next while it is open.
    ring.style.transform = `translate(${x - RING}px,${y - RING}px)`;
    ring.style.width = `${target.width + 2 * RING}px`;
    ring.style.height = `${target.height + 2 * RING}px`;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const fits = target.top - height - GAP >= 0;
    const left = Math.min(Math.max(0, x + target.width / 2 - width / 2), Math.max(0, box.width - width));
    tip.style.transform = `translate(${left}px,${mouse && !fits ? y + target.height + GAP : y - height - GAP}px)`;
    if (!mouse && !fits) tip.scrollIntoView({ block: "nearest" });
  }

  #hide(): void {
    clearTimeout(this.#timer);
    if (this.#tip && this.#ring) this.#tip.hidden = this.#ring.hidden = true;
    this.#active = null;
  }
}

if (!customElements.get("chart-tooltip")) customElements.define("chart-tooltip", ChartTooltip);
