// The district summary into new sheets of the open workbook, in batched writes (the port splits
// only at the 5 MB request cap). Text from units stays text: the core's model stores literals as
// values and the port never turns a value starting with "=", "+", "-" or "@" into a formula.
import { summaryWorkbook, type Summary } from "../core/consolidate";
import { META_SHEET } from "../core/form";
import type { Plan } from "../core/plan";
import type { WorkbookPort, WriteReport } from "../core/ports";
import { GENERATOR } from "./settings-keys";

export async function writeSummary(port: WorkbookPort, plan: Plan, summary: Summary): Promise<WriteReport> {
  const model = summaryWorkbook(plan, summary, { generator: GENERATOR });
  // The summary file's `_meta` marks a file bdg wrote; in the open workbook it would replace the
  // `_meta` of a form the clerk keeps there, so the sheets go in without it.
  return port.writeSheets({ sheets: model.sheets.filter((s) => s.name !== META_SHEET) });
}
