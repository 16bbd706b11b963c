import { describe, expect, it } from "vitest";
import { BOM, csvField, toCsv } from "../../src/downloads/csv.ts";
import { figureCsv } from "../../src/downloads/figure-csv.ts";
import type { ChartData } from "../../src/charts/types.ts";
import type { Figure } from "../../src/schemas/figure.ts";
import type { Program } from "../../src/schemas/program.ts";
import { kindText } from "../../src/text/count-text.ts";
import { ko } from "../../src/text/locale-ko.ts";
import { loadFigure, loadStoryData } from "../helpers/site-data.ts";
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
  // The fixture's data and figures (test/fixtures/site/), never data/.
  const data = loadStoryData();
  const csv = (figure: Figure, chartData: ChartData = data) => parseCsv(figureCsv(figure, chartData).slice(1));
  const program = (id: string) => data.programs.find((p) => p.id === id)!;

  it("is UTF-8 with a BOM and CRLF records", () => {
    const text = figureCsv(loadFigure("money-by-program"), data);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("has the row key, the label, then the raw values of the field it shows: whole won, yes/no, the reason", () => {
    const figure = loadFigure("money-by-program");
    const [header, ...records] = csv(figure);
    expect(header).toEqual(["id", "사업", "2025년 예산(원)", "2025년 예산 어림값 여부", "2025년 예산 미공개 사유"]);
    expect(
      records.map((r) => r[0]),
      "the figure's order",
    ).toEqual(figure.data.ids);
    for (const record of records) {
      const { name, budget } = program(record[0]!);
      expect(record.slice(1)).toEqual(
        budget.amount === null
          ? [name, "", "", budget.unknownReason]
          : [name, String(budget.amount), budget.approximate ? "예" : "아니요", ""],
      );
    }
  });

  it("an unknown value is an empty cell, never 0", () => {
    const records = csv(loadFigure("money-by-program")).slice(1);
    const unknown = records.find((r) => r[0] === "new-middle-age")!;
    expect(program("new-middle-age").budget.amount).toBeNull();
    expect(unknown[2]).toBe("");
    expect(records.flat()).not.toContain("0");
  });

  it("a count: the number, what it counts (as the page words it) and its code, the reason when unknown", () => {
    const [header, ...records] = csv(loadFigure("people-by-program"));
    // The series (peopleKind) is the count's own kind: one column, not two of the same.
    expect(header).toEqual(["id", "사업", "인원 (센 대상)", "센 대상", "센 대상 코드", "인원 (센 대상) 미공개 사유"]);
    for (const record of records) {
      const { people } = program(record[0]!);
      expect(record.slice(2)).toEqual(
        people.count === null
          ? ["", "", "", people.unknownReason]
          : [String(people.count), kindText(people.counts!, ko), people.counts, ""],
      );
    }
    expect(records.find((r) => r[0] === "dream-factory")!.slice(2, 5)).toEqual([
      "2795",
      "참여 연인원",
      "participations",
    ]);
  });

  it("a view-switching figure has one column group per distinct field its views show", () => {
    const figure = loadFigure("contest-cases");
    expect(figure.views!.map((v) => v.x?.field)).toEqual(["prize"]);
    const [header, ...records] = csv(figure);
    // cases (a count of cases: no kind columns) and prize (money); the label column once.
    expect(header).toEqual([
      "id",
      "분야",
      "사례 수",
      "사례 수 미공개 사유",
      "상금(원)",
      "상금 어림값 여부",
      "상금 미공개 사유",
    ]);
    expect(
      records.map((r) => r[0]),
      "sorted by cases, descending",
    ).toEqual(["seniors", "tourism", "farming"]);
    expect(records.find((r) => r[0] === "tourism")!.slice(4)).toEqual(["", "", "테스트용: 상금을 밝히지 않음"]);
  });

  it("views on the same field share its columns; per-unit amounts in whole won with their unit; the facet's unit once", () => {
    const [header, ...records] = csv(loadFigure("per-unit-cost"));
    expect(header).toEqual([
      "id",
      "사업",
      "단위당 금액(원)",
      "단위",
      "2025년 예산(원)",
      "2025년 예산 어림값 여부",
      "2025년 예산 미공개 사유",
    ]);
    const school = records.find((r) => r[0] === "job-school")!;
    const { budget, people } = program("job-school");
    expect(school.slice(2, 5)).toEqual([
      String(Math.round(budget.amount! / people.count!)),
      "교육 대상 1명당",
      String(budget.amount),
    ]);
    expect(
      csv(loadFigure("money-by-program"))[0]!.filter((c) => c.endsWith("(원)")),
      "two views, one field",
    ).toHaveLength(1);
  });

  it("a date: start, end and whether it is inferred, as the data gives them", () => {
    const [header, ...records] = csv(loadFigure("funding-timeline"));
    expect(header).toEqual(["id", "내용", "시기 시작", "시기 끝", "시기 추정 여부"]);
    expect(records.map((r) => r[0])).toEqual(data.timeline.map((e) => e.id));
    for (const [i, event] of data.timeline.entries())
      expect(records[i]!.slice(2)).toEqual([event.start, event.end ?? "", event.inferred ? "예" : "아니요"]);
  });

  it("a group: its values as text, after the x field's columns", () => {
    const [header, ...records] = csv(loadFigure("money-by-life-stage"));
    expect(header!.at(-1)).toBe("생애 단계");
    expect(records.find((r) => r[0] === "youth-package")!.at(-1)).toBe(ko.lifeStages.youth);
  });

  it("an unknown count in a program of its own is empty, with its reason", () => {
    const figure = { ...loadFigure("people-by-program"), data: { dataset: "programs", ids: ["a", "b"] } };
    const base = program("job-school");
    const programs: Program[] = [
      { ...base, id: "a", name: "사업 a", people: { count: 2795, counts: "participations" } },
      { ...base, id: "b", name: "사업 b", people: { count: null, counts: null, unknownReason: "보도에 없음" } },
    ];
    expect(csv(figure, { ...data, programs })).toEqual([
      ["id", "사업", "인원 (센 대상)", "센 대상", "센 대상 코드", "인원 (센 대상) 미공개 사유"],
      ["a", "사업 a", "2795", "참여 연인원", "participations", ""],
      ["b", "사업 b", "", "", "", "보도에 없음"],
    ]);
  });
});
