// "Tổng hợp" of picked files, the same in Excel mode and file mode: files read in batches,
// judged on the worker pool (or in the page), the UI given its turns, each file's hash looked up in
// the receipt register. Excel mode adds the form sheets already in the open workbook.
import type { WorkbookGrid } from "../../core/grid";
import type { Plan } from "../../core/plan";
import type { ReceiptRegister } from "../../core/register";
import { toHcmIso } from "../../core/time";
import { consolidateFilesKeepingReceipts, fileSha256, type Consolidated } from "../../usecases";
import type { ConsolidateInput } from "./actions";
import { batchedInputFiles } from "./batched-files";
import { uiClock, yieldToUi } from "./browser-files";
import type { FileReading } from "./read-pool";

export async function consolidatePicked(
  input: ConsolidateInput,
  readingFor: (plan: Plan) => FileReading,
  openWorkbook: WorkbookGrid | null = null,
  register: ReceiptRegister | null = null,
): Promise<Consolidated> {
  const reading = readingFor(input.plan);
  try {
    return await consolidateFilesKeepingReceipts({
      plan: input.plan,
      periodCode: input.periodCode,
      asOf: input.asOf,
      files: batchedInputFiles(input.files),
      openWorkbook,
      includeInvalid: input.includeInvalid,
      onProgress: input.onProgress,
      yieldToUi,
      now: uiClock,
      judge: reading.judge,
      previous: input.previous ?? null,
      receipts: register ? { register, now: toHcmIso(Date.now()), hash: fileSha256 } : undefined,
    });
  } finally {
    reading.finish();
  }
}
