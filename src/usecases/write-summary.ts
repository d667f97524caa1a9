// The district summary into sheets of the open workbook, in batched writes (the port splits
// only at the 5 MB request cap). Text from units stays text: the core's model stores literals as
// values and the port never turns a value starting with "=", "+", "-" or "@" into a formula.
//
// The officer's own sheets are never touched without asking: a sheet that has one of the
// summary's names but that bdg did not write (the port knows bdg's sheets by id, from the
// workbook's settings) is replaced only after the officer agreed (docs/contract.md §4.3: never
// write over what bdg did not write). Every other sheet of the workbook is left alone.
// In the open workbook the summary also gets the sheet "BieuDo": the report's charts as native
// Excel charts over small tables that obey the small-number rule (docs/contract.md §4.4,
// docs/domain.md §8); an Excel too old to draw them still gets the tables (src/excel/features.ts).
// Round trips: foreignSheets (1) + writeSheets (write 1 + recalculation 1, +1 per 4 MB). The charts
// go in the recalculation's request; only before ExcelApi 1.6 (no recalculation request) does
// replacing the charts of an earlier BieuDo cost one more (src/excel/write-sheets.ts step 5).
import { summaryWorkbook, type Summary } from "../core/consolidate";
import { META_SHEET } from "../core/form";
import type { Plan } from "../core/plan";
import { chartSheet } from "../core/report";
import type { WorkbookPort, WriteReport } from "../core/ports";
import { GENERATOR } from "./settings-keys";

export type SummaryWriteOutcome =
  /** Sheets of these names exist and bdg did not write them: ask before replacing them. */
  | { kind: "needs_confirmation"; sheets: string[] }
  | { kind: "written"; report: WriteReport };

export interface SummaryWriteOptions {
  /** The officer agreed to replace the sheets named in needs_confirmation. */
  confirmReplace: boolean;
}

export async function writeSummary(
  port: WorkbookPort,
  plan: Plan,
  summary: Summary,
  options: SummaryWriteOptions = { confirmReplace: false },
): Promise<SummaryWriteOutcome> {
  const model = summaryWorkbook(plan, summary, { generator: GENERATOR });
  // The summary file's `_meta` marks a file bdg wrote; in the open workbook it would replace the
  // `_meta` of a form the clerk keeps there, so the sheets go in without it.
  const charts = chartSheet(plan, summary);
  const sheets = [...model.sheets.filter((s) => s.name !== META_SHEET), ...(charts ? [charts] : [])];
  const foreign = await port.foreignSheets(sheets.map((s) => s.name));
  if (foreign.length > 0 && !options.confirmReplace) return { kind: "needs_confirmation", sheets: foreign };
  return { kind: "written", report: await port.writeSheets({ sheets }) };
}
