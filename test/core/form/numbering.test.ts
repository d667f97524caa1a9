// An official form is numbered without gaps on every unit's form (docs/domain.md §3): sections
// I, II, III…, rows 1, 2, 3… in each section, after the rows that do not apply are left out.
// The codes (Mã) stay as the plan has them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { officialNumbers, romanNumeral, type NumberedItem } from "../../../src/core/form/numbering";
import { defaultPlan, parsePlanText, type Indicator, type Plan, type Section } from "../../../src/core/plan";
import { codesInMaColumn, mustBuild, sheetOf } from "./form-test-kit";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

interface Block {
  section: string;
  rows: string[];
}

/** The STT column as an officer reads it: each section's number, then its rows' numbers (empty "Trong đó" rows left out). */
function sttBlocks(plan: Plan, unit: string, period: string): Block[] {
  const sheet = sheetOf(mustBuild(unit, period, plan), "BaoCao");
  const blocks: Block[] = [];
  for (const cell of sheet.cells.filter((c) => c.col === 0).sort((a, b) => a.row - b.row)) {
    if (cell.style === "sectionStt") blocks.push({ section: String(cell.value), rows: [] });
    else if (cell.style === "stt" && cell.value !== "" && blocks.length > 0) blocks[blocks.length - 1].rows.push(String(cell.value));
  }
  return blocks;
}

const questPlan = parsePlanText(readFileSync(join(__dirname, "../../../plans/quang-tri-2025.example.json"), "utf8"));
if (!questPlan.ok) throw new Error("the example plan does not parse");
const PLANS: [string, Plan][] = [
  ["vinh-linh-2024", defaultPlan],
  [questPlan.plan.id, questPlan.plan],
];
const FORMS = PLANS.flatMap(([id, plan]) => plan.units.flatMap((u) => plan.periods.map((p) => [id, u.code, p.code, plan] as const)));

describe("every unit's form, for every period, is numbered without gaps", () => {
  it.each(FORMS)("%s %s %s", (_id, unit, period, plan) => {
    const blocks = sttBlocks(plan, unit, period);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.map((b) => b.section)).toEqual(ROMAN.slice(0, blocks.length));
    for (const b of blocks) expect([b.section, b.rows]).toEqual([b.section, b.rows.map((_, i) => String(i + 1))]);
  });
});

describe("the renumbered forms the officers saw with gaps", () => {
  it("Phòng Y tế: sections I–VI (no longer I, III, IV, V, VI), its strategy section numbered 1, 2, 3…", () => {
    const blocks = sttBlocks(defaultPlan, "P_YTE", "2024-Y");
    expect(blocks.map((b) => b.section)).toEqual(["I", "II", "III", "IV", "V", "VI"]);
    const strategy = blocks[3];
    expect(strategy.rows).toEqual(strategy.rows.map((_, i) => String(i + 1)));
    expect(strategy.rows.length).toBeGreaterThanOrEqual(4);
  });

  it("keeps every code as the plan has it, in catalog order", () => {
    const codes = codesInMaColumn(mustBuild("P_YTE", "2024-Y"));
    expect(codes).toContain("CL04.NU");
    expect(codes).toContain("TL_CL04");
    expect(codes.indexOf("CL04")).toBeLessThan(codes.indexOf("CL05"));
  });
});

describe("officialNumbers", () => {
  const section = (code: string, stt = code): NumberedItem => ({ kind: "section", section: { code, stt, title: code, periodKinds: ["half", "year"] } as Section });
  const row = (code: string, sectionCode: string, stt: string): NumberedItem => ({ kind: "row", indicator: { code, section: sectionCode, stt } as Indicator });

  it.each<[string, NumberedItem[], string[]]>([
    ["gaps closed", [section("I"), row("A", "I", "1"), row("B", "I", "3"), section("III"), row("C", "III", "2")], ["I", "1", "2", "II", "1"]],
    ["'Trong đó' rows keep their empty STT", [section("II"), row("A", "II", "2"), row("A.NU", "II", ""), row("B", "II", "5")], ["I", "1", "", "2"]],
    ["a section shown again keeps its number and goes on counting", [section("V"), row("A", "V", "1"), section("VII"), row("N", "VII", "1"), section("V"), row("T", "V", "4")], ["I", "1", "II", "1", "I", "2"]],
    ["an STT the plan wrote otherwise is kept", [section("A", "A"), row("x", "A", "a"), row("y", "A", "1.2"), row("z", "A", "7")], ["A", "a", "1.2", "1"]],
    ["arabic section numbers stay arabic", [section("s1", "1"), section("s3", "3")], ["1", "2"]],
  ])("%s", (_name, items, expected) => {
    expect(officialNumbers(items)).toEqual(expected);
  });

  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1990, "MCMXC"],
  ])("romanNumeral(%i) = %s", (n, roman) => {
    expect(romanNumeral(n)).toBe(roman);
  });
});
