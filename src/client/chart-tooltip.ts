/**
 * <chart-tooltip>: the island around a build-time chart SVG. It ships no chart code: the
 * tooltip text was written into each mark's data-tip at build time, in Korean formats.
 * It hydrates when the chart first scrolls into view, then shows a tip on mouse hover,
 * keyboard focus (each mark becomes a Tab stop) and tap; Escape or a tap elsewhere
 * closes it. The tip is absolutely positioned, so opening it never shifts the layout.
 *
 * Accessibility: before hydration the SVG is one `role="img"` (its title and desc, with
 * the data table after it). Once its marks are focusable they must not stay inside an
 * image, whose children are presentational, so the SVG becomes a named `group` and each
 * mark an `img` named by its tip text. The tip only repeats that name on screen, so it is
 * aria-hidden: a screen reader hears the value once, as the focused mark's name.
 */
const MARK = "[data-tip]";

export class ChartTooltip extends HTMLElement {
  #tip: HTMLDivElement | null = null;
  #active: Element | null = null;
  #observer: IntersectionObserver | null = null;

  connectedCallback(): void {
    if (!("IntersectionObserver" in window)) {
      this.#hydrate();
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.#observer?.disconnect();
        this.#hydrate();
      }
    });
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    document.removeEventListener("pointerdown", this.#onDocumentPointerDown);
  }

  #hydrate(): void {
    // An embed with the `static` flag (src/embed/flags.ts) stays a plain image with its table.
    if (this.hasAttribute("data-hydrated") || document.documentElement.hasAttribute("data-static")) return;
    const tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.setAttribute("aria-hidden", "true");
    tip.hidden = true;
    this.append(tip);
    this.#tip = tip;

    this.querySelector("svg")?.setAttribute("role", "group");
    for (const mark of this.querySelectorAll(MARK)) {
      mark.setAttribute("tabindex", "0");
      mark.setAttribute("role", "img");
      mark.setAttribute("aria-label", mark.getAttribute("data-tip") ?? "");
      mark.addEventListener("pointerenter", (e) => {
        if ((e as PointerEvent).pointerType === "mouse") this.#show(mark);
      });
      mark.addEventListener("pointerleave", (e) => {
        if ((e as PointerEvent).pointerType === "mouse") this.#hide();
      });
      mark.addEventListener("focus", () => this.#show(mark));
      mark.addEventListener("blur", () => this.#hide());
      mark.addEventListener("click", () => this.#show(mark));
    }
    this.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.#hide();
    });
    document.addEventListener("pointerdown", this.#onDocumentPointerDown);
    this.setAttribute("data-hydrated", "");
  }

  // A tap outside any mark of this chart closes the tip.
  #onDocumentPointerDown = (e: PointerEvent): void => {
    const target = e.target;
    if (!(target instanceof Element) || !this.contains(target) || !target.closest(MARK)) this.#hide();
  };

  #show(mark: Element): void {
    const tip = this.#tip;
    if (!tip) return;
    this.#active?.removeAttribute("data-active");
    this.#active = mark;
    mark.setAttribute("data-active", "");
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    const box = this.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, target.left - box.left + target.width / 2 - tip.offsetWidth / 2),
      Math.max(0, box.width - tip.offsetWidth),
    );
    const top = Math.max(0, target.top - box.top - tip.offsetHeight - 6);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  #hide(): void {
    if (this.#tip) this.#tip.hidden = true;
    this.#active?.removeAttribute("data-active");
    this.#active = null;
  }
}

if (!customElements.get("chart-tooltip")) customElements.define("chart-tooltip", ChartTooltip);
