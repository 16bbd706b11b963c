/** Line and column (1-based) of offsets in one text, from its line starts computed once. */
export interface Place {
  line: number;
  column: number;
}

export function lineIndex(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/**
 * A field path as an editor reads it: ["budget", "amount"] → "budget.amount",
 * [2, "id"] → "[2].id", ["items", 0] → "items[0]".
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}
