// The district summary into new sheets of the open workbook, in batched writes (the port splits
// only at the 5 MB request cap). Text from units stays text: the core's model stores literals as
// values and the port never turns a value starting with "=", "+", "-" or "@" into a formula.
import { summaryWorkbook, type Summary } from "../core/consolidate";
import type { Plan } from "../core/plan";
import type { WorkbookPort, WriteReport } from "../core/ports";

export async function writeSummary(port: WorkbookPort, plan: Plan, summary: Summary): Promise<WriteReport> {
  return port.writeSheets(summaryWorkbook(plan, summary));
}
