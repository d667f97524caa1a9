import { calcFormula, estimateNote } from "../../../src/core/form";
import type { Calc, Period } from "../../../src/core/plan";

const at: Record<string, string> = { A: "E10", B: "E11", C: "E12" };
const addressOf = (code: string) => at[code];

describe("calcFormula", () => {
  it.each<[string, Calc, string | null]>([
    ["a ratio", { numerator: [{ code: "A", sign: 1 }], denominator: [{ code: "B", sign: 1 }], scale: 100 },
      'IF(OR(E10="",E11="",N(E11)=0),"",E10*100/E11)'],
    ["a difference over a part", { numerator: [{ code: "A", sign: 1 }, { code: "B", sign: -1 }], denominator: [{ code: "B", sign: 1 }], scale: 100 },
      'IF(OR(E10="",E11="",N(E11)=0),"",(E10-E11)*100/E11)'],
    ["a sum denominator, scale 1", { numerator: [{ code: "A", sign: 1 }], denominator: [{ code: "B", sign: 1 }, { code: "C", sign: 1 }], scale: 1 },
      'IF(OR(E10="",E11="",E12="",(N(E11)+N(E12))=0),"",E10/(E11+E12))'],
    ["a part not on the form", { numerator: [{ code: "A", sign: 1 }], denominator: [{ code: "Z", sign: 1 }], scale: 100 }, null],
  ])("%s", (_name, calc, expected) => {
    expect(calcFormula(calc, addressOf)).toBe(expected);
  });
});

describe("estimateNote", () => {
  const period = (due: string): Period => ({
    code: "P", label: "Năm 2024", kind: "year", dataFrom: "2023-12-15", dataTo: "2024-12-14", due,
  });
  it.each([
    ["2024-12-10", true],
    ["2024-12-14", false],
    ["2024-12-20", false],
  ])("due %s → note shown: %s", (due, shown) => {
    const note = estimateNote(period(due));
    expect(note.includes("ước thực hiện")).toBe(shown);
  });
});
