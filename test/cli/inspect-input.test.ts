// inspectInput drops each form's raw cells once judged: the summary, the validate output and every
// issue must be the same as from the full reports (consolidate and validate read parsed values,
// issues and identity only).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { consolidate } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { inspectWorkbook, type FileReport } from "../../src/core/read";
import { inspectInput } from "../../src/cli/io/inspect-input";
import { readXlsx } from "../../src/xlsx/read";
import { tempDir } from "./helpers/run-bdg";
import { writeForm } from "./helpers/forms";

let dir: string;
const names: string[] = [];

beforeAll(async () => {
  dir = tempDir("bdg-inspect-");
  const units: [string, Record<string, number>][] = [["X_VINH_TU", {}], ["P_YTE", { "CL04.NU": 5000 }], ["TT_HO_XA", { BL02: 3 }]];
  for (const [i, [unit, values]] of units.entries()) {
    names.push(`${i}-${unit}.xlsx`);
    await writeForm(join(dir, names[i]), { unit, values });
  }
});

function fullReport(name: string, fileTime: string | null): FileReport {
  const read = readXlsx(new Uint8Array(readFileSync(join(dir, name))));
  if (!read.ok) throw new Error(read.message);
  return inspectWorkbook(defaultPlan, `hop-thu/${name}`, fileTime, read.workbook);
}

describe("inspectInput", () => {
  it("keeps no raw cells, and everything else of the report", () => {
    for (const name of names) {
      const kept = inspectInput(defaultPlan, { display: `hop-thu/${name}`, absolute: resolve(dir, name) });
      const full = fullReport(name, kept.fileTime);
      if (kept.kind !== "forms" || full.kind !== "forms") throw new Error("not a form");
      expect(kept.forms.map((f) => f.submission.values)).toEqual(kept.forms.map(() => ({})));
      const rest = (r: FileReport & { kind: "forms" }) => ({ ...r, forms: r.forms.map((f) => ({ ...f, submission: { ...f.submission, values: {} } })) });
      expect(rest(kept)).toEqual(rest(full));
      expect(Object.keys(full.forms[0].submission.values).length).toBeGreaterThan(0);
    }
  });

  it("gives the same summary as the full reports", () => {
    const kept = names.map((name) => inspectInput(defaultPlan, { display: `hop-thu/${name}`, absolute: resolve(dir, name) }));
    const full = names.map((name, i) => fullReport(name, kept[i].fileTime));
    expect(consolidate(defaultPlan, "2024-Y", "2024-12-12", kept)).toEqual(consolidate(defaultPlan, "2024-Y", "2024-12-12", full));
  });
});
