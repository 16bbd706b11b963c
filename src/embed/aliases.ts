import type { Figure } from "../schemas/figure.ts";

/**
 * A route's static paths with every renamed figure's former ids (`formerIds`) added: each
 * path of a figure again under each former id, with the same props, so /embed/<old>/ and
 * /oembed/<old>.json are built from the figure itself and an old embed code keeps working.
 * Only `params.id` changes, so a route with more params keeps them:
 *   withFormerIds([{ params: { id: "money" }, props }], () => ({ id: "money", formerIds: ["budget"] }))
 *   → [{ params: { id: "money" }, props }, { params: { id: "budget" }, props }]
 * A page tells an alias path by `Astro.params.id !== figure.id`.
 */
export function withFormerIds<T extends { params: { id: string } }>(
  paths: readonly T[],
  figureOf: (path: T) => Pick<Figure, "formerIds">,
): T[] {
  return paths.flatMap((path) => [
    path,
    ...(figureOf(path).formerIds ?? []).map((id) => ({ ...path, params: { ...path.params, id } })),
  ]);
}
