// The port between the use cases (task pane) and a workbook host. src/excel implements it with
// Office.js; tests implement it with a fake. The UI and the core never say `Excel.` or `Office.`.
import type { WorkbookGrid } from "../grid";
import type { WorkbookModel } from "../sheet";

/** What the running host supports, checked at run time (design.md: never hide the add-in in the manifest). */
export interface HostCapabilities {
  /** Running inside Excel (false in a plain browser: file mode). */
  inExcel: boolean;
  /** ExcelApi 1.8: Excel data validation on input cells. */
  dataValidation: boolean;
  /** ExcelApi 1.7: worksheet protection with options. */
  protection: boolean;
  /** ExcelApi 1.13: insertWorksheetsFromBase64. */
  insertFromBase64: boolean;
  /** Vietnamese sentences for what is missing on this Excel (empty when nothing is). */
  limitations: string[];
}

export interface WriteReport {
  /** Sheets written, in order. */
  sheets: string[];
  /** Things degraded on this host (e.g. no data validation before ExcelApi 1.8), in Vietnamese. */
  degraded: string[];
}

export interface WorkbookPort {
  capabilities(): Promise<HostCapabilities>;
  /** Every sheet's used range as values (formulas as their results), including very hidden `_meta`. One round trip. */
  readWorkbook(): Promise<WorkbookGrid>;
  /**
   * Writes sheets, replacing any sheet of the same name (values kept by code are already in the model:
   * the use case reads first and carries them over). Activates the first visible sheet.
   */
  writeSheets(model: WorkbookModel): Promise<WriteReport>;
  /** Sets key/value pairs in `_meta` (column A keys, column B values), adding missing keys. */
  writeMeta(pairs: Record<string, string>): Promise<void>;
  /** Selects a sheet-qualified cell "BaoCao!E25" and activates its sheet. */
  selectCell(address: string): Promise<void>;
  /** Highlights these sheet-qualified cells as errors, clearing the previous highlight first. */
  markErrorCells(addresses: string[]): Promise<void>;
  /** Calls back when any worksheet changes (to mark a check as stale). Returns an unsubscribe function. */
  onWorkbookChanged(handler: () => void): Promise<() => void>;
  /** Settings remembered in the workbook (chosen unit, period, plan JSON). */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}
