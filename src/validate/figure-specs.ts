import { DATASETS } from "../charts/datasets/index.ts";
import { FORMATS } from "../charts/formats/index.ts";
import { MARKS } from "../charts/marks/index.ts";
import { datasetRows } from "../charts/scene.ts";
import type { ChartData, Datum, FieldType } from "../charts/types.ts";
import { chartDataOf } from "../model/chart-data.ts";
import type { Entry } from "../model/entries.ts";
import { partialDateSchema } from "../schemas/common.ts";
import type { Channel, Figure } from "../schemas/figure.ts";
import type { DataTable } from "../schemas/table.ts";
import { choices, didYouMean, quote } from "../text/did-you-mean.ts";
import { ko } from "../text/locale-ko.ts";
import type { DataStage } from "./data.ts";
import { entryPlace } from "./entry-place.ts";
import type { Problem } from "./problem.ts";

/** Korean names of the field types, for messages ("금액", "인원"). */
const TYPE_WORDS: Record<FieldType, string> = {
  money: "금액",
  count: "인원·개수",
  perUnit: "단위당 금액",
  number: "수",
  text: "글",
  date: "날짜",
};

type Place = (string | number)[];

/**
 * What a figure spec refers to beyond its own file, checked against the registries
 * (src/charts/marks, datasets, formats) and the data: the mark, dataset and formats exist
 * (closest valid name otherwise), each channel names a field of the dataset whose type its
 * format and the mark can show, the mark's required channels are there, `ids` and
 * annotations name rows of the dataset, `where` names real attributes and matches rows,
 * `table` names a table of data/tables/. A figure with any such problem is left out of
 * the site, like a file that does not parse, and its problem is the one shown.
 *
 * Also the cells of data/tables/: each cell of its column's type.
 */
export function figureSpecProblems(stage: DataStage): { problems: Problem[]; badFigures: Set<string> } {
  const problems: Problem[] = [];
  const badFigures = new Set<string>();
  const { entries } = stage;
  const data = chartDataOf(entries);

  const report: Report = (entry, path, ruleId, ko, en, hint, refId) => {
    problems.push({
      ...entryPlace(stage, entry, path),
      ruleId,
      message: ko,
      messageEn: en,
      hint,
      refId,
      severity: "error",
    });
  };

  for (const table of entries.tables) tableProblems(table, report);

  for (const entry of entries.figures) {
    const before = problems.length;
    checkFigure(entry, data, stage.failedIds, report);
    if (problems.length > before) badFigures.add(entry.id);
  }
  return { problems, badFigures };
}

type Report = (
  entry: Entry<unknown>,
  path: Place,
  ruleId: string,
  ko: string,
  en: string,
  hint: string | undefined,
  refId?: string,
) => void;

/**
 * A name that is not one of `valid`, under a rule named for what it names (the rule id is
 * stable: never made of the editor's own text, as a `where` key or a column id would be).
 */
function unknownName(
  report: Report,
  entry: Entry<unknown>,
  path: Place,
  ruleId: string,
  what: string,
  typed: string,
  valid: string[],
) {
  report(
    entry,
    path,
    ruleId,
    `없는 ${what} ${quote(typed)}입니다.`,
    `unknown ${ruleId.replace(/^.*\/unknown-/, "")} "${typed}"; valid: ${valid.join(", ")}`,
    [didYouMean(typed, valid), `쓸 수 있는 것: ${choices(typed, valid)}`].filter(Boolean).join(" "),
  );
}

function checkFigure(entry: Entry<Figure>, data: ChartData, failedIds: ReadonlySet<string>, report: Report): void {
  const figure = entry.data;
  const datasetName = figure.data.dataset;
  const dataset = DATASETS[datasetName];
  const mark = MARKS[figure.mark];
  if (!mark)
    unknownName(report, entry, ["mark"], "figure/unknown-mark", "그래프 모양(mark)", figure.mark, Object.keys(MARKS));
  if (!dataset) {
    unknownName(
      report,
      entry,
      ["data", "dataset"],
      "figure/unknown-dataset",
      "데이터 묶음(dataset)",
      datasetName,
      Object.keys(DATASETS),
    );
    return;
  }
  if (datasetName === "table") {
    const tables = (data.tables ?? []).map((t) => t.id);
    if (figure.data.table === undefined) {
      report(
        entry,
        ["data"],
        "figure/table-missing",
        '"dataset": "table"인 그림에는 어느 표를 그릴지 "table"을 적어야 합니다.',
        'a figure of dataset "table" needs data.table',
        `data/tables/에 있는 표 id를 적으세요: ${tables.join(", ") || "(없음)"}`,
      );
      return;
    }
    if (!tables.includes(figure.data.table)) {
      if (failedIds.has(figure.data.table)) return;
      report(
        entry,
        ["data", "table"],
        "figure/unknown-table",
        `없는 표 id ${quote(figure.data.table)}입니다.`,
        `unknown table id "${figure.data.table}"`,
        [didYouMean(figure.data.table, tables), `data/tables/에 있는 id: ${choices(figure.data.table, tables)}`]
          .filter(Boolean)
          .join(" "),
        figure.data.table,
      );
      return;
    }
  }
  const fields = dataset.fields(data, figure);
  const fieldNames = Object.keys(fields);
  const rows = datasetRows(figure, data, ko);

  const field = (path: Place, name: string | undefined): FieldType | undefined => {
    if (name === undefined) return undefined;
    const type = fields[name];
    if (type === undefined)
      unknownName(report, entry, path, "figure/unknown-field", `${datasetName}의 필드`, name, fieldNames);
    return type;
  };
  const channel = (path: Place, c: Channel) => {
    const type = field([...path, "field"], c.field);
    const format = (FORMATS as Record<string, { accepts: readonly FieldType[] }>)[c.format];
    if (!format) {
      unknownName(
        report,
        entry,
        [...path, "format"],
        "figure/unknown-format",
        "형식(format)",
        c.format,
        Object.keys(FORMATS),
      );
      return;
    }
    if (type === undefined) return;
    if (!format.accepts.includes(type)) {
      const fitting = Object.entries(FORMATS)
        .filter(([, f]) => (f.accepts as readonly FieldType[]).includes(type))
        .map(([n]) => n);
      report(
        entry,
        [...path, "format"],
        "figure/format-type",
        `형식 ${quote(c.format)}은(는) ${TYPE_WORDS[type]} 필드 ${quote(c.field)}에 쓸 수 없습니다.`,
        `format "${c.format}" cannot word the ${type} field "${c.field}"`,
        `이 필드에 맞는 형식: ${fitting.join(", ")}`,
      );
    }
    if (mark && !mark.accepts.includes(type)) {
      report(
        entry,
        [...path, "field"],
        "figure/mark-type",
        `그래프 모양 ${quote(figure.mark)}은(는) ${TYPE_WORDS[type]} 필드 ${quote(c.field)}을(를) 그릴 수 없습니다.`,
        `mark "${figure.mark}" cannot draw the ${type} field "${c.field}"`,
        `이 모양이 그리는 것: ${mark.accepts.map((t) => TYPE_WORDS[t]).join(", ")}`,
      );
    }
  };

  channel(["x"], figure.x);
  field(["series"], figure.series);
  field(["facet"], figure.facet);
  field(["group"], figure.group);
  if (figure.sort) field(["sort", "field"], figure.sort.field);
  for (const required of mark?.requires ?? []) {
    if (figure[required] !== undefined) continue;
    report(
      entry,
      [],
      "figure/channel-missing",
      `그래프 모양 ${quote(figure.mark)}에는 ${quote(required)}이(가) 있어야 합니다.`,
      `mark "${figure.mark}" needs "${required}"`,
      `"${required}": 나눌 필드 이름을 적으세요. 예: ${fieldNames.filter((f) => fields[f] === "text").join(", ")}`,
    );
  }

  const attributes = [...new Set(rows.flatMap((d) => Object.keys(d.attributes)))];
  const where = (path: Place, clause: Figure["data"]["where"], base: readonly Datum[]) => {
    if (!clause) return;
    for (const [name, values] of Object.entries(clause)) {
      if (!attributes.includes(name)) {
        unknownName(
          report,
          entry,
          [...path, name],
          "figure/unknown-field",
          `${datasetName}에서 고를 수 있는 필드`,
          name,
          attributes,
        );
        continue;
      }
      const seen = [...new Set(base.map((d) => d.attributes[name]))].map(String);
      values.forEach((v, i) => {
        if (seen.includes(String(v))) return;
        report(
          entry,
          [...path, name, i],
          "figure/where-no-match",
          `${quote(name)}이(가) ${quote(v)}인 항목이 없습니다.`,
          `no row has ${name} = ${JSON.stringify(v)}`,
          [didYouMean(String(v), seen), `있는 값: ${seen.join(", ")}`].filter(Boolean).join(" "),
        );
      });
    }
  };

  // ids: each a row of the dataset, once; a row whose own file failed is that file's problem.
  const keys = rows.map((d) => d.key);
  const seen = new Set<string>();
  figure.data.ids?.forEach((id, i) => {
    if (seen.has(id)) {
      report(
        entry,
        ["data", "ids", i],
        "data/duplicate-ref",
        `id "${id}"을(를) 같은 목록에 두 번 적었습니다.`,
        `id "${id}" is listed twice`,
        "한 번만 남기세요.",
        id,
      );
      return;
    }
    seen.add(id);
    if (keys.includes(id) || failedIds.has(id)) return;
    report(
      entry,
      ["data", "ids", i],
      datasetName === "programs" ? "data/unknown-program" : "figure/unknown-id",
      `${datasetName === "programs" ? "없는 사업" : `${datasetName}에 없는`} id "${id}"입니다.`,
      `unknown ${datasetName === "programs" ? "program" : datasetName} id "${id}"; valid ids: ${keys.join(", ")}`,
      [
        didYouMean(id, keys),
        `${datasetName === "programs" ? "data/programs/" : datasetName}에 있는 id: ${choices(id, keys)}`,
      ]
        .filter(Boolean)
        .join(" "),
      id,
    );
  });
  const selected = figure.data.ids ? rows.filter((d) => figure.data.ids?.includes(d.key)) : rows;
  where(["data", "where"], figure.data.where, selected);

  const viewIds = new Set<string>(["default"]);
  figure.views?.forEach((view, i) => {
    if (viewIds.has(view.id)) {
      report(
        entry,
        ["views", i, "id"],
        "figure/duplicate-view",
        `보기 id "${view.id}"이(가) 겹칩니다.`,
        `view id "${view.id}" is used twice (or is the reserved "default")`,
        "보기마다 다른 id를 적으세요.",
      );
    }
    viewIds.add(view.id);
    if (view.x) channel(["views", i, "x"], view.x);
    where(["views", i, "where"], view.where, selected);
  });

  figure.annotations?.forEach((a, i) => {
    if (selected.some((d) => d.key === a.key) || failedIds.has(a.key)) return;
    const shown = selected.map((d) => d.key);
    report(
      entry,
      ["annotations", i, "key"],
      "figure/annotation-key",
      `주석이 가리키는 "${a.key}"은(는) 이 그림에 없는 항목입니다.`,
      `annotations[${i}].key "${a.key}" is not one of the figure's rows`,
      [didYouMean(a.key, shown), `이 그림의 항목: ${choices(a.key, shown)}`].filter(Boolean).join(" "),
      a.key,
    );
  });
}

const CELL_TYPES: Record<DataTable["columns"][number]["type"], (v: unknown) => boolean> = {
  money: (v) => Number.isInteger(v) && (v as number) >= 0,
  count: (v) => Number.isInteger(v) && (v as number) >= 0,
  text: (v) => typeof v === "string" && v.trim() !== "",
  date: (v) => partialDateSchema.safeParse(v).success,
};

const CELL_WORDS: Record<DataTable["columns"][number]["type"], string> = {
  money: "원 단위 정수 (예: 135000000)",
  count: "0 이상의 정수 (예: 69)",
  text: "비어 있지 않은 글",
  date: '날짜 (예: "2025-11-05", "2025-04", "2019")',
};

/** A table's cells: known columns only, each of its column's type or null (unknown). */
function tableProblems(entry: Entry<DataTable>, report: Report): void {
  const table = entry.data;
  const columns = table.columns.map((c) => c.id);
  if (!columns.includes(table.labelColumn))
    unknownName(report, entry, ["labelColumn"], "table/unknown-column", "열", table.labelColumn, columns);
  table.rows.forEach((row, r) => {
    for (const [id, value] of Object.entries(row.cells)) {
      const column = table.columns.find((c) => c.id === id);
      if (!column) {
        unknownName(report, entry, ["rows", r, "cells", id], "table/unknown-column", "열", id, columns);
        continue;
      }
      if (value === null || CELL_TYPES[column.type](value)) continue;
      report(
        entry,
        ["rows", r, "cells", id],
        "table/cell-type",
        `${quote(column.label)} 열에는 ${CELL_WORDS[column.type]}을(를) 적어야 합니다. 적힌 값: ${quote(value)}`,
        `column "${id}" holds ${column.type} values; got ${JSON.stringify(value)}`,
        "모르는 값이면 null로 적고 unknownReasons에 까닭을 적으세요.",
      );
    }
  });
}

/**
 * The figure as the site draws it when some rows' files failed: its `ids` keep the rows
 * that loaded; null when none is left.
 */
export function withLoadedIds(figure: Figure, data: ChartData): Figure | null {
  const ids = figure.data.ids;
  if (!ids) return figure;
  const dataset = DATASETS[figure.data.dataset];
  const keys = new Set((dataset ? datasetRows(figure, data, ko) : []).map((d) => d.key));
  const loaded = ids.filter((id) => keys.has(id));
  if (loaded.length === 0) return null;
  return {
    ...figure,
    data: { ...figure.data, ids: loaded },
    ...(figure.annotations ? { annotations: figure.annotations.filter((a) => keys.has(a.key)) } : {}),
  };
}
