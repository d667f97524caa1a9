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
import { inputKindOf, unreadable, type FileReport, type PreviousSummary } from "../core/read";
import { inspectWorkbook } from "../core/rules";
import { recordReceipts, type ReceiptRegister } from "../core/register";
import { inProcessJudge, type FileJudge } from "./file-judge";
import type { InputFile } from "./input-file";
import { fileTimeOf } from "./judge-file";
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
  /** Keep a receipt register (docs/contract.md §4.2): each file's hash is looked up, new ones appended. */
  receipts?: Receipts;
  /** The earlier summary to compare with ("So sánh với kỳ trước", docs/contract.md §4.5). */
  previous?: PreviousSummary | null;
}

export interface Receipts {
  register: ReceiptRegister;
  /** The clock, ISO date-time in +07:00. */
  now: string;
  /** A file's SHA-256 (hex), or null when it cannot be told. */
  hash: (file: InputFile) => Promise<string | null>;
}

export interface Consolidated {
  summary: Summary;
  /** The register with this run's new files appended, when the run keeps one. */
  receipts: { register: ReceiptRegister; added: number } | null;
}

/** Picked files by what their names say (docs/contract.md §4.1): read, unreadable as they are, or not spreadsheets. */
function sortByKind(files: readonly InputFile[]): { toRead: InputFile[]; known: FileReport[]; ignored: string[] } {
  const toRead: InputFile[] = [];
  const known: FileReport[] = [];
  const ignored: string[] = [];
  for (const file of files) {
    const kind = inputKindOf(file.name);
    if (kind.kind === "workbook") toRead.push(file);
    else if (kind.kind === "other_spreadsheet") known.push(unreadable(file.name, fileTimeOf(file.lastModified), { kind: "other_spreadsheet", sentence: kind.reason }));
    else ignored.push(file.name);
  }
  return { toRead, known, ignored };
}

/** The open workbook's forms, if it has any; a book without forms (the clerk's own) adds nothing. */
function openWorkbookReport(plan: Plan, grid: WorkbookGrid | null | undefined): FileReport | null {
  if (!grid) return null;
  const report = inspectWorkbook(plan, OPEN_WORKBOOK_NAME, null, grid);
  return report.kind === "forms" ? report : null;
}

const performanceNow = (): number => globalThis.performance.now();

export async function consolidateFiles(req: ConsolidateRequest): Promise<Summary> {
  return (await consolidateFilesKeepingReceipts(req)).summary;
}

export async function consolidateFilesKeepingReceipts(req: ConsolidateRequest): Promise<Consolidated> {
  const reports: FileReport[] = [];
  const fromOpen = openWorkbookReport(req.plan, req.openWorkbook);
  if (fromOpen) reports.push(fromOpen);
  const { toRead, known, ignored } = sortByKind(req.files);
  const now = req.now ?? performanceNow;
  const sliceMs = req.sliceMs ?? DEFAULT_SLICE_MS;
  const total = toRead.length;
  let done = 0;
  let sliceStart = now();
  const judge = req.judge ?? inProcessJudge(req.plan, req.readAhead ?? DEFAULT_READ_AHEAD);
  const receipts = req.receipts;
  const judged = async (i: number): Promise<FileReport> => {
    if (!receipts) return judge.judge(toRead[i], i);
    const [report, sha256] = await Promise.all([judge.judge(toRead[i], i), receipts.hash(toRead[i])]);
    return sha256 ? { ...report, sha256 } : report;
  };
  for await (const report of inOrderAhead(total, judged, judge.inFlight)) {
    const file = toRead[done];
    reports.push(report);
    done++;
    if (done === total) req.onProgress?.({ done, total, file: file.name });
    else if (now() - sliceStart >= sliceMs) {
      req.onProgress?.({ done, total, file: file.name });
      if (req.yieldToUi) await req.yieldToUi();
      sliceStart = now();
    }
  }
  const recorded = receipts ? recordReceipts(receipts.register, reports, receipts.now) : null;
  const summary = consolidate(req.plan, req.periodCode, req.asOf, [...(recorded?.reports ?? reports), ...known], {
    includeInvalid: req.includeInvalid ?? false,
    ignored,
    previous: req.previous ?? null,
  });
  return { summary, receipts: recorded ? { register: recorded.register, added: recorded.added } : null };
}
