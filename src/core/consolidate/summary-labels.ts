// Vietnamese words of the summary sheets.
import type { DateSource } from "../read/submission";
import type { FileOutcomeCode, UnitStatus } from "./summary";

export function statusLabel(s: Pick<UnitStatus, "status" | "daysLate">): string {
  switch (s.status) {
    case "on_time":
      return "Đúng hạn";
    case "late":
      return `Trễ ${s.daysLate} ngày`;
    case "missing":
      return "Chưa nộp";
    case "pending":
      return "Chưa đến hạn";
    case "invalid":
      return "Không hợp lệ";
    case "optional_missing":
      return "Chưa nhận (không bắt buộc)";
  }
}

export const DATE_SOURCE_LABEL: Record<DateSource, string> = {
  finalize: "Thời điểm hoàn tất biểu",
  report_date: "Ngày báo cáo ghi trên biểu",
  received: "Ngày nhận ghi trong sổ nhận",
  file_time: "Thời gian sửa tệp",
};

export const OUTCOME_LABEL: Record<FileOutcomeCode, string> = {
  used: "Đã tổng hợp",
  // Not always an older one: on the same day, the one received later is used (docs/contract.md §4.1).
  superseded: "Không dùng, đơn vị có bản khác được dùng",
  duplicate: "Trùng số liệu với bản đã dùng",
  invalid: "Không hợp lệ",
  blank: "Biểu mẫu trống",
  sample: "Dữ liệu mẫu (bdg demo)",
  own_output: "Bảng tổng hợp của bdg",
  unknown_unit: "Không rõ đơn vị",
  wrong_period: "Sai kỳ báo cáo",
  unreadable: "Không đọc được",
  not_a_report: "Không phải biểu mẫu",
};

/** A file that is not a spreadsheet at all (the summary's `ignored`). */
export const IGNORED_LABEL = "Bỏ qua (không phải bảng tính)";
