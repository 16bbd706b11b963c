import { describe, expect, it } from "vitest";
import { BOM, csvField, toCsv } from "../../src/downloads/csv.ts";
import { figureCsv } from "../../src/downloads/figure-csv.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import type { Program } from "../../src/schemas/program.ts";
import { parseCsv } from "./rfc4180.ts";

describe("the CSV writer (RFC 4180, Excel-safe)", () => {
  it("quotes a field with a comma, a double quote, CR or LF, and doubles inner quotes", () => {
    expect(csvField("고양시, 일산")).toBe('"고양시, 일산"');
    expect(csvField('이른바 "3관왕"')).toBe('"이른바 ""3관왕"""');
    expect(csvField("첫 줄\n둘째 줄")).toBe('"첫 줄\n둘째 줄"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("그냥 글자")).toBe("그냥 글자");
  });

  it("writes numbers as numbers (no apostrophe for a negative), an unknown as an empty cell, never 0", () => {
    expect(csvField(1300000000)).toBe("1300000000");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(0)).toBe("0");
    expect(csvField(null)).toBe("");
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
    expect(() => csvField(Infinity)).toThrow(/finite/);
  });

  it("defuses formula injection: text starting with = + - @ (or tab, CR) gets a leading apostrophe", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe('"\'\r=1"');
    expect(csvField("a=1")).toBe("a=1");
  });

  it("writes a file: BOM, CRLF after every record, and it reads back cell for cell", () => {
    const columns = ["사업명", "예산(원)", "메모"];
    const rows = [
      ["쉼표, 있는 이름", 135000000, '따옴표 "안"'],
      ["줄\n바꿈", null, "=1+1"],
      ["-빼기로 시작", 0, "@멘션"],
    ];
    const csv = toCsv(columns, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      columns,
      ["쉼표, 있는 이름", "135000000", '따옴표 "안"'],
      ["줄\n바꿈", "", "'=1+1"],
      ["'-빼기로 시작", "0", "'@멘션"],
    ]);
  });

  it("refuses a row whose length is not the header's", () => {
    expect(() => toCsv(["a", "b"], [["only one"]])).toThrow(/row 1 has 1 cells for 2 columns/);
  });

  it("the test's parser is strict: it rejects bare LF, stray quotes and a missing final CRLF", () => {
    expect(() => parseCsv("a,b\n")).toThrow(/LF without CR/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv("a,b")).toThrow(/does not end with CRLF/);
    expect(parseCsv('"a,""b"""\r\n,\r\n')).toEqual([['a,"b"'], ["", ""]]);
  });
});

describe("a figure's CSV (src/downloads/figure-csv.ts)", () => {
  const program = (id: string, people: Program["people"]): Program => ({
    id,
    name: `사업 ${id}`,
    lifeStage: "all",
    year: 2025,
    summary: "시험용",
    budget: { amount: null, approximate: false, unknownReason: "보도에 없음" },
    funding: { description: null, unknownReason: "보도에 없음" },
    people,
    units: [],
    highlights: [],
    sourceIds: ["s"],
  });
  const figure = { id: "people", type: "people-by-program", data: { programIds: ["a", "b"] } } as unknown as Figure;
  const programs = [
    program("a", { count: 2795, counts: "participations" }),
    program("b", { count: null, counts: null, unknownReason: "보도에 없음" }),
  ];

  it("names what each count counts as the page does (kindText), and leaves an unknown count empty", () => {
    expect(parseCsv(figureCsv(figure, { programs }).slice(1))).toEqual([
      ["사업 id", "사업명", "연도", "인원", "센 대상", "센 대상 코드", "인원 미공개 사유"],
      ["a", "사업 a", "2025", "2795", "참여 연인원", "participations", ""],
      ["b", "사업 b", "2025", "", "", "", "보도에 없음"],
    ]);
  });
});
