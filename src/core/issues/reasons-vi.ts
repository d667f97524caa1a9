// The Vietnamese sentences a clerk reads beside a unit's status, a file's outcome and a unit's
// alerts (docs/contract.md §4.1: "each status's reason says in plain Vietnamese why the unit has it,
// and names the file that decided it"). Built from plain values so that status/ and consolidate/
// can both use them; days arrive as ISO dates and are shown dd/mm/yyyy.
import { formatDateVi } from "../time/calendar";

/** “hop-thu/x.xlsx”: a file name as a clerk sees it quoted in a sentence. */
export function quoted(file: string): string {
  return `“${file}”`;
}

/** How the later of two submissions of one day was told (docs/contract.md §4.1 "on equal dates"). */
export type ReceiptOrder = "register" | "file_time" | "name";

const RECEIPT_ORDER: Record<ReceiptOrder, string> = {
  register: "được nhận sau, theo sổ nhận",
  file_time: "được nhận sau, theo thời gian sửa tệp",
  name: "không rõ bản nào nhận sau, chọn theo tên tệp",
};

// ---- unit status -----------------------------------------------------------------------------

/** A file of the unit that was received but does not count. */
export interface UncountedFile {
  file: string;
  outcome: "blank" | "sample";
}

function uncountedNote(files: readonly UncountedFile[]): string {
  const parts = files.map((f) =>
    f.outcome === "blank"
      ? `tệp ${quoted(f.file)} chỉ là biểu mẫu trống (chưa nhập số liệu)`
      : `tệp ${quoted(f.file)} là dữ liệu mẫu của bdg demo`,
  );
  return parts.length === 0 ? "" : `. Không tính: ${parts.join("; ")}`;
}

export const statusReason = {
  optionalMissing: (uncounted: readonly UncountedFile[]) =>
    `Chưa nhận báo cáo (đơn vị không bắt buộc báo cáo)${uncountedNote(uncounted)}`,
  pending: (due: string, uncounted: readonly UncountedFile[]) =>
    `Chưa nhận báo cáo; chưa đến hạn (hạn nộp ${formatDateVi(due)})${uncountedNote(uncounted)}`,
  missing: (due: string, daysOverdue: number, uncounted: readonly UncountedFile[]) =>
    `Chưa nộp báo cáo; đã quá hạn ${daysOverdue} ngày (hạn nộp ${formatDateVi(due)})${uncountedNote(uncounted)}`,
  invalid: (errors: number, consolidated: boolean, file: string) =>
    `Báo cáo không hợp lệ: có ${errors} lỗi, ${consolidated ? "vẫn được tổng hợp theo yêu cầu" : "chưa được tổng hợp"} (tệp ${quoted(file)})`,
  undated: (file: string) => `Đã nhận báo cáo (tệp ${quoted(file)}); không xác định được ngày nộp nên coi là đúng hạn`,
  notBelieved: (file: string, date: string) =>
    `Đã nhận báo cáo (tệp ${quoted(file)}); ngày nộp ghi nhận được (${formatDateVi(date)}) không thể đúng nên không xác định được ngày nộp, coi là đúng hạn`,
  onTime: (submitted: string, due: string, file: string) =>
    `Nộp ngày ${formatDateVi(submitted)}, đúng hạn (hạn nộp ${formatDateVi(due)}); tệp ${quoted(file)}`,
  late: (submitted: string, daysLate: number, due: string, file: string, fromFileTime: boolean) =>
    `Nộp ngày ${formatDateVi(submitted)}, trễ ${daysLate} ngày (hạn nộp ${formatDateVi(due)}); tệp ${quoted(file)}` +
    (fromFileTime
      ? ". Ngày nộp lấy theo thời gian sửa tệp: nếu tệp đã được chép lại thì ngày này có thể sai; sổ nhận giữ ngày nhận đầu tiên"
      : ""),
};

// ---- file outcomes ---------------------------------------------------------------------------

export const outcomeReason = {
  invalid: (errors: number, consolidated: boolean) =>
    consolidated ? `Báo cáo có ${errors} lỗi; vẫn được tổng hợp theo yêu cầu` : `Báo cáo có ${errors} lỗi, không hợp lệ, chưa tổng hợp`,
  supersededByNewer: (newer: string, newerDate: string | null) =>
    `Đã có báo cáo mới hơn của cùng đơn vị: ${newer}${newerDate ? ` (nộp ngày ${formatDateVi(newerDate)})` : ""}; báo cáo này không được dùng`,
  supersededSameDate: (used: string, date: string | null, order: ReceiptOrder) =>
    `${date ? `Cùng ngày nộp (${formatDateVi(date)})` : "Cùng không có ngày nộp"} với ${quoted(used)} nhưng số liệu khác; ` +
    `${quoted(used)} ${RECEIPT_ORDER[order]} nên được dùng. Hãy hỏi lại đơn vị bản nào đúng`,
  copySheet: (metaSheet: string) =>
    `Bản sao của trang ${quoted(metaSheet)} trong cùng tệp; trang ghi trong _meta được dùng, bản sao thì không`,
  duplicate: (used: string) => `Trùng số liệu với ${quoted(used)} của cùng đơn vị (đã dùng tệp đó)`,
  duplicateCopySheet: (metaSheet: string) => `Bản sao giống hệt trang ${quoted(metaSheet)} trong cùng tệp`,
  blank: () => "Biểu mẫu trống: chưa nhập số liệu nào, không tính",
  sample: () => "Dữ liệu mẫu của bdg demo: không tính cùng các báo cáo thật",
  ownOutput: () => "Bảng tổng hợp do bdg tạo ra, không phải báo cáo của đơn vị: bỏ qua",
};

// ---- unit alerts -----------------------------------------------------------------------------

export const alertMessage = {
  sameDateConflict: (files: readonly string[], used: string, date: string | null, order: ReceiptOrder) =>
    `${files.length} bản số liệu khác nhau ${date ? `cùng ngày nộp ${formatDateVi(date)}` : "cùng không có ngày nộp"}: ` +
    `${files.map(quoted).join(", ")}. Đã dùng số liệu của ${quoted(used)} (${RECEIPT_ORDER[order]}); hãy hỏi lại đơn vị bản nào đúng`,
  implausibleDate: (file: string, date: string, sourceLabel: string, bound: { side: "before"; from: string } | { side: "after"; asOf: string }) =>
    `Ngày nộp ${formatDateVi(date)} (${sourceLabel}) của tệp ${quoted(file)} không thể đúng: ` +
    (bound.side === "before" ? `trước ngày bắt đầu kỳ số liệu (${formatDateVi(bound.from)})` : `sau ngày tính đến (${formatDateVi(bound.asOf)})`) +
    "; không dùng ngày này để xét đúng hạn",
};
