// The consolidation use case shared by `consolidate` and `demo`: stream the files (read → judge
// → keep only the small FileReport; on worker threads for large runs or --jobs, io/read-pool.ts),
// consolidate, and optionally write the summary workbook.
import { consolidate, summaryWorkbook, type Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { unreadableReport, type FileReport } from "../../core/read";
import { recordReceipts, type ReceiptRegister } from "../../core/register";
import type { WorkbookModel } from "../../core/sheet";
import { writeWorkbook } from "../../xlsx/write";
import type { FoundFile, UnreadableInput } from "../io/find-xlsx";
import { inspectFiles } from "../io/inspect-files";
import { writeOutputFile, type WriteResult } from "../io/write-output";
import { GENERATOR } from "../version";

export interface ConsolidationRequest {
  plan: Plan;
  files: readonly FoundFile[];
  /** Inputs already known to be unreadable (other spreadsheet formats, unreadable folders). */
  unreadable?: readonly UnreadableInput[];
  /** Inputs that are not spreadsheets, listed in the summary's `ignored`. */
  ignored?: readonly string[];
  /** The receipt register and the clock (ISO date-time, +07:00), when the run keeps one. */
  register?: { register: ReceiptRegister; now: string };
  period: string;
  asOf: string;
  includeInvalid: boolean;
  /** --jobs: worker threads reading the files (1 = this thread); undefined = automatic. */
  jobs: number | undefined;
}

export interface Consolidation {
  summary: Summary;
  /** The register with this run's new files, when the run keeps one. */
  register: { register: ReceiptRegister; added: number } | null;
}

export async function runConsolidation(request: ConsolidationRequest): Promise<Consolidation> {
  const read = await inspectFiles(request.plan, request.files, request.jobs, "Đang đọc báo cáo", request.register !== undefined);
  const known: FileReport[] = (request.unreadable ?? []).map((u) => unreadableReport(u.display, null, u.reason));
  const recorded = request.register ? recordReceipts(request.register.register, read, request.register.now) : null;
  const reports = [...(recorded?.reports ?? read), ...known];
  const summary = consolidate(request.plan, request.period, request.asOf, reports, {
    includeInvalid: request.includeInvalid,
    ignored: request.ignored,
  });
  return { summary, register: recorded ? { register: recorded.register, added: recorded.added } : null };
}

/**
 * Renders and writes the summary workbook; `decorate` may add sheets (the demo's sample-data note),
 * `sample` marks the demo's summary in its `_meta`.
 */
export async function writeSummary(
  plan: Plan,
  summary: Summary,
  outPath: string,
  decorate: (model: WorkbookModel) => WorkbookModel = (m) => m,
  sample = false,
): Promise<WriteResult> {
  const bytes = await writeWorkbook(decorate(summaryWorkbook(plan, summary, { generator: GENERATOR, sample })));
  return writeOutputFile(outPath, bytes, true);
}
