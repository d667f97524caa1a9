// Real filled forms for the CLI tests, made with the product's own form model and writer.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildForm, withValues, type FormValue } from "../../../src/core/form";
import { defaultPlan, findUnit } from "../../../src/core/plan";
import type { WorkbookModel } from "../../../src/core/sheet";
import { writeWorkbook } from "../../../src/xlsx/write";
import { sampleValues } from "../../../src/cli/demo/sample-data";

export interface FormSpec {
  unit: string;
  period?: string;
  /** Replaces the clean sample values by code. */
  values?: Record<string, FormValue>;
  /** YYYY-MM-DD; null leaves the "Ngày báo cáo" blank. Default 2024-12-05. */
  reportDate?: string | null;
  withoutMeta?: boolean;
}

/** The demo's values carry its sample mark in NX01; a test's "real" form says something else there. */
const REAL_NARRATIVE = "Kinh phí còn hạn chế.";

export function formModel(spec: FormSpec): WorkbookModel {
  const unit = findUnit(defaultPlan, spec.unit);
  if (!unit) throw new Error(`unknown unit ${spec.unit}`);
  const built = buildForm(defaultPlan, spec.unit, spec.period ?? "2024-Y", "bdg test");
  if (!built.ok) throw new Error(built.message);
  const model = withValues(built.form, { ...sampleValues(unit), NX01: REAL_NARRATIVE, ...spec.values }, spec.reportDate === null ? undefined : (spec.reportDate ?? "2024-12-05"));
  return spec.withoutMeta ? { sheets: model.sheets.filter((s) => s.name !== "_meta") } : model;
}

export async function writeForm(path: string, spec: FormSpec): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await writeWorkbook(formModel(spec)));
}

/** An .xlsx that is a perfectly good workbook but not a report form. */
export async function writeForeignWorkbook(path: string): Promise<void> {
  const model: WorkbookModel = {
    sheets: [
      {
        name: "Danh sach",
        visibility: "visible",
        columnWidths: [20, 20],
        cells: [
          { row: 0, col: 0, value: "Họ tên" },
          { row: 0, col: 1, value: "Số điện thoại" },
          { row: 1, col: 0, value: "Nguyễn Văn A" },
          { row: 1, col: 1, value: "0912345678" },
        ],
        merges: [],
        styles: {},
        protect: false,
      },
    ],
  };
  writeFileSync(path, await writeWorkbook(model));
}
