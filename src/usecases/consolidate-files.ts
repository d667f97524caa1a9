// Tổng hợp: many .xlsx files (and the form sheets already in the open workbook) → the district
// summary (domain.md §6). Files are read one at a time with the fast reader (never exceljs),
// and only each file's verdict (FileReport) is kept.
import { consolidate, type Summary } from "../core/consolidate";
import type { WorkbookGrid } from "../core/grid";
import type { Plan } from "../core/plan";
import { inspectWorkbook, type FileReport } from "../core/read";
import { checkFile } from "./check-file";
import type { InputFile } from "./input-file";
import { OPEN_WORKBOOK_NAME } from "./settings-keys";

export interface ConsolidateProgress {
  done: number;
  total: number;
  /** The file just read. */
  file: string;
}

export interface ConsolidateRequest {
  plan: Plan;
  periodCode: string;
  /** The as-of day, YYYY-MM-DD (Asia/Ho_Chi_Minh). */
  asOf: string;
  files: readonly InputFile[];
  /** The open workbook's sheets (Excel mode); its form sheets count as submissions. */
  openWorkbook?: WorkbookGrid | null;
  includeInvalid?: boolean;
  onProgress?: (p: ConsolidateProgress) => void;
  /** Lets the UI paint the progress bar between files (e.g. a zero-delay timeout every few files). */
  yieldToUi?: (done: number) => Promise<void> | void;
}

/** The open workbook's forms, if it has any; a book without forms (the clerk's own) adds nothing. */
function openWorkbookReport(plan: Plan, grid: WorkbookGrid | null | undefined): FileReport | null {
  if (!grid) return null;
  const report = inspectWorkbook(plan, OPEN_WORKBOOK_NAME, null, grid);
  return report.kind === "forms" ? report : null;
}

export async function consolidateFiles(req: ConsolidateRequest): Promise<Summary> {
  const reports: FileReport[] = [];
  const fromOpen = openWorkbookReport(req.plan, req.openWorkbook);
  if (fromOpen) reports.push(fromOpen);
  const total = req.files.length;
  for (let i = 0; i < total; i++) {
    const file = req.files[i];
    reports.push(await checkFile(req.plan, file));
    req.onProgress?.({ done: i + 1, total, file: file.name });
    if (req.yieldToUi) await req.yieldToUi(i + 1);
  }
  return consolidate(req.plan, req.periodCode, req.asOf, reports, { includeInvalid: req.includeInvalid ?? false });
}
