// The header of a Vietnamese statistical report form (docs/domain.md §3): issuer and unit on the
// left, the national name and motto on the right, then title, period, units and deadline.
import type { Period, Plan, Unit } from "../plan/schema";
import { formatDateVi } from "../time/calendar";
import { COL, HEADER_ROWS, HEIGHTS, LAST_COL, headerLabels } from "./layout";
import { put, putMerged, setHeight, type SheetDraft } from "./sheet-draft";
import { STYLE } from "./styles";

const LEFT_BLOCK = { left: COL.stt, right: COL.label } as const;
const RIGHT_BLOCK = { left: COL.value, right: COL.note } as const;

export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** "Kỳ báo cáo: Năm 2024 (từ 15/12/2023 đến 14/12/2024)". */
export function periodLine(period: Period): string {
  return `Kỳ báo cáo: ${period.label} (từ ${formatDateVi(period.dataFrom)} đến ${formatDateVi(period.dataTo)})`;
}

/**
 * The due date falls before the cut-off, so the last days are estimates (docs/domain.md §2.2).
 * Empty when the deadline is after the cut-off.
 */
export function estimateNote(period: Period): string {
  if (period.due >= period.dataTo) return "";
  return (
    `Ghi chú: Hạn nộp (${formatDateVi(period.due)}) trước ngày chốt số liệu (${formatDateVi(period.dataTo)}), ` +
    `nên số liệu từ ngày lập báo cáo đến hết ngày ${formatDateVi(period.dataTo)} là số ước thực hiện.`
  );
}

/** Writes the header block and the table header row; returns the table header row index. */
export function writeHeaderBlock(draft: SheetDraft, plan: Plan, unit: Unit, period: Period): number {
  const r = HEADER_ROWS;
  putMerged(draft, r.formNumber, LEFT_BLOCK.left, LEFT_BLOCK.right, plan.formNumber, STYLE.formNumber);

  putMerged(draft, r.issuer, LEFT_BLOCK.left, LEFT_BLOCK.right, plan.issuer, STYLE.issuer);
  putMerged(draft, r.issuer, RIGHT_BLOCK.left, RIGHT_BLOCK.right, NATIONAL_NAME, STYLE.nationalName);
  putMerged(draft, r.unitName, LEFT_BLOCK.left, LEFT_BLOCK.right, unit.name, STYLE.unitName);
  putMerged(draft, r.unitName, RIGHT_BLOCK.left, RIGHT_BLOCK.right, NATIONAL_MOTTO, STYLE.motto);

  putMerged(draft, r.title, COL.stt, LAST_COL, plan.formTitle, STYLE.title);
  setHeight(draft, r.title, HEIGHTS.title);
  putMerged(draft, r.period, COL.stt, LAST_COL, periodLine(period), STYLE.periodLine);
  putMerged(draft, r.reportingUnit, COL.stt, LAST_COL, `Đơn vị báo cáo: ${unit.name}`, STYLE.infoLine);
  putMerged(draft, r.recipient, COL.stt, LAST_COL, `Đơn vị nhận báo cáo: ${plan.recipient}`, STYLE.infoLine);
  // A deadline not yet verified says so on the form itself (docs/domain.md §7 "Deadlines").
  const due = `Hạn nộp: ${formatDateVi(period.due)}${period.note ? ` (${period.note.replace(/\.$/, "")})` : ""}`;
  putMerged(draft, r.due, COL.stt, LAST_COL, due, STYLE.infoLine);
  const note = estimateNote(period);
  if (note) {
    putMerged(draft, r.estimateNote, COL.stt, LAST_COL, note, STYLE.estimateNote);
    setHeight(draft, r.estimateNote, HEIGHTS.lineOfText * 2);
  }

  headerLabels(plan.targetYear).forEach((label, col) => put(draft, r.tableHeader, col, label, STYLE.tableHeader));
  setHeight(draft, r.tableHeader, HEIGHTS.tableHeader);
  return r.tableHeader;
}
