/**
 * JSON.parse with an editor-facing error: the file, the line and column, and what is
 * wrong. Refuses a byte-order mark, which JSON forbids and which some editors add.
 */
export function parseStrictJson(text: string, file: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new SyntaxError(`${file}:1:1: the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const { line, column } = position ? lineColumn(text, Number(position[1])) : { line: 1, column: 1 };
    throw new SyntaxError(
      `${file}:${line}:${column}: invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`,
    );
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
