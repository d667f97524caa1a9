// Excel mode: every action goes through the WorkbookPort (src/excel) and the use cases.
import type { WorkbookPort } from "../../core/ports";
import { emptyRegister, parseRegisterText, registerText } from "../../core/register";
import type { SpawnReadWorker } from "./worker-spawner";
import {
  finalizeForm,
  installForm,
  OPEN_WORKBOOK_NAME,
  SETTING_KEYS,
  validateActiveForm,
  writeSummary,
} from "../../usecases";
import type { ActionRoutes, CheckResult, TaskpaneActions } from "./actions";
import { consolidatePicked } from "./consolidate-picked";
import { fileReadings } from "./read-pool";

/** Every action into the open workbook (gatedActions() sends those this Excel lacks to file mode). */
export const EXCEL_ROUTES: ActionRoutes = { install: "excel", check: "excel", finalize: "excel", consolidateOpenWorkbook: "excel", deliverSummary: "excel" };

/** `spawnWorker` starts a read worker for "Tổng hợp" (null: files are read in the page). */
export function excelActions(port: WorkbookPort, spawnWorker: SpawnReadWorker | null = null): TaskpaneActions {
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
    // The receipt register lives in this workbook's settings: the clerk consolidates in the same
    // book every time, and the register goes wherever the book goes (docs/so-nhan.md).
    async consolidate(input) {
      const openWorkbook = input.includeOpenWorkbook ? await port.readWorkbook() : null;
      const stored = await port.getSetting(SETTING_KEYS.register);
      const parsed = stored ? parseRegisterText(stored) : { ok: true as const, register: emptyRegister() };
      const done = await consolidatePicked(input, readingFor, openWorkbook, parsed.ok ? parsed.register : null);
      if (!parsed.ok) {
        return { summary: done.summary, receipts: { kept: "not_used", message: `Sổ nhận lưu trong sổ làm việc không dùng được (${parsed.message}); lần tổng hợp này không dùng sổ nhận, sổ được giữ nguyên.` } };
      }
      const receipts = done.receipts ?? { register: parsed.register, added: 0 };
      if (receipts.added > 0) await port.setSetting(SETTING_KEYS.register, registerText(receipts.register));
      return { summary: done.summary, receipts: { kept: "workbook", added: receipts.added, total: receipts.register.entries.length } };
    },
    async deliverSummary(plan, summary, confirmReplace = false) {
      const outcome = await writeSummary(port, plan, summary, { confirmReplace });
      if (outcome.kind === "needs_confirmation") return outcome;
      return { kind: "written", sheets: outcome.report.sheets, degraded: outcome.report.degraded };
    },
    onWorkbookChanged: (handler) => port.onWorkbookChanged(handler),
  };
}
