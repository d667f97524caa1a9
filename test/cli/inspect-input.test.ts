// inspectInput drops the raw cells a parsed value stands for once a form is judged: what is kept
// is exactly the cells whose text could not be used, the summary is the same as from the full
// reports, and so is everything else of each report.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { consolidate } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { type FileReport } from "../../src/core/read";
import { inspectWorkbook } from "../../src/core/rules";
import { inspectInput } from "../../src/cli/io/inspect-input";
import { readXlsx } from "../../src/xlsx/read";
import type { FormValue } from "../../src/core/form";
import { tempDir } from "./helpers/run-bdg";
import { writeForm } from "./helpers/forms";

let dir: string;
const names: string[] = [];

beforeAll(async () => {
  dir = tempDir("bdg-inspect-");
  const units: [string, Record<string, FormValue>][] = [
    ["X_VINH_TU", {}],
    ["P_YTE", { "CL04.NU": 5000 }],
    ["TT_HO_XA", { BL02: "ba mươi", "BL02.NU": null }],
    ["TT_HO_XA", { BL02: "mười hai", "BL02.NU": null }],
  ];
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

const inspected = (name: string) => inspectInput(defaultPlan, { display: `hop-thu/${name}`, absolute: resolve(dir, name) });

describe("inspectInput", () => {
  it("keeps the raw cells whose text could not be used, and everything else of the report", () => {
    for (const name of names) {
      const kept = inspected(name);
      const full = fullReport(name, kept.fileTime);
      if (kept.kind !== "forms" || full.kind !== "forms") throw new Error("not a form");
      full.forms.forEach((form, f) => {
        const unusable = Object.values(form.submission.values).filter((rv) => form.values[rv.code] == null && rv.raw != null);
        expect(Object.values(kept.forms[f].submission.values)).toEqual(unusable);
        expect({ ...kept.forms[f], submission: { ...kept.forms[f].submission, values: null } }).toEqual({ ...form, submission: { ...form.submission, values: null } });
      });
    }
    const texts = inspected(names[2]);
    if (texts.kind !== "forms") throw new Error("not a form");
    expect(Object.keys(texts.forms[0].submission.values)).toEqual(["BL02"]);
  });

  it("gives the same summary as the full reports (the two different texts are not one content)", () => {
    const kept = names.map(inspected);
    const full = names.map((name, i) => fullReport(name, kept[i].fileTime));
    expect(consolidate(defaultPlan, "2024-Y", "2024-12-12", kept)).toEqual(consolidate(defaultPlan, "2024-Y", "2024-12-12", full));
  });
});
