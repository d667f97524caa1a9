// Round trips of every add-in use case, counted by the fake Excel that enforces load/sync
// (test/fakes/fake-excel) through the real Office adapter (src/excel). Budgets (docs/architecture.md "Around the core", src/usecases): install ≤ 3,
// validate ≤ 2, finalize ≤ 2, summary ≤ 3 + 1 per 4 MB. Printed, never asserted here: the tests
// assert the budgets (test/usecases/use-cases-on-fake-excel.test.ts, test/excel/round-trip-budgets.test.ts).
import { buildForm, withValues } from "../src/core/form";
import { inspectWorkbook } from "../src/core/rules";
import { consolidate } from "../src/core/consolidate";
import type { FileReport } from "../src/core/read";
import { defaultPlan } from "../src/core/plan";
import { finalizeForm, installForm, validateActiveForm, writeSummary } from "../src/usecases";
import { FakeExcel } from "../test/fakes/fake-excel";
import { buildFormGrid, validValues } from "../test/helpers/form-grid";
import { portOn } from "../test/excel/port-kit";

interface Row {
  useCase: string;
  syncs: number;
  kb: number;
  budget: string;
}


function measured(fake: FakeExcel, useCase: string, budget: string): Row {
  const kb = fake.requests.reduce((sum, r) => sum + r.bytes, 0) / 1024;
  return { useCase, syncs: fake.syncs, kb, budget };
}

/** A district inbox of `files` forms (units repeated: later copies supersede earlier ones). */
function inbox(files: number): FileReport[] {
  const reports: FileReport[] = [];
  for (let i = 0; i < files; i++) {
    const unit = defaultPlan.units[i % defaultPlan.units.length].code;
    const day = String(1 + (i % 9)).padStart(2, "0");
    const grid = buildFormGrid(defaultPlan, unit, "2024-Y", validValues(defaultPlan, unit, "2024-Y", { TT01: i, NX01: `=HYPERLINK("x${i}")` }), {
      reportDate: `2024-12-${day}`,
    });
    reports.push(inspectWorkbook(defaultPlan, `hop-thu/${String(i).padStart(5, "0")}-${unit}.xlsx`, null, grid));
  }
  return reports;
}

export async function main(): Promise<void> {
  const rows: Row[] = [];
  const fake = new FakeExcel(["Sheet1"]);
  const port = portOn(fake).port;

  await installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: false });
  rows.push(measured(fake, "Cài biểu mẫu (install) vào sổ trống", "≤ 3"));

  const built = buildForm(defaultPlan, "X_VINH_THAI", "2024-Y", "bench");
  if (!built.ok) throw new Error(built.message);
  // a valid form, so that finalize goes all the way to its stamp
  const values: Record<string, string | number | null> = {};
  for (const [code, v] of Object.entries(validValues(defaultPlan, "X_VINH_THAI", "2024-Y"))) {
    if (typeof v === "string" || typeof v === "number") values[code] = v;
  }
  await port.writeSheets(withValues(built.form, values, "2024-12-09"));
  fake.resetCounters();
  await installForm(port, defaultPlan, "X_VINH_THAI", "2024-Y", { confirmReplace: true });
  rows.push(measured(fake, "Cài lại, giữ số đã nhập (re-install)", "≤ 3"));

  fake.resetCounters();
  await validateActiveForm(port, defaultPlan);
  rows.push(measured(fake, "Kiểm tra (validate)", "≤ 2"));

  fake.resetCounters();
  await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z");
  rows.push(measured(fake, "Hoàn tất (finalize)", "≤ 2"));

  for (const files of [27, 1000, 5000]) {
    const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", inbox(files));
    const target = new FakeExcel(["Sheet1"]);
    await writeSummary(portOn(target).port, defaultPlan, summary);
    const row = measured(target, `Ghi bảng tổng hợp, ${files} tệp`, "");
    row.budget = `≤ ${3 + Math.floor(row.kb / 1024 / 4)}`;
    rows.push(row);
  }

  console.log("\nRound trips (context.sync) per use case, counted by the fake Excel through src/excel:");
  console.log("use case".padEnd(42) + "syncs".padStart(6) + "request KB".padStart(12) + "budget".padStart(9));
  for (const r of rows) {
    console.log(r.useCase.padEnd(42) + String(r.syncs).padStart(6) + r.kb.toFixed(0).padStart(12) + r.budget.padStart(9));
  }
}
