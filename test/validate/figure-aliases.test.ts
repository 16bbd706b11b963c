/**
 * A renamed figure's `formerIds` through the one validation pipeline, on a copy of the tests'
 * own site (test/fixtures/site) with former ids planted: the clean case passes, and every
 * mistake is refused at the former id's own line and column, in Korean, with a fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblems } from "../../src/validate/format.ts";
import { validateProject } from "../../src/validate/index.ts";
import { isError, type Problem } from "../../src/validate/problem.ts";
import { FIXTURE_ROOT, ROOT } from "../helpers/site-data.ts";

const MONEY = "data/figures/money-by-program.json";
const PEOPLE = "data/figures/people-by-program.json";
const STORY = "content/stories/goyang-jobs-2025.md";

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture site with these former ids written into figures (as an editor would: after "id"). */
function siteWith(formerIds: Record<string, unknown[]>, storyChange?: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "goyang-aliases-"));
  copies.push(dir);
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  for (const [file, ids] of Object.entries(formerIds)) {
    const path = join(dir, file);
    const { id, ...rest } = JSON.parse(readFileSync(path, "utf8")) as { id: string };
    writeFileSync(path, `${JSON.stringify({ id, formerIds: ids, ...rest }, null, 2)}\n`);
  }
  if (storyChange) writeFileSync(join(dir, STORY), storyChange(readFileSync(join(dir, STORY), "utf8")));
  return dir;
}

/** Where the n-th element of "formerIds" is in the planted file (1-based line and column). */
function placeOfFormerId(dir: string, file: string, index: number): { line: number; column: number } {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const start = lines.findIndex((l) => l.includes('"formerIds"'));
  const line = lines[start + 1 + index] as string;
  return { line: start + 2 + index, column: line.indexOf('"') + 1 };
}

async function errors(dir: string): Promise<Problem[]> {
  return (await validateProject(dir)).problems.filter(isError);
}

describe("formerIds in the validation pipeline", () => {
  it("a figure renamed from an id no figure has passes", async () => {
    expect(await errors(siteWith({ [MONEY]: ["budget-by-program", "old-money"] }))).toEqual([]);
  });

  it("a former id that is the figure's own id", async () => {
    const dir = siteWith({ [MONEY]: ["money-by-program"] });
    const found = await errors(dir);
    expect(found).toMatchObject([
      {
        file: MONEY,
        ...placeOfFormerId(dir, MONEY, 0),
        path: "formerIds[0]",
        ruleId: "figure/former-id-current",
        message: '예전 id "money-by-program"이(가) 이 그림의 지금 id와 같습니다.',
      },
    ]);
    expect(found[0]?.hint).toContain("지우세요");
  });

  it("a former id that is another current figure's id", async () => {
    const dir = siteWith({ [MONEY]: ["old-money", "people-by-program"] });
    expect(await errors(dir)).toMatchObject([
      {
        file: MONEY,
        ...placeOfFormerId(dir, MONEY, 1),
        path: "formerIds[1]",
        ruleId: "figure/former-id-current",
        message: '예전 id "people-by-program"은(는) 지금 있는 그림 data/figures/people-by-program.json의 id입니다.',
        hint: expect.stringContaining("/embed/people-by-program/"),
      },
    ]);
  });

  it("a former id of a figure whose own file fails still counts as current", async () => {
    const dir = siteWith({ [MONEY]: ["people-by-program"] });
    writeFileSync(join(dir, PEOPLE), "{ not json");
    const found = await errors(dir);
    expect(found.map((p) => p.ruleId)).toContain("figure/former-id-current");
  });

  it("a former id that another figure lists too", async () => {
    const dir = siteWith({ [MONEY]: ["old-chart"], [PEOPLE]: ["old-chart"] });
    expect(await errors(dir)).toMatchObject([
      {
        file: PEOPLE,
        ...placeOfFormerId(dir, PEOPLE, 0),
        path: "formerIds[0]",
        ruleId: "figure/former-id-taken",
        message:
          '예전 id "old-chart"은(는) 그림 "money-by-program"의 formerIds에도 있습니다 (data/figures/money-by-program.json).',
      },
    ]);
  });

  it("a former id listed twice", async () => {
    const dir = siteWith({ [MONEY]: ["old-money", "old-money"] });
    expect(await errors(dir)).toMatchObject([
      {
        file: MONEY,
        ...placeOfFormerId(dir, MONEY, 1),
        path: "formerIds[1]",
        ruleId: "figure/former-id-repeated",
        message: '예전 id "old-money"을(를) formerIds에 두 번 적었습니다.',
        hint: "한 번만 남기세요.",
      },
    ]);
  });

  it('a former id "story" would overwrite the story\'s share image', async () => {
    const dir = siteWith({ [MONEY]: ["story"] });
    expect(await errors(dir)).toMatchObject([
      {
        file: MONEY,
        ...placeOfFormerId(dir, MONEY, 0),
        path: "formerIds[0]",
        ruleId: "figure/former-id-reserved",
        message: '예전 id "story"의 내려받기 파일이 /downloads/story.png와(과) 겹칩니다.',
      },
    ]);
  });

  it("a former id that is a figure's card or phone file name", async () => {
    const dir = siteWith({ [MONEY]: ["people-by-program-card", "old-money"], [PEOPLE]: ["old-money-phone"] });
    expect(await errors(dir)).toMatchObject([
      {
        file: MONEY,
        path: "formerIds[0]",
        ruleId: "figure/former-id-reserved",
        message:
          '예전 id "people-by-program-card"의 내려받기 파일이 /downloads/people-by-program-card.png와(과) 겹칩니다.',
      },
      {
        file: MONEY,
        path: "formerIds[1]",
        ruleId: "figure/former-id-reserved",
        message: '예전 id "old-money"의 내려받기 파일이 /downloads/old-money-phone.svg와(과) 겹칩니다.',
      },
      {
        file: PEOPLE,
        path: "formerIds[0]",
        ruleId: "figure/former-id-reserved",
        message: '예전 id "old-money-phone"의 내려받기 파일이 /downloads/old-money-phone.svg와(과) 겹칩니다.',
      },
    ]);
  });

  it("a former id that is not kebab-case (the schema's id rule)", async () => {
    const dir = siteWith({ [MONEY]: ["Old_Money"] });
    const found = await errors(dir);
    expect(found).toMatchObject([
      { file: MONEY, ...placeOfFormerId(dir, MONEY, 0), path: "formerIds[0]", ruleId: "schema/id.kebab" },
    ]);
    expect(found[0]?.message).toMatch(/[가-힣]/);
  });

  it("a story placing a chart by its former id is told the new id", async () => {
    const dir = siteWith({ [MONEY]: ["old-money"] }, (t) =>
      t.replace("::chart[money-by-program]", "::chart[old-money]"),
    );
    const line = readFileSync(join(dir, STORY), "utf8").split("\n").indexOf("::chart[old-money]") + 1;
    const found = await errors(dir);
    expect(found).toMatchObject([
      {
        file: STORY,
        line,
        column: 1,
        ruleId: "story/renamed-figure",
        message:
          "::chart[old-money]: 이 그래프는 money-by-program로 이름이 바뀌었습니다: ::chart[money-by-program]로 고치세요.",
        hint: expect.stringContaining('data/figures/money-by-program.json의 formerIds에 "old-money"'),
      },
    ]);
    // As npm run check and the build print it: file:line:column, the message, the fix.
    const printed = formatProblems(found);
    expect(printed).toContain(`${STORY}:${line}:1`);
    expect(printed).toContain("고치는 법: data/figures/money-by-program.json의 formerIds");
  });

  it("without formerIds the same directive is an unknown id (the rule is the alias's, not a coincidence)", async () => {
    const dir = siteWith({}, (t) => t.replace("::chart[money-by-program]", "::chart[old-money]"));
    expect((await errors(dir)).map((p) => p.ruleId)).toEqual(["story/unknown-figure"]);
  });
});

describe("the editors' guide's rename example", () => {
  it("prints exactly what the guide shows (docs/editors-guide.md, 차트 이름(id) 바꾸기)", async () => {
    // The guide's mistake: money-by-program renamed to budget-by-program, a current figure's
    // id among the former ones, the story not yet changed.
    const dir = siteWith({});
    const { id: _old, ...rest } = JSON.parse(readFileSync(join(dir, MONEY), "utf8")) as { id: string };
    const body = JSON.stringify(rest, null, 2).slice(1);
    writeFileSync(
      join(dir, "data/figures/budget-by-program.json"),
      `{\n  "id": "budget-by-program",\n  "formerIds": ["money-by-program", "people-by-program"],${body}\n`,
    );
    unlinkSync(join(dir, MONEY));
    const found = await errors(dir);
    expect(found.map((p) => p.ruleId)).toEqual(["story/renamed-figure", "figure/former-id-current"]);
    const guide = readFileSync(join(ROOT, "docs/editors-guide.md"), "utf8");
    // Each problem as npm run check prints it, but its English line.
    for (const block of formatProblems(found).split("\n\n").slice(0, -1)) {
      const korean = block
        .split("\n")
        .filter((line) => !line.startsWith("  (en)"))
        .join("\n");
      expect(guide).toContain(korean);
    }
  });
});
