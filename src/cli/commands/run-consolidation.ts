// The consolidation use case shared by `consolidate` and `demo`: stream the files (read → judge
// → keep only the small FileReport; on worker threads for large runs or --jobs, io/read-pool.ts),
// consolidate, and optionally write the summary workbook.
import { consolidate, summaryWorkbook, type Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import type { WorkbookModel } from "../../core/sheet";
import { writeWorkbook } from "../../xlsx/write";
import type { FoundFile } from "../io/find-xlsx";
import { inspectFiles } from "../io/inspect-files";
import { writeOutputFile, type WriteResult } from "../io/write-output";
import { GENERATOR } from "../version";

export interface ConsolidationRequest {
  plan: Plan;
  files: readonly FoundFile[];
  period: string;
  asOf: string;
  includeInvalid: boolean;
  /** --jobs: worker threads reading the files (1 = this thread); undefined = automatic. */
  jobs: number | undefined;
}

export async function runConsolidation(request: ConsolidationRequest): Promise<Summary> {
  const reports = await inspectFiles(request.plan, request.files, request.jobs, "Đang đọc báo cáo");
  return consolidate(request.plan, request.period, request.asOf, reports, { includeInvalid: request.includeInvalid });
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
