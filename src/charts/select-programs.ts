import type { Figure } from "../schemas/figure.ts";
import type { Program } from "../schemas/program.ts";
import type { ChartData } from "./types.ts";

/** The figure's programs in the figure's order; an unknown id is an error, never a dropped row. */
export function selectPrograms(figure: Figure, data: ChartData): Program[] {
  return figure.data.programIds.map((id, i) => {
    const program = data.programs.find((p) => p.id === id);
    if (!program) {
      const valid = data.programs.map((p) => p.id).join(", ");
      throw new Error(`figure ${figure.id}: data.programIds[${i}]: unknown program id "${id}"; valid ids: ${valid}`);
    }
    return program;
  });
}
