// The consolidation use case shared by `consolidate` and `demo`: stream the files (read → judge
// → keep only the small FileReport; on worker threads for large runs or --jobs, io/read-pool.ts and the shared judging pool),
// consolidate, and write the summary workbook through the run's outputs (io/write).
import { consolidate, summaryWorkbook, type Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import type { FileReport, PreviousSummary } from "../../core/read";
import { recordReceipts, type ReceiptRegister } from "../../core/register";
import type { WorkbookModel } from "../../core/sheet";
import { writeWorkbookInNode } from "../../xlsx/write/node-write";
import { unreadableInputReport, type FoundFile, type UnreadableInput } from "../io/find-xlsx";
import { inspectFiles } from "../io/inspect-files";
import type { Outputs, WriteResult } from "../io/write";
import { faultStep } from "../io/write/fault-steps";
import { GENERATOR } from "../version";

export interface ConsolidationRequest {
  /** Only the rows this body receives (--recipient). */
  recipient?: string | null;
  /** The earlier summary to compare with (--previous). */
  previous?: PreviousSummary | null;
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
  await faultStep("reading"); // the tests see that no input is read before the outputs are checked
  const read = await inspectFiles(request.plan, request.files, request.jobs, "Đang đọc báo cáo", request.register !== undefined);
  const known: FileReport[] = (request.unreadable ?? []).map(unreadableInputReport);
  const recorded = request.register ? recordReceipts(request.register.register, read, request.register.now) : null;
  const reports = [...(recorded?.reports ?? read), ...known];
  const summary = consolidate(request.plan, request.period, request.asOf, reports, {
    includeInvalid: request.includeInvalid,
    ignored: request.ignored,
    recipient: request.recipient ?? null,
    previous: request.previous ?? null,
  });
  return { summary, register: recorded ? { register: recorded.register, added: recorded.added } : null };
}

/**
 * Renders and writes the summary workbook to `outPath`, an output planned in `outputs`; `decorate`
 * may add sheets (the demo's sample-data note), `sample` marks the demo's summary in its `_meta`.
 * A failure to render is a failed write too: the result is still printed (exit 3).
 */
export async function writeSummary(
  outputs: Outputs,
  outPath: string,
  plan: Plan,
  summary: Summary,
  decorate: (model: WorkbookModel) => WorkbookModel = (m) => m,
  sample = false,
): Promise<WriteResult> {
  let bytes: Uint8Array;
  try {
    bytes = await writeWorkbookInNode(decorate(summaryWorkbook(plan, summary, { generator: GENERATOR, sample })));
  } catch (e) {
    return { ok: false, message: `Không tạo được bảng tổng hợp ${outPath}: lỗi không mong đợi (xin báo cho người phát triển): ${e instanceof Error ? e.message : String(e)}` };
  }
  return outputs.write(outPath, bytes);
}
