// (plan, unit, period) → the form model (docs/architecture.md "A form is data first"). Both writers
// (exceljs for files, Office.js for the open workbook) render this one model.
import { sheetCell } from "../grid/address";
import { applicableIndicators } from "../plan/queries";
import type { Period, Plan, Unit } from "../plan/schema";
import { fitToWidth } from "../sheet/print-layout";
import type { SheetModel } from "../sheet/sheet-model";
import { foldCode } from "../text/normalize";
import type { FormCellRef, FormModel, FormResult } from "./form-model";
import { layoutRows } from "./form-rows";
import { writeHeaderBlock } from "./header-block";
import { COL, COLUMN_WIDTHS, REPORT_SHEET } from "./layout";
import { buildMetaSheet } from "./meta-sheet";
import { newDraft } from "./sheet-draft";
import { writeSignatureBlock } from "./signature-block";
import { REPORT_STYLES } from "./styles";
import { valueAddresses, writeRows } from "./table-rows";

const REPORT_TAB_COLOR = "1F4E79";

function findByCode<T extends { code: string }>(items: readonly T[], code: string): T | undefined {
  return items.find((x) => x.code === code) ?? items.find((x) => foldCode(x.code) === foldCode(code));
}

function ref(row: number, col: number): FormCellRef {
  return { row, col, address: sheetCell(REPORT_SHEET, row, col) };
}

export interface BuildFormOptions {
  /** `bdg demo`: the form is marked as sample data in _meta (key `sample`). */
  sample?: boolean;
}

export function buildForm(plan: Plan, unitCode: string, periodCode: string, generator: string, options: BuildFormOptions = {}): FormResult {
  const unit: Unit | undefined = findByCode(plan.units, unitCode);
  if (!unit) return { ok: false, message: `Không có đơn vị mã "${unitCode}" trong kế hoạch "${plan.id}".` };
  const period: Period | undefined = findByCode(plan.periods, periodCode);
  if (!period) return { ok: false, message: `Không có kỳ báo cáo mã "${periodCode}" trong kế hoạch "${plan.id}".` };
  const indicators = applicableIndicators(plan, unit, period);
  if (indicators.length === 0) {
    return { ok: false, message: `Không có chỉ tiêu nào áp dụng cho ${unit.name} trong kỳ "${period.label}".` };
  }

  const draft = newDraft();
  const headerRow = writeHeaderBlock(draft, plan, unit, period);
  const rows = layoutRows(plan, indicators, headerRow + 1);
  const addresses = valueAddresses([...rows.table, ...rows.narratives]);
  const addressOf = (code: string) => addresses.get(code);
  writeRows(draft, plan, rows.table, addressOf);
  writeRows(draft, plan, rows.narratives, addressOf);
  const reportDate = writeSignatureBlock(draft, plan, rows.nextRow + 1);

  const inputCells: Record<string, FormCellRef> = {};
  const valueCells: Record<string, FormCellRef> = {};
  const noteCells: Record<string, FormCellRef> = {};
  for (const r of [...rows.table, ...rows.narratives]) {
    if (r.kind === "section") continue;
    const code = r.indicator.code;
    valueCells[code] = ref(r.row, COL.value);
    if (r.indicator.type !== "calc") inputCells[code] = ref(r.row, COL.value);
    if (r.kind === "indicator") noteCells[code] = ref(r.row, COL.note);
  }

  const report: SheetModel = {
    name: REPORT_SHEET,
    visibility: "visible",
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: draft.rowHeights,
    cells: draft.cells,
    merges: draft.merges,
    styles: Object.fromEntries(Object.entries(REPORT_STYLES).map(([k, s]) => [k, { ...s }])),
    protect: true,
    freezeRows: headerRow + 1,
    tabColor: REPORT_TAB_COLOR,
    landscape: true,
    // Printed: the table's header row again at the top of pages 2, 3…, and "Trang 1/3" at the foot.
    print: fitToWidth({ first: headerRow, last: headerRow }),
  };
  const meta = buildMetaSheet({ plan: plan.id, unit: unit.code, period: period.code, generator, sample: options.sample });

  const form: FormModel = {
    workbook: { sheets: [report, meta.sheet] },
    unit,
    period,
    inputCells,
    valueCells,
    noteCells,
    reportDateCell: ref(reportDate.row, reportDate.col),
    metaRows: { ...meta.rows },
  };
  return { ok: true, form };
}
