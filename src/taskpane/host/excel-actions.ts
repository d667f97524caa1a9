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
import type { ActionRoutes, CheckResult, TaskpaneActions } from "./actions";
import { consolidatePicked } from "./consolidate-picked";
import { fileReadings } from "./read-pool";

/** Every action into the open workbook (gatedActions() sends those this Excel lacks to file mode). */
export const EXCEL_ROUTES: ActionRoutes = { install: "excel", check: "excel", finalize: "excel", consolidateOpenWorkbook: "excel", deliverSummary: "excel" };

/** `spawnWorker` starts a read worker for "Tổng hợp" (null: files are read in the page). */
export function excelActions(port: WorkbookPort, spawnWorker: SpawnWorker | null = null): TaskpaneActions {
  const readingFor = fileReadings(spawnWorker);
  return {
    mode: "excel",
    routes: EXCEL_ROUTES,
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
    async deliverSummary(plan, summary, confirmReplace = false) {
      const outcome = await writeSummary(port, plan, summary, { confirmReplace });
      if (outcome.kind === "needs_confirmation") return outcome;
      return { kind: "written", sheets: outcome.report.sheets, degraded: outcome.report.degraded };
    },
    onWorkbookChanged: (handler) => port.onWorkbookChanged(handler),
  };
}
