// Kiểm tra: read the form's sheets in one round trip, judge every form sheet with the core's
// rules, then highlight the error cells (the port clears the previous highlight first, giving
// those cells back the form's input fill). Round trips: readForm (1) + markErrorCells (1) = 2.
import type { Issue } from "../core/issues";
import type { Plan } from "../core/plan";
import { INPUT_FILL, META_SHEET } from "../core/form";
import type { WorkbookPort } from "../core/ports";
import { type ValidatedForm } from "../core/read";
import { inspectWorkbook } from "../core/rules";
import { OPEN_WORKBOOK_NAME } from "./settings-keys";

export type CheckOutcome =
  | { kind: "checked"; forms: ValidatedForm[] }
  /** No sheet laid out as the form (or it cannot be identified): the issue says why. */
  | { kind: "no_form"; issue: Issue };

/** Sheet-qualified cells of the errors on the visible form sheets (not the hidden _meta), each once. */
export function errorCells(forms: readonly ValidatedForm[]): string[] {
  const cells = new Set<string>();
  for (const f of forms) {
    for (const i of f.issues) {
      if (i.severity === "error" && i.cell && !i.cell.startsWith(`${META_SHEET}!`)) cells.add(i.cell);
    }
  }
  return [...cells];
}

export async function validateActiveForm(port: WorkbookPort, plan: Plan): Promise<CheckOutcome> {
  const grid = await port.readForm();
  const report = inspectWorkbook(plan, OPEN_WORKBOOK_NAME, null, grid);
  if (report.kind !== "forms") {
    await port.markErrorCells([], INPUT_FILL);
    return { kind: "no_form", issue: report.issue };
  }
  await port.markErrorCells(errorCells(report.forms), INPUT_FILL);
  return { kind: "checked", forms: report.forms };
}
