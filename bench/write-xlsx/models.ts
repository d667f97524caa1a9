// The workbooks the bench writes: what `bdg consolidate --out` writes (the district summary of 27
// units, from valid forms) and what `bdg template --all` writes (27 blank forms).
import { consolidate, summaryWorkbook } from "../../src/core/consolidate";
import { buildForm } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { type FileReport } from "../../src/core/read";
import { inspectWorkbook } from "../../src/core/rules";
import type { WorkbookModel } from "../../src/core/sheet";
import { buildFormGrid, validValues } from "../../test/helpers/form-grid";

export function summaryModel(): WorkbookModel {
  const reports: FileReport[] = defaultPlan.units.map((unit, i) => {
    const values = validValues(defaultPlan, unit.code, "2024-Y", { TT01: 10 + i, NX01: `Khó khăn của ${unit.name}: thiếu kinh phí.` });
    const grid = buildFormGrid(defaultPlan, unit.code, "2024-Y", values, { reportDate: `2024-12-0${1 + (i % 9)}` });
    return inspectWorkbook(defaultPlan, `hop-thu/${unit.code}_2024-Y.xlsx`, null, grid);
  });
  return summaryWorkbook(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-12", reports));
}

export function blankFormModels(): WorkbookModel[] {
  return defaultPlan.units.map((unit) => {
    const built = buildForm(defaultPlan, unit.code, "2024-Y", "bench");
    if (!built.ok) throw new Error(built.message);
    return built.form.workbook;
  });
}
