// Feature gating for the pane: what src/excel says this Excel can do (HostCapabilities.features,
// from the one feature table, src/excel/features.ts) decides where each action goes. An action
// this Excel lacks is not a broken button: the pane offers the file-mode version of the same
// action in the same place (pick the file, download the result). An Office with no usable
// ExcelApi at all gets file mode for everything, still inside Excel.
import type { HostCapabilities } from "../../core/ports";
import type { ActionRoutes, TaskpaneActions } from "./actions";
import { FILE_ROUTES } from "./file-actions";

export function routesFor(capabilities: HostCapabilities): ActionRoutes {
  if (!capabilities.inExcel) return FILE_ROUTES;
  const f = capabilities.features;
  return {
    install: f.install.available ? "excel" : "file",
    check: f.validate.available ? "excel" : "file",
    finalize: f.finalize.available ? "excel" : "none",
    consolidateOpenWorkbook: f.consolidateOpenWorkbook.available ? "excel" : "none",
    deliverSummary: f.writeSummary.available ? "excel" : "file",
  };
}

/** Excel's actions where this Excel has them, file mode's elsewhere. */
export function gatedActions(excel: TaskpaneActions, file: TaskpaneActions, capabilities: HostCapabilities): TaskpaneActions {
  const routes = routesFor(capabilities);
  const via = (route: keyof ActionRoutes) => (routes[route] === "excel" ? excel : file);
  return {
    mode: excel.mode,
    routes,
    capabilities: async () => capabilities,
    settings: excel.settings,
    install: (...args) => via("install").install(...args),
    check: (plan, picked) => (routes.check === "excel" ? excel.check(plan, null) : file.check(plan, picked)),
    finalize: (...args) => via("finalize").finalize(...args),
    // a cell of a checked file is shown, not selected: the file is not the open workbook
    selectCell: (address) => via("check").selectCell(address),
    consolidate: (input) => via("consolidateOpenWorkbook").consolidate(input),
    deliverSummary: (...args) => via("deliverSummary").deliverSummary(...args),
    onWorkbookChanged: (handler) => via("check").onWorkbookChanged(handler),
  };
}
