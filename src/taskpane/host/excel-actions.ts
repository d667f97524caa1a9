// Excel mode: every action goes through the WorkbookPort (src/excel) and the use cases.
import type { WorkbookPort } from "../../core/ports";
import type { SpawnWorker } from "../../usecases/worker-pool-judge";
import {
  consolidateFiles,
  finalizeForm,
  installForm,
  OPEN_WORKBOOK_NAME,
  validateActiveForm,
  writeSummary,
} from "../../usecases";
import type { CheckResult, TaskpaneActions } from "./actions";
import { batchedInputFiles } from "./batched-files";
import { fileReadings } from "./read-pool";
import { yieldToUi, uiClock } from "./browser-files";

/** `spawnWorker` starts a read worker for "Tổng hợp" (null: files are read in the page). */
export function excelActions(port: WorkbookPort, spawnWorker: SpawnWorker | null = null): TaskpaneActions {
  const readingFor = fileReadings(spawnWorker);
  return {
    mode: "excel",
    capabilities: () => port.capabilities(),
    settings: port,
    install: (plan, unitCode, periodCode, confirmReplace) => installForm(port, plan, unitCode, periodCode, { confirmReplace }),
    async check(plan): Promise<CheckResult> {
      const outcome = await validateActiveForm(port, plan);
      if (outcome.kind === "checked") return { kind: "forms", source: OPEN_WORKBOOK_NAME, forms: outcome.forms };
      return { kind: "problem", source: OPEN_WORKBOOK_NAME, issue: outcome.issue };
    },
    finalize: (plan, now) => finalizeForm(port, plan, now),
    selectCell: (address) => port.selectCell(address),
    async consolidate(input) {
      const openWorkbook = input.includeOpenWorkbook ? await port.readWorkbook() : null;
      const reading = readingFor(input.plan);
      try {
        return await consolidateFiles({
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
        });
      } finally {
        reading.finish();
      }
    },
    async deliverSummary(plan, summary) {
      const report = await writeSummary(port, plan, summary);
      return { kind: "written", sheets: report.sheets, degraded: report.degraded };
    },
    onWorkbookChanged: (handler) => port.onWorkbookChanged(handler),
  };
}
