// Every Vietnamese sentence the adapter shows: limitations of an old Excel, and host errors.

export const MSG = {
  noDataValidation:
    "Excel này chưa hỗ trợ kiểm tra dữ liệu khi nhập (cần ExcelApi 1.8): biểu mẫu vẫn dùng được, lỗi sẽ được báo khi bấm \"Kiểm tra\".",
  noProtection:
    "Excel này chưa hỗ trợ khóa trang tính theo tùy chọn (cần ExcelApi 1.7): các ô công thức và tiêu đề không được khóa, xin đừng sửa chúng.",
  noFreezeOrTabColor:
    "Excel này chưa hỗ trợ cố định dòng tiêu đề và màu thẻ trang tính (cần ExcelApi 1.7).",
  noInsertFromBase64:
    "Excel này chưa hỗ trợ chèn trang tính từ tệp mẫu (cần ExcelApi 1.13): biểu mẫu được dựng trực tiếp.",
  noChangeEvents:
    "Excel này chưa báo khi dữ liệu thay đổi (cần ExcelApi 1.7): hãy bấm \"Kiểm tra\" lại sau khi sửa số liệu.",
  cellEditMode:
    "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa, rồi thử lại.",
  noMetaSheet:
    "Sổ này chưa có trang _meta của biểu mẫu nên không ghi được thông tin hoàn tất. Hãy bấm “Cài biểu mẫu” trước; số liệu đã nhập được giữ lại.",
  emptyMeta: "Không ghi bảng _meta rỗng: bảng này cho biết biểu mẫu thuộc đơn vị và kỳ báo cáo nào.",
  sheetNotFound: (sheet: string) => `Không tìm thấy trang tính "${sheet}" trong sổ làm việc.`,
  badAddress: (address: string) => `Địa chỉ ô "${address}" không hợp lệ.`,
} as const;
