// Builds, by hand, the grid of a filled form as a reader would see it (docs/contract.md §1,
// docs/domain.md §3): header text, the table with "Mã" and "Số liệu kỳ báo cáo" columns, the
// "Ngày báo cáo" cell below it, and the very hidden _meta sheet. Independent of src/core/form
// on purpose: the reader must read any sheet laid out by the contract, not only ours.
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Plan } from "../../src/core/plan/schema";
import { applicableIndicators, findPeriod, findUnit } from "../../src/core/plan/queries";
import { recomputeCalc } from "../../src/core/rules/recompute-calc";
import { formatDateVi } from "../../src/core/time";

export interface FormGridOptions {
  /** Sheet name of the form (default "BaoCao"). */
  sheetName?: string;
  /** Write no _meta sheet (a hand-made copy). */
  noMeta?: boolean;
  /** Override, add or (null) remove _meta keys: { unit: "X_UNKNOWN", submitted_at: 45635.5 }. */
  meta?: Record<string, CellValue | undefined>;
  /** Header text written in NFD (another keyboard). */
  nfdHeader?: boolean;
  /** Replace the "Đơn vị báo cáo" / "Kỳ báo cáo" values (after the label). */
  unitText?: string;
  periodText?: string;
  /** Put the header values in the cell right of their label instead of after ":". */
  splitHeaderCells?: boolean;
  /** The "Ngày báo cáo" value cell (serial, ISO text, dd/mm/yyyy text); omitted → 09/12/2024, null → blank. */
  reportDate?: CellValue;
  /** Codes whose rows are deleted. */
  deleteCodes?: string[];
  /** Codes whose rows are moved to the bottom of the table, in this order. */
  moveToEnd?: string[];
  /** Reverse the order of the table's rows. */
  reverseRows?: boolean;
  /** How the code is typed in the Mã column (e.g. lower case, trailing spaces, NFD). */
  codeText?: (code: string) => string;
  /** Extra rows inserted above everything (the whole layout shifts down). */
  shiftRows?: number;
  /** Extra rows appended to the table, as [code text, value]. */
  extraRows?: [string, CellValue][];
}

/** Column indexes of the layout written here: A STT | B Mã | C Chỉ tiêu | D ĐVT | E Số liệu | F Mục tiêu | G Ghi chú. */
export const GRID_COL = { stt: 0, code: 1, label: 2, uom: 3, value: 4, target: 5, note: 6 } as const;

const nfd = (s: string, on: boolean | undefined) => (on ? s.normalize("NFD") : s);

export function buildMetaSheet(entries: Record<string, CellValue | undefined>): SheetGrid {
  const rows: CellValue[][] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) continue;
    rows.push([key, value]);
  }
  return { name: "_meta", visibility: "veryHidden", rows };
}

export function defaultMeta(plan: Plan, unit: string, period: string): Record<string, CellValue> {
  return {
    format: "bdg-report",
    format_version: "1",
    plan: plan.id,
    unit,
    period,
    report_date: "",
    submitted_at: "",
    generator: "test-helper",
    report_sheet: "BaoCao",
  };
}

/** 09/12/2024 as an Excel date serial: the day a helper-built form is dated by default. */
export const DEFAULT_REPORT_DATE = 45635;

/** The form sheet alone: values by code; calc rows get the recomputed number (Excel's cached result) unless given. */
export function buildFormSheet(
  plan: Plan,
  unitCode: string,
  periodCode: string,
  values: Record<string, CellValue>,
  options: FormGridOptions = {},
): SheetGrid {
  const unit = findUnit(plan, unitCode);
  const period = findPeriod(plan, periodCode);
  if (!unit || !period) throw new Error(`form-grid: unknown unit ${unitCode} or period ${periodCode}`);
  const split = options.splitHeaderCells;
  const unitText = options.unitText ?? unit.name;
  const periodText =
    options.periodText ?? `${period.label} (từ ${formatDateVi(period.dataFrom)} đến ${formatDateVi(period.dataTo)})`;
  const h = (s: string) => nfd(s, options.nfdHeader);
  const labelled = (label: string, value: string): CellValue[] =>
    split ? [h(`${label}:`), null, h(value)] : [h(`${label}: ${value}`)];

  const rows: CellValue[][] = [];
  for (let i = 0; i < (options.shiftRows ?? 0); i++) rows.push([]);
  rows.push([plan.formNumber]);
  rows.push([h(plan.issuer), null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  rows.push([h(unit.name), null, null, null, "Độc lập - Tự do - Hạnh phúc"]);
  rows.push([]);
  rows.push([h(plan.formTitle)]);
  rows.push(labelled("Kỳ báo cáo", periodText));
  rows.push(labelled("Đơn vị báo cáo", unitText));
  rows.push([h(`Đơn vị nhận báo cáo: ${plan.recipient}`)]);
  rows.push([`Hạn nộp: ${formatDateVi(period.due)}`]);
  rows.push(["(Số liệu ước thực hiện đến hết kỳ)"]);
  rows.push([]);
  rows.push(["STT", h("Mã"), h("Chỉ tiêu"), h("Đơn vị tính"), h("Số liệu kỳ báo cáo"), `Mục tiêu ${plan.targetYear}`, h("Ghi chú")]);

  const indicators = applicableIndicators(plan, unit, period);
  const numeric: Record<string, number | string | null> = {};
  for (const [code, v] of Object.entries(values)) numeric[code] = typeof v === "number" || typeof v === "string" ? v : null;

  type Row = { code: string; cells: CellValue[] };
  let tableRows: Row[] = [];
  let lastSection = "";
  for (const ind of indicators) {
    if (ind.section !== lastSection) {
      lastSection = ind.section;
      const section = plan.sections.find((s) => s.code === ind.section);
      tableRows.push({ code: "", cells: [section?.stt ?? "", null, section?.title ?? ""] });
    }
    let value: CellValue = values[ind.code] ?? null;
    if (ind.type === "calc" && !(ind.code in values) && ind.calc) value = recomputeCalc(ind.calc, numeric).value;
    const codeText = options.codeText ? options.codeText(ind.code) : ind.code;
    tableRows.push({ code: ind.code, cells: [ind.stt, codeText, ind.label, ind.unitOfMeasure, value, null, null] });
  }
  const deleted = new Set(options.deleteCodes ?? []);
  tableRows = tableRows.filter((r) => !deleted.has(r.code));
  for (const code of options.moveToEnd ?? []) {
    const at = tableRows.findIndex((r) => r.code === code);
    if (at >= 0) tableRows.push(...tableRows.splice(at, 1));
  }
  if (options.reverseRows) tableRows.reverse();
  for (const [codeText, value] of options.extraRows ?? []) tableRows.push({ code: "", cells: ["", codeText, "", "", value] });
  rows.push(...tableRows.map((r) => r.cells));

  rows.push([]);
  // A filled form is dated (a missing date is a warning of its own): 09/12/2024 unless told otherwise.
  rows.push([null, null, h("Ngày báo cáo (dd/mm/yyyy):"), null, options.reportDate === undefined ? DEFAULT_REPORT_DATE : options.reportDate]);
  rows.push([null, null, h("Người lập biểu"), null, h("THỦ TRƯỞNG ĐƠN VỊ")]);
  return { name: options.sheetName ?? "BaoCao", visibility: "visible", rows };
}

/** A whole workbook: the form sheet and (unless noMeta) its _meta. */
export function buildFormGrid(
  plan: Plan,
  unitCode: string,
  periodCode: string,
  values: Record<string, CellValue>,
  options: FormGridOptions = {},
): WorkbookGrid {
  const sheet = buildFormSheet(plan, unitCode, periodCode, values, options);
  if (options.noMeta) return { sheets: [sheet] };
  const meta = { ...defaultMeta(plan, unitCode, periodCode), report_sheet: sheet.name, ...(options.meta ?? {}) };
  return { sheets: [sheet, buildMetaSheet(meta)] };
}

/** The address ("BaoCao!E14") of a code's value cell in a sheet built here. */
export function valueCellOf(sheet: SheetGrid, code: string): string | null {
  for (let r = 0; r < sheet.rows.length; r++) {
    const c = sheet.rows[r]?.[GRID_COL.code];
    if (typeof c === "string" && c.trim().toUpperCase() === code) return `${sheet.name}!E${r + 1}`;
  }
  return null;
}

/**
 * Values that pass every rule of a plan shaped like the built-in one: wholes 100, parts 10
 * (sources of money 50/30/20 of 100), births 210 of which 100 girls (ratio 110 ≤ 111), all village rules without
 * discrimination (CL11 = CL10), yes/no
 * "Có", narratives blank. `overrides` replace single codes.
 */
export function validValues(
  plan: Plan,
  unitCode: string,
  periodCode: string,
  overrides: Record<string, CellValue> = {},
): Record<string, CellValue> {
  const unit = findUnit(plan, unitCode);
  const period = findPeriod(plan, periodCode);
  if (!unit || !period) throw new Error(`form-grid: unknown unit ${unitCode} or period ${periodCode}`);
  const special: Record<string, CellValue> = {
    "KP01.NS": 50,
    "KP01.TINH": 30,
    "KP01.XHH": 20,
    CL04: 210,
    "CL04.NU": 100,
    CL11: 100,
  };
  const values: Record<string, CellValue> = {};
  for (const ind of applicableIndicators(plan, unit, period)) {
    if (ind.type === "calc" || ind.type === "text") continue;
    if (ind.code in special) values[ind.code] = special[ind.code];
    else if (ind.type === "yesno") values[ind.code] = "Có";
    else values[ind.code] = ind.parent ? 10 : 100;
  }
  return { ...values, ...overrides };
}
