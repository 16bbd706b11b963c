/**
 * A strict RFC 4180 reader for the tests, written independently of src/downloads/csv.ts:
 * records end with CRLF (a bare CR or LF outside quotes is an error), a quoted field may
 * hold commas, CRLF and doubled quotes, and a quote inside an unquoted field is an error.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV: ${why} at offset ${i}`);
  };
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== "," && text[i] !== "\r") fail("text after a closing quote");
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (!fieldStart) fail("a quote inside an unquoted field");
      quoted = true;
      fieldStart = false;
      i++;
    } else if (c === ",") {
      record.push(field);
      field = "";
      fieldStart = true;
      i++;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") fail("CR without LF");
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStart = true;
      i += 2;
    } else if (c === "\n") {
      fail("LF without CR");
    } else {
      field += c;
      fieldStart = false;
      i++;
    }
  }
  if (quoted) fail("an unclosed quote");
  if (!fieldStart || field !== "" || record.length > 0) fail("the last record does not end with CRLF");
  return records;
}
