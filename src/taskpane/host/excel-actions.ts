// Excel mode: every action goes through the WorkbookPort (src/excel) and the use cases.
import type { WorkbookPort } from "../../core/ports";
import type { SpawnWorker } from "../../usecases/worker-pool-judge";
import {
  finalizeForm,
  installForm,
  OPEN_WORKBOOK_NAME,
  validateActiveForm,
  writeSummary,
} from "../../usecases";
import type { CheckResult, TaskpaneActions } from "./actions";
import { consolidatePicked } from "./consolidate-picked";
import { fileReadings } from "./read-pool";

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
      return consolidatePicked(input, readingFor, openWorkbook);
    },
    async deliverSummary(plan, summary) {
      const report = await writeSummary(port, plan, summary);
      return { kind: "written", sheets: report.sheets, degraded: report.degraded };
    },
    onWorkbookChanged: (handler) => port.onWorkbookChanged(handler),
  };
}
