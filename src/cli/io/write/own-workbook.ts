// Is this existing .xlsx one that bdg wrote, and which? Told by its `_meta` sheet, as the core
// reads it (core/read/bdg-workbook.ts, docs/contract.md §4.3 "bdg recognises its own outputs by
// their metadata"): forms carry format bdg-report, summaries bdg-summary, and the files of
// `bdg demo` also sample = 1. One demo form has no `_meta` on purpose (an older copy, read from
// its header text): it is recognised by the sample-data mark bdg demo writes in every form, a
// text no real report carries since it says the numbers are not real.
import type { WorkbookGrid } from "../../../core/grid";
import { bdgWorkbookOf, isMetaSheetName, type BdgWorkbook } from "../../../core/read";
import { readXlsxInNode } from "../../../xlsx/read/node-read";
import { SAMPLE_DATA_MARK } from "../../demo/sample-data";

function gridOf(bytes: Uint8Array, wanted?: (sheet: string) => boolean): WorkbookGrid | null {
  const read = readXlsxInNode(bytes, undefined, wanted);
  return read.ok ? read.workbook : null;
}

/** null: not a workbook, or not one of ours. */
export function bdgWorkbookIn(bytes: Uint8Array): BdgWorkbook | null {
  // `_meta` alone: a summary of thousands of forms is past the reader's cell limit, yet still ours.
  const grid = gridOf(bytes, isMetaSheetName);
  return grid === null ? null : bdgWorkbookOf(grid);
}

function carriesSampleMark(grid: WorkbookGrid): boolean {
  return grid.sheets.some((sheet) => sheet.rows.some((row) => row?.some((v) => typeof v === "string" && v.startsWith(SAMPLE_DATA_MARK))));
}

/** A form or the summary made by `bdg demo`. */
export function isDemoWorkbook(bytes: Uint8Array): boolean {
  const grid = gridOf(bytes);
  if (grid === null) return false;
  const own = bdgWorkbookOf(grid);
  if (own !== null) return own.sample;
  return carriesSampleMark(grid);
}
