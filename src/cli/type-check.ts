import { spawn } from "node:child_process";
import { join } from "node:path";
import type { Problem } from "../validate/problem.ts";

/** A developer's type error: shown with the editors' problems, in English (it is about code). */
function typeProblem(file: string, line: number, column: number, message: string, detail: string[] = []): Problem {
  const text = [message, ...detail].join(" — ");
  return {
    file,
    line,
    column,
    path: "",
    ruleId: "types",
    message: `타입 오류(개발자용): ${text}`,
    messageEn: text,
    severity: "error",
  };
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * `astro check` (TypeScript, strict, over src/ and test/, .astro files included) as a
 * child process. Each error becomes a problem at its file:line:column with astro check's
 * explanation lines; warnings and hints are not problems. Its exit code is trusted: a
 * failure that prints no error line is reported with the end of its output.
 */
export function typeCheck(root: string): Promise<Problem[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "node_modules", "astro", "bin", "astro.mjs"), "check"], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", (error) =>
      resolve([typeProblem("astro check", 1, 1, `could not start astro check: ${error.message}`)]),
    );
    child.on("close", (code) => {
      const problems = parseAstroCheck(output.replace(ANSI, ""));
      if (code !== 0 && problems.length === 0) {
        const tail = output.replace(ANSI, "").trim().split("\n").slice(-15);
        problems.push(
          typeProblem("astro check", 1, 1, `astro check failed (exit code ${code}) without naming a file`, tail),
        );
      }
      resolve(problems);
    });
  });
}

/**
 * astro check prints "src/a.ts:114:31 - error ts(2352): message", then indented lines
 * that explain it, a blank line, and the code excerpt.
 */
export function parseAstroCheck(output: string): Problem[] {
  const problems: Problem[] = [];
  const lines = output.split("\n");
  lines.forEach((line, index) => {
    const match = /^(\S.*?):(\d+):(\d+) - error (ts\(\d+\)|[\w-]+(?:\(\d+\))?): (.*)$/.exec(line);
    if (!match) return;
    const [, file, row, column, code, message] = match as unknown as [string, string, string, string, string, string];
    const detail: string[] = [];
    for (let next = index + 1; next < lines.length && /^ {2}\S/.test(lines[next] as string); next++)
      detail.push((lines[next] as string).trim());
    problems.push(typeProblem(file, Number(row), Number(column), `${message} (${code})`, detail));
  });
  return problems;
}
