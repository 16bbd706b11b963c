import type { z } from "astro/zod";

/**
 * One line per schema problem, naming the file and the field path as an editor reads it:
 * "data/programs/job-school.json: budget.amount: must be a whole number of won".
 */
export function formatSchemaIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.reduce<string>(
      (path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
      "",
    );
    return `${file}: ${field || "(whole file)"}: ${issue.message}`;
  });
}
