// Tổng hợp: many .xlsx files (and the form sheets already in the open workbook) → the district
// summary (domain.md §6). Files are read with the fast reader (never exceljs), a few reads ahead
// (read-ahead.ts) but judged one at a time in input order, and only each file's verdict
// (FileReport) is kept.
//
// Time slicing: the work runs on the UI thread, so it gives the UI a turn whenever `sliceMs` have
// passed since the last turn (not every n files: a fixed count is too often on a fast machine and
// too rarely on a slow one). Progress is reported only at those turns and after the last file, so
// the UI re-renders at most once per slice.
import { consolidate, type Summary } from "../core/consolidate";
import type { WorkbookGrid } from "../core/grid";
import type { Plan } from "../core/plan";
import { inspectWorkbook, type FileReport } from "../core/read";
import { reportOfBytes } from "./check-file";
import type { InputFile } from "./input-file";
import { DEFAULT_READ_AHEAD, readAhead } from "./read-ahead";
import { OPEN_WORKBOOK_NAME } from "./settings-keys";

export interface ConsolidateProgress {
  done: number;
  total: number;
  /** The file just read. */
  file: string;
}

/** ~40 ms: short enough that the pane still answers a click, long enough that yielding costs little. */
export const DEFAULT_SLICE_MS = 40;

export interface ConsolidateRequest {
  plan: Plan;
  periodCode: string;
  /** The as-of day, YYYY-MM-DD (Asia/Ho_Chi_Minh). */
  asOf: string;
  files: readonly InputFile[];
  /** The open workbook's sheets (Excel mode); its form sheets count as submissions. */
  openWorkbook?: WorkbookGrid | null;
  includeInvalid?: boolean;
  /** Called when a time slice ends (just before yielding) and once after the last file. */
  onProgress?: (p: ConsolidateProgress) => void;
  /** Gives the UI a turn (paint the progress bar, answer input); called when a time slice ends. */
  yieldToUi?: () => Promise<void>;
  /** Milliseconds from any fixed origin (performance.now in the browser); injected so tests are deterministic. */
  now?: () => number;
  /** Length of a time slice, ms (default DEFAULT_SLICE_MS). */
  sliceMs?: number;
  /** File reads kept in flight (default DEFAULT_READ_AHEAD). */
  readAhead?: number;
}

/** The open workbook's forms, if it has any; a book without forms (the clerk's own) adds nothing. */
function openWorkbookReport(plan: Plan, grid: WorkbookGrid | null | undefined): FileReport | null {
  if (!grid) return null;
  const report = inspectWorkbook(plan, OPEN_WORKBOOK_NAME, null, grid);
  return report.kind === "forms" ? report : null;
}

const performanceNow = (): number => globalThis.performance.now();

export async function consolidateFiles(req: ConsolidateRequest): Promise<Summary> {
  const reports: FileReport[] = [];
  const fromOpen = openWorkbookReport(req.plan, req.openWorkbook);
  if (fromOpen) reports.push(fromOpen);
  const now = req.now ?? performanceNow;
  const sliceMs = req.sliceMs ?? DEFAULT_SLICE_MS;
  const total = req.files.length;
  let done = 0;
  let sliceStart = now();
  for await (const bytes of readAhead(req.files, req.readAhead ?? DEFAULT_READ_AHEAD)) {
    const file = req.files[done];
    reports.push(reportOfBytes(req.plan, file, bytes));
    done++;
    if (done === total) req.onProgress?.({ done, total, file: file.name });
    else if (now() - sliceStart >= sliceMs) {
      req.onProgress?.({ done, total, file: file.name });
      if (req.yieldToUi) await req.yieldToUi();
      sliceStart = now();
    }
  }
  return consolidate(req.plan, req.periodCode, req.asOf, reports, { includeInvalid: req.includeInvalid ?? false });
}
