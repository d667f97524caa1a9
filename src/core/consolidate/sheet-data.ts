// "_data": the long form as a hidden (not very hidden) sheet of every summary (docs/contract.md §4.4),
// so that a later run can read the summary back (`--previous`, docs/contract.md §4.5). Row 1 is the
// header of the long form's columns; the sensitivity note sits beside it, outside the columns.
import type { Plan } from "../plan/schema";
import type { SheetModel } from "../sheet";
import { DATA_SHEET_NAME } from "../read/previous-summary";
import { LONG_FORM_COLUMNS, longFormRows, SENSITIVE_NOTE } from "./long-form";
import type { Summary } from "./summary";

export { DATA_SHEET_NAME as DATA_SHEET } from "../read/previous-summary";

export function dataSheet(plan: Plan, summary: Summary): SheetModel {
  const cells: SheetModel["cells"] = LONG_FORM_COLUMNS.map((name, col) => ({ row: 0, col, value: name, style: "header" }));
  cells.push({ row: 0, col: LONG_FORM_COLUMNS.length + 1, value: SENSITIVE_NOTE, style: "header" });
  longFormRows(plan, summary).forEach((r, i) => {
    const row = i + 1;
    [r.period, r.unit, r.unitName, r.indicator, r.value, r.status, r.sourceFile].forEach((value, col) => {
      if (value !== null && value !== "") cells.push({ row, col, value, style: typeof value === "number" ? "number" : "text" });
    });
  });
  return {
    name: DATA_SHEET_NAME,
    visibility: "hidden",
    columnWidths: [10, 16, 40, 12, 14, 14, 40, 2, 30],
    cells,
    merges: [],
    // Text cells are "@" so that Excel never reads a unit's text as a date or a formula when edited.
    styles: { header: { bold: true }, text: { numFmt: "@" }, number: { numFmt: "General" } },
    protect: false,
    freezeRows: 1,
  };
}
