// Below the narratives: the "Ngày báo cáo" input and the signature block (docs/domain.md §3).
//   row r     : C "Ngày báo cáo (dd/mm/yyyy):"  E [date input]
//   row r + 2 :                                 E:G "<place>, ngày … tháng … năm …"
//   row r + 3 : A:C "Người lập biểu"            E:G "THỦ TRƯỞNG ĐƠN VỊ"
//   row r + 4 : A:C "(Ký, ghi rõ họ tên)"       E:G "(Ký, đóng dấu, ghi rõ họ tên)"
//   row r + 5 : space to sign
//   row r + 6 : A:C "Điện thoại: ……"
import type { Plan } from "../plan/schema";
import { COL, HEIGHTS, LAST_COL, REPORT_DATE_LABEL } from "./layout";
import { put, putMerged, setHeight, type SheetDraft } from "./sheet-draft";
import { STYLE } from "./styles";
import { reportDateValidation } from "./validations";

export const PREPARER_ROLE = "Người lập biểu";
export const PREPARER_HINT = "(Ký, ghi rõ họ tên)";
export const HEAD_ROLE = "THỦ TRƯỞNG ĐƠN VỊ";
export const HEAD_HINT = "(Ký, đóng dấu, ghi rõ họ tên)";
export const PHONE_LINE = "Điện thoại: ……………………";

export function placeDateLine(plan: Plan): string {
  return `${plan.place}, ngày …… tháng …… năm ……`;
}

/** Writes the report date row at `row` and the signature block under it; returns the report date cell. */
export function writeSignatureBlock(draft: SheetDraft, plan: Plan, row: number): { row: number; col: number } {
  put(draft, row, COL.label, REPORT_DATE_LABEL, STYLE.reportDateLabel);
  draft.cells.push({ row, col: COL.value, style: STYLE.reportDateInput, validation: reportDateValidation });

  const left = { from: COL.stt, to: COL.label };
  const right = { from: COL.value, to: LAST_COL };
  putMerged(draft, row + 2, right.from, right.to, placeDateLine(plan), STYLE.signPlace);
  putMerged(draft, row + 3, left.from, left.to, PREPARER_ROLE, STYLE.signRole);
  putMerged(draft, row + 3, right.from, right.to, HEAD_ROLE, STYLE.signRole);
  putMerged(draft, row + 4, left.from, left.to, PREPARER_HINT, STYLE.signHint);
  putMerged(draft, row + 4, right.from, right.to, HEAD_HINT, STYLE.signHint);
  setHeight(draft, row + 5, HEIGHTS.signatureSpace);
  putMerged(draft, row + 6, left.from, left.to, PHONE_LINE, STYLE.signLine);
  return { row, col: COL.value };
}
