// The consolidation use case shared by `consolidate` and `demo`: stream the files one at a
// time (read → judge → keep only the small FileReport), consolidate, and optionally write the
// summary workbook.
import { consolidate, summaryWorkbook, type Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import type { FileReport } from "../../core/read";
import type { WorkbookModel } from "../../core/sheet";
import { writeWorkbook } from "../../xlsx/write";
import type { FoundFile } from "../io/find-xlsx";
import { inspectInput } from "../io/inspect-input";
import { writeOutputFile, type WriteResult } from "../io/write-output";
import { createProgress } from "../output/progress";

export interface ConsolidationRequest {
  plan: Plan;
  files: readonly FoundFile[];
  period: string;
  asOf: string;
  includeInvalid: boolean;
}

export function runConsolidation(request: ConsolidationRequest): Summary {
  const reports: FileReport[] = [];
  const progress = createProgress(request.files.length, "Đang đọc báo cáo");
  for (const file of request.files) {
    reports.push(inspectInput(request.plan, file));
    progress.tick(file.display);
  }
  progress.done();
  return consolidate(request.plan, request.period, request.asOf, reports, { includeInvalid: request.includeInvalid });
}

/** Renders and writes the summary workbook; `decorate` may add sheets (the demo's sample-data note). */
export async function writeSummary(
  plan: Plan,
  summary: Summary,
  outPath: string,
  decorate: (model: WorkbookModel) => WorkbookModel = (m) => m,
): Promise<WriteResult> {
  const bytes = await writeWorkbook(decorate(summaryWorkbook(plan, summary)));
  return writeOutputFile(outPath, bytes, true);
}
