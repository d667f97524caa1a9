// Every Vietnamese sentence the adapter shows: what an older Excel lacks (and what the pane does
// instead), and host errors.

/** What the pane offers instead of a feature this Excel lacks (the file-mode version of the same action). */
const INSTEAD: Record<string, string> = {
  install: "ngăn sẽ tải biểu mẫu trống (.xlsx) về máy; mở tệp đó bằng Excel để nhập số liệu",
  validate: "hãy lưu sổ, rồi bấm “Kiểm tra” và chọn tệp đó",
  markErrors: "danh sách lỗi vẫn hiện trong ngăn, bấm vào lỗi để đến ô",
  finalize: "hãy mở tệp bằng Excel mới hơn, hoặc dùng trang bao-cao-bdg.html hay lệnh bdg",
  consolidateOpenWorkbook: "hãy lưu sổ và chọn cả tệp đó trong danh sách tệp cần tổng hợp",
  writeSummary: "ngăn sẽ tải bảng tổng hợp (.xlsx) về máy",
  protection: "các ô công thức và tiêu đề không được khóa, xin đừng sửa chúng",
  freezeAndTabColor: "biểu mẫu vẫn dùng được bình thường",
  changeEvents: "hãy bấm “Kiểm tra” lại sau khi sửa số liệu",
  dataValidation: "biểu mẫu vẫn dùng được, lỗi sẽ được báo khi bấm “Kiểm tra”",
  charts: "trang BieuDo vẫn có các bảng số liệu của biểu đồ, và báo cáo Word (.docx) có đủ biểu đồ",
};

/** Vietnamese words for the codes of Excel.ErrorCodes (OfficeExtension.Error.code). */
const OFFICE_ERRORS: Record<string, string> = {
  AccessDenied: "Excel từ chối thao tác (trang tính có thể đang bị khóa, hoặc sổ đang ở chế độ chỉ đọc).",
  ApiNotFound: "Phiên bản Excel này không có chức năng mà thao tác cần. Hãy cập nhật Office, hoặc dùng chế độ tệp.",
  ItemNotFound: "Không tìm thấy trang tính hoặc vùng ô cần dùng (có thể vừa bị xóa hoặc đổi tên).",
  ItemAlreadyExists: "Đã có một trang tính trùng tên.",
  InvalidArgument: "Excel không nhận dữ liệu của thao tác (tham số không hợp lệ).",
  InvalidOperation: "Excel không cho phép thao tác này lúc này.",
  InvalidReference: "Tham chiếu ô không hợp lệ.",
  InvalidSelection: "Vùng chọn hiện tại không hợp lệ cho thao tác này.",
  GeneralException: "Excel gặp lỗi nội bộ khi xử lý yêu cầu.",
  Conflict: "Sổ vừa được thay đổi ở nơi khác (có thể do người khác cùng sửa). Hãy thử lại.",
  RequestAborted: "Yêu cầu tới Excel bị hủy giữa chừng. Hãy thử lại.",
  RequestPayloadSizeLimitExceeded: "Dữ liệu gửi tới Excel vượt giới hạn 5 MB của một yêu cầu.",
  ResponsePayloadSizeLimitExceeded: "Dữ liệu đọc từ Excel vượt giới hạn 5 MB của một yêu cầu.",
  RangeExceedsLimit: "Vùng ô quá lớn để Excel xử lý trong một lần.",
  MergedRangeConflict: "Thao tác vướng các ô đã gộp.",
  InsertDeleteConflict: "Thao tác chèn hoặc xóa xung đột với dữ liệu đang có.",
  UnsupportedOperation: "Excel này không hỗ trợ thao tác này.",
  NotImplemented: "Excel này chưa hỗ trợ thao tác này.",
  UnsupportedSheet: "Trang tính này (ví dụ trang biểu đồ) không dùng được cho thao tác này.",
};

export const MSG = {
  noDataValidation:
    "Excel này chưa hỗ trợ kiểm tra dữ liệu khi nhập (cần ExcelApi 1.8): biểu mẫu vẫn dùng được, lỗi sẽ được báo khi bấm \"Kiểm tra\".",
  noProtection:
    "Excel này chưa hỗ trợ khóa trang tính (cần ExcelApi 1.2): các ô công thức và tiêu đề không được khóa, xin đừng sửa chúng.",
  noFreezeOrTabColor:
    "Excel này chưa hỗ trợ cố định dòng tiêu đề và màu thẻ trang tính (cần ExcelApi 1.7).",
  noPrintSetup:
    "Excel này chưa ghi được thiết lập in (khổ A4, lặp dòng tiêu đề, số trang, bộ lọc; cần ExcelApi 1.9): khi in hãy chọn khổ A4; bảng tổng hợp tải về (.xlsx) có đủ các thiết lập này.",
  noCharts: (needs: string) =>
    `Excel này chưa vẽ được biểu đồ (cần ${needs}): trang BieuDo vẫn có các bảng số liệu của biểu đồ; có thể chọn một bảng rồi chèn biểu đồ bằng tay, hoặc dùng báo cáo Word (.docx) có đủ biểu đồ.`,
  noChangeEvents:
    "Excel này chưa báo khi dữ liệu thay đổi (cần ExcelApi 1.7): hãy bấm \"Kiểm tra\" lại sau khi sửa số liệu.",
  unavailable: (feature: string, label: string, needs: string, level: number) =>
    `${label}: cần ${needs}, Excel này ${level > 0 ? `chỉ có ExcelApi 1.${level}` : "không có ExcelApi nào"}${INSTEAD[feature] ? ` — ${INSTEAD[feature]}` : ""}.`,
  cellEditMode:
    "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa, rồi thử lại.",
  noMetaSheet:
    "Sổ này chưa có trang _meta của biểu mẫu nên không ghi được thông tin hoàn tất. Hãy bấm “Cài biểu mẫu” trước; số liệu đã nhập được giữ lại.",
  emptyMeta: "Không ghi bảng _meta rỗng: bảng này cho biết biểu mẫu thuộc đơn vị và kỳ báo cáo nào.",
  sheetNotFound: (sheet: string) => `Không tìm thấy trang tính "${sheet}" trong sổ làm việc.`,
  badAddress: (address: string) => `Địa chỉ ô "${address}" không hợp lệ.`,
  /** An Office error in Vietnamese, its code kept for whoever helps the officer. */
  officeError: (code: string, detail: string) =>
    `${OFFICE_ERRORS[code] ?? "Excel báo lỗi khi thực hiện thao tác."} (Mã lỗi Excel: ${code}${detail ? `; ${detail}` : ""})`,
} as const;
