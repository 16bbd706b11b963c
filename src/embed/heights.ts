/**
 * An embed's heights by host column width, known at build time (src/embed/embed-height.ts
 * models them) and carried by the embed codes as one attribute, so the host script can
 * reserve the right height for the column before the frame has loaded (no layout shift):
 *
 *   data-heights="320:1374 375:1331 414:1290 600:1182"
 *
 * Pairs "<width>:<height>" in CSS px, widths ascending, a pair only where the height changes.
 * A column narrower than the first width takes the first height; otherwise the height of the
 * widest listed width not above the column's. Heights fall as columns widen (text wraps
 * less), so between two listed widths this errs tall, never clips.
 *
 * Pure and free of site code: the host script (/embed.js) bundles it.
 */
export interface HeightStep {
  width: number;
  height: number;
}

export type HeightTable = readonly HeightStep[];

/** At most this many steps, and only whole pixels in a sane range, are accepted from a page. */
const MAX_STEPS = 32;
const STEP = /^(\d{3,4}):(\d{2,5})$/;

/** The attribute's text for a table: drops steps that repeat the height before them. */
export function formatHeights(table: HeightTable): string {
  const steps: HeightStep[] = [];
  for (const step of [...table].sort((a, b) => a.width - b.width)) {
    if (!Number.isInteger(step.width) || !Number.isInteger(step.height) || step.width <= 0 || step.height <= 0)
      throw new Error(`formatHeights: ${step.width}:${step.height} is not a pair of whole pixels`);
    if (steps.at(-1)?.height !== step.height) steps.push(step);
  }
  return steps.map((s) => `${s.width}:${s.height}`).join(" ");
}

/**
 * The table an attribute's text describes, or null when it is not exactly one of ours
 * (a host page's attribute is input: anything malformed reserves nothing).
 */
export function parseHeights(text: string | null): HeightTable | null {
  if (text === null) return null;
  const parts = text.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > MAX_STEPS) return null;
  const steps: HeightStep[] = [];
  for (const part of parts) {
    const match = STEP.exec(part);
    if (match === null) return null;
    const width = Number(match[1]);
    const height = Number(match[2]);
    if (height < 80 || height > 10_000) return null;
    if (steps.length > 0 && width <= steps[steps.length - 1]!.width) return null;
    steps.push({ width, height });
  }
  return steps;
}

/** The height to reserve in a column `width` px wide. */
export function heightAt(table: HeightTable, width: number): number {
  let height = table[0]!.height;
  for (const step of table) if (step.width <= width) height = step.height;
  return height;
}
