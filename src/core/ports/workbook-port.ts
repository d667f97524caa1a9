// The port between the use cases (task pane) and a workbook host. src/excel implements it with
// Office.js; tests implement it with a fake. The UI and the core never say `Excel.` or `Office.`.
//
// Round-trip budgets (context.sync calls per use case, docs/architecture.md): install ≤ 3,
// validate ≤ 2, finalize ≤ 2, writing the summary ≤ 3 plus one per 4 MB of payload. Each method
// below states its own cost; the use cases meet the budgets by calling, in order:
//   install   readForm (1) + writeSheets (write 1 + recalc 1, the list remembered)  = 3
//   validate  readForm (1) + markErrorCells (1)                                    = 2
//   finalize  readForm (1) + writeMeta(pairs array) (1)                            = 2
//   summary   foreignSheets (1) + writeSheets (write 1 + recalc 1, +1 per 4 MB)    = 3
// On Excel before ExcelApi 1.4 readForm costs one more (no *OrNullObject: list, then ranges).
import type { WorkbookGrid } from "../grid";
import type { WorkbookModel } from "../sheet";

/** The officer's actions and the form's aids that depend on the host's ExcelApi level. */
export type HostFeature =
  | "install"
  | "validate"
  | "markErrors"
  | "finalize"
  | "consolidateOpenWorkbook"
  | "writeSummary"
  | "protection"
  | "freezeAndTabColor"
  | "changeEvents"
  | "dataValidation"
  /** Native charts on the summary's BieuDo sheet. */
  | "charts";

export interface FeatureAvailability {
  available: boolean;
  /** The requirement set it needs, e.g. "ExcelApi 1.2". */
  needs: string;
  /** What it is, in Vietnamese. */
  label: string;
}

/** What the running host supports, checked at run time (never by hiding the add-in in the manifest:
 * an older Excel still loads it and says what it lacks). */
export interface HostCapabilities {
  /** Running inside Excel (false in a plain browser: file mode). */
  inExcel: boolean;
  /** The highest ExcelApi set, e.g. "ExcelApi 1.8"; null outside Excel or when Excel has none. */
  apiVersion: string | null;
  /** Each feature and whether this host has it (decided in src/excel/features.ts). */
  features: Record<HostFeature, FeatureAvailability>;
  /** ExcelApi 1.8: Excel data validation on input cells. */
  dataValidation: boolean;
  /** ExcelApi 1.2: worksheet protection with options. */
  protection: boolean;
  /** ExcelApi 1.13: insertWorksheetsFromBase64 (not needed: the form is written cell by cell). */
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

/** `_meta` as a whole table: [key, value] rows from A1 down (see metaTable()). */
export type MetaPairs = [string, string][];

export interface WorkbookPort {
  capabilities(): Promise<HostCapabilities>;
  /**
   * The sheets an officer's form lives on, read in ONE round trip: the report sheet "BaoCao",
   * the very hidden `_meta` and the active sheet (a form under another name), each present one
   * once, in workbook order, with its used range as values (formulas as their results).
   * Missing sheets are simply absent. Use it before install, validate and finalize.
   */
  readForm(): Promise<WorkbookGrid>;
  /**
   * Every sheet's used range as values, including very hidden `_meta`: for consolidating the
   * open workbook. Three round trips (the sheet list, the ranges' sizes, the values), more when
   * the values pass the 5 MB response cap of Excel on the web.
   */
  readWorkbook(): Promise<WorkbookGrid>;
  /**
   * Writes sheets. A sheet of the same name is cleared and rewritten IN PLACE (never renamed or
   * deleted, so the officer's formulas that refer to it keep working); values kept by code are
   * already in the model (the use case reads first and carries them over). Activates the first
   * visible sheet, then recalculates (calculation was suspended during the write). Remembers in
   * the workbook's settings that bdg wrote these sheets.
   * Round trips: the sheet list (none right after a read), the write (one more per 4 MB of
   * payload), the recalculation.
   */
  writeSheets(model: WorkbookModel): Promise<WriteReport>;
  /**
   * Of these sheet names, the sheets that exist in the workbook and that bdg did not write
   * (the officer's own, or one bdg's settings do not know): the summary asks before replacing
   * them. One round trip (the sheet list, which the next writeSheets then reuses).
   */
  foreignSheets(names: string[]): Promise<string[]>;
  /**
   * Array form (ONE round trip): REPLACES the `_meta` table with exactly these rows (A1:B n, as
   * text, anything below cleared); pass the whole table, i.e. what readForm() read from `_meta`
   * merged with the new values: metaTable(grid, updates). `_meta` must exist (readForm shows
   * it does); otherwise it rejects with a Vietnamese message and writes nothing. An empty
   * table is refused (it would erase the form's identity).
   */
  writeMeta(pairs: MetaPairs): Promise<void>;
  /** Selects a sheet-qualified cell "BaoCao!E25" and activates its sheet. One round trip. */
  selectCell(address: string): Promise<void>;
  /**
   * Highlights these sheet-qualified cells as errors, clearing the previous highlight first.
   * Previously marked cells get `restoreFill` back (the form's input-cell fill, e.g. "FFF9E1", or
   * null for "no fill"): ONE round trip when called after readForm() or readWorkbook() (which tell
   * the port the sheets and their protection), two otherwise.
   */
  markErrorCells(addresses: string[], restoreFill: string | null): Promise<void>;
  /** Calls back when any worksheet changes (to mark a check as stale). Returns an unsubscribe function. */
  onWorkbookChanged(handler: () => void): Promise<() => void>;
  /** Settings remembered in the workbook (chosen unit, period, plan JSON). */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}
