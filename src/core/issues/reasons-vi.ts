// The Vietnamese sentences a clerk reads beside a unit's status, a file's outcome and a unit's
// alerts (docs/contract.md §4.1: "each status's reason says in plain Vietnamese why the unit has it,
// and names the file that decided it"), the notes of a comparison with an earlier period (§4.5),
// and why a file could not be read at all. Every such sentence is here, built from plain values so
// that read/, status/ and consolidate/ can all use them; days arrive as ISO dates and are shown
// dd/mm/yyyy. An Issue's own sentence is messages-vi.ts.
import { formatNumberVi } from "../text/number-format";
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
  unknownUnit: (unit: string | null) =>
    unit === null ? "Không xác định được đơn vị báo cáo" : `Mã đơn vị "${unit}" không có trong danh sách đơn vị của kế hoạch`,
  /** `period` and `wanted` as their labels; period null when the form names none. */
  wrongPeriod: (period: string | null, wanted: string) =>
    period === null
      ? `Không xác định được kỳ báo cáo (đang tổng hợp kỳ ${wanted})`
      : `Báo cáo của kỳ "${period}", không phải kỳ đang tổng hợp (${wanted})`,
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
  /** `earlier` names the units it was summed from when the unit was formed from former ones (docs/contract.md §4.5). */
  outlierVsPrevious: (indicator: { label: string; code: string; unitOfMeasure: string }, now: number, previousPeriod: string, earlier: { value: number; formerly: readonly string[] }) => {
    // "60 buổi", "12,5 triệu đồng": a figure with what it counts
    const amount = (n: number) => (indicator.unitOfMeasure === "" ? formatNumberVi(n) : `${formatNumberVi(n)} ${indicator.unitOfMeasure}`);
    const was = earlier.formerly.length > 0 ? `${amount(earlier.value)} (tổng của các đơn vị cũ ${earlier.formerly.join(", ")})` : amount(earlier.value);
    const how =
      earlier.value === 0
        ? "từ 0"
        : now > earlier.value
          ? `gấp ${formatNumberVi(now / earlier.value, 1)} lần`
          : `còn ${formatNumberVi((now * 100) / earlier.value, 1)} %`;
    return `${indicator.label} (${indicator.code}) là ${amount(now)}, kỳ ${previousPeriod} là ${was}: thay đổi bất thường (${how}); hãy kiểm tra lại với đơn vị`;
  },
};

// ---- comparison with an earlier period (docs/contract.md §4.5) ---------------------------------

/** Why an earlier summary given with --previous cannot be compared with (read/previous-summary). */
export const previousSummaryReason = {
  notOurSummary: () => "tệp không phải bảng tổng hợp do bdg tạo ra (không có trang _meta của bảng tổng hợp)",
  noDataSheet: () => "bảng tổng hợp này được tạo bằng phiên bản cũ, chưa có trang _data; hãy tổng hợp lại kỳ trước bằng phiên bản này",
  otherColumns: () => "trang _data không có đúng các cột của bảng dài (period, unit, …)",
  /**
   * The file is no workbook at all. Not the reader's own sentence: that one is written for a unit's
   * report ("ask the unit to send it again"), and this file is the clerk's own earlier summary.
   * `reason` is the reader's code (src/xlsx/read/read-result.ts UnreadableReason).
   */
  unreadable: (reason: string) => `${UNREADABLE_PREVIOUS[reason] ?? "tệp không mở được như một bảng tính .xlsx"}; hãy chọn bảng tổng hợp (.xlsx) mà bdg hoặc phần bổ trợ đã tạo cho kỳ trước`,
};

const UNREADABLE_PREVIOUS: Record<string, string> = {
  empty: "tệp rỗng (0 byte)",
  not_zip: "tệp không phải bảng tính .xlsx (có thể là tệp khác bị đổi đuôi, hoặc tệp đã hỏng)",
  not_xlsx: "tệp không phải bảng tính .xlsx (có thể là tệp Word hoặc tệp khác bị đổi đuôi)",
  corrupt: "tệp .xlsx bị hỏng (có thể chưa tải về hết)",
  encrypted: "tệp có đặt mật khẩu mở; hãy mở bằng Excel, bỏ mật khẩu và lưu lại",
  legacy_xls: "tệp Excel 97-2003 (.xls), không phải bảng tổng hợp do bdg tạo ra",
  too_large: "tệp quá lớn để đọc",
  too_many_cells: "tệp có quá nhiều ô để đọc",
  dtd_forbidden: "tệp có khai báo XML (DTD) không được phép, không phải bảng tổng hợp do bdg tạo ra",
};

export const comparisonNote = {
  /** The earlier summary is of this very period (a re-run): not "cùng kỳ" of an earlier year. */
  samePeriod: (period: string, previousAsOf: string) =>
    `Bảng tổng hợp được chọn làm kỳ trước là của chính kỳ ${period}${previousAsOf ? ` (tính đến ngày ${formatDateVi(previousAsOf)})` : ""}: đây là so sánh với lần tổng hợp trước của cùng kỳ, không phải với kỳ trước`,
  /** The earlier summary was made for a later day than this one: most likely the wrong file. */
  laterThanThis: (previousPeriod: string, previousAsOf: string, asOf: string) =>
    `Bảng tổng hợp kỳ trước (${previousPeriod}) tính đến ngày ${formatDateVi(previousAsOf)}, sau ngày tính của kỳ này (${formatDateVi(asOf)}): hãy kiểm tra đã chọn đúng tệp của kỳ trước chưa`,
  otherPlan: (previousPeriod: string, previousPlan: string, plan: string, compared: number) =>
    `Bảng tổng hợp kỳ trước (${previousPeriod}) thuộc kế hoạch “${previousPlan}”, khác kế hoạch đang dùng (“${plan}”): chỉ so sánh ${compared} chỉ tiêu có ở cả hai`,
  notCompared: (codes: readonly string[]) => `Kỳ trước không có chỉ tiêu ${codes.join(", ")}: không so sánh được các chỉ tiêu này`,
  summedFromFormer: (units: readonly string[]) => `So sánh với tổng số liệu kỳ trước của các đơn vị cũ: ${units.join("; ")}`,
  withoutEarlier: (units: readonly string[]) => `Chưa có số liệu kỳ trước của: ${units.join(", ")}`,
};

// ---- a file that could not be read (docs/architecture.md "One judging pipeline") ------------------

export type UnreadableCause =
  /** The .xlsx reader's own sentence (one per UnreadableReason, src/xlsx/read/unreadable-messages.ts). */
  | { kind: "format"; sentence: string }
  /** Another spreadsheet format, told by the name (input-kind.ts: how to save it as .xlsx). */
  | { kind: "other_spreadsheet"; sentence: string }
  /** The host could not reach the file (too big on disk, a folder, no permission): the host's sentence. */
  | { kind: "access"; sentence: string }
  /** The bytes could not be read (a browser File that failed); `detail` is the host's error text. */
  | { kind: "not_read"; detail: string }
  /** Judging threw: a bug, never the officer's fault; `detail` is the error's message. */
  | { kind: "unexpected"; detail: string }
  /** The worker judging the file died (out of memory, a crash): one fixed sentence. */
  | { kind: "worker_crashed" }
  /** A worker was asked to judge before it was told the plan (a bug of the page, not the file). */
  | { kind: "no_plan" };

// Each text is the reason of an `unreadable` issue: it is shown after "Không đọc được tệp: "
// (core/issues/messages-vi.ts), so none starts with those words again.
const RETRY = "Hãy mở tệp bằng Excel, lưu lại rồi thử lại.";

export const WORKER_CRASHED_TEXT = `Lỗi không mong đợi khi đọc tệp: luồng đọc tệp dừng đột ngột khi đọc tệp này. ${RETRY}`;
export const NO_PLAN_TEXT = "Luồng đọc tệp chưa nhận kế hoạch báo cáo.";

export function unreadableText(cause: UnreadableCause): string {
  switch (cause.kind) {
    case "format":
    case "other_spreadsheet":
    case "access":
      return cause.sentence;
    case "not_read":
      return `Không lấy được nội dung tệp (${cause.detail}): tệp có thể đã bị xóa, đổi tên hoặc đang mở ở chương trình khác. Hãy chọn lại tệp rồi thử lại.`;
    case "unexpected":
      return `Lỗi không mong đợi khi đọc tệp (${cause.detail}). ${RETRY}`;
    case "worker_crashed":
      return WORKER_CRASHED_TEXT;
    case "no_plan":
      return NO_PLAN_TEXT;
  }
}
