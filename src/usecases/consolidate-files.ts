// Tổng hợp: many .xlsx files (and the form sheets already in the open workbook) → the district
// summary (docs/domain.md §6). Files are read with the fast reader (never exceljs) by a FileJudge: on
// this thread a few reads ahead (the default), or on workers the host provides. A bounded number
// of files is in flight, verdicts (FileReport, all that is kept of a file) are taken in input order
// whatever order they arrive in, so the summary is the same wherever files were read.
//
// Time slicing: verdicts are collected on the UI thread (in-process, parsed there too), so it gives
// the UI a turn whenever `sliceMs` have passed since the last turn (not every n files: a fixed count
// is too often on a fast machine and too rarely on a slow one). Progress is reported only at those turns and after the last file, so
// the UI re-renders at most once per slice.
import { consolidate, type Summary } from "../core/consolidate";
import type { WorkbookGrid } from "../core/grid";
import type { Plan } from "../core/plan";
import { inspectWorkbook, type FileReport } from "../core/read";
import { inProcessJudge, type FileJudge } from "./file-judge";
import type { InputFile } from "./input-file";
import { DEFAULT_READ_AHEAD, inOrderAhead } from "./read-ahead";
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
  /** In-process judging: file reads kept in flight (default DEFAULT_READ_AHEAD). */
  readAhead?: number;
  /** Who reads and judges the files (default: in-process, `readAhead` reads ahead). */
  judge?: FileJudge;
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
  const judge = req.judge ?? inProcessJudge(req.plan, req.readAhead ?? DEFAULT_READ_AHEAD);
  for await (const report of inOrderAhead(total, (i) => judge.judge(req.files[i], i), judge.inFlight)) {
    const file = req.files[done];
    reports.push(report);
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
