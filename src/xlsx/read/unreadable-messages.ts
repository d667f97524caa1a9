// Vietnamese messages for the officer, one per reason, each saying what to do next.
import { formatNumberVi } from "../../core/text";
import { UnreadableError } from "./unreadable-error";

export function emptyFile(): UnreadableError {
  return new UnreadableError("empty", "Tệp rỗng (0 byte), không có dữ liệu. Hãy đề nghị đơn vị gửi lại tệp.");
}

export function notZip(): UnreadableError {
  return new UnreadableError(
    "not_zip",
    "Tệp không phải bảng tính Excel .xlsx (có thể là PDF, ảnh hoặc văn bản bị đổi đuôi thành .xlsx). Hãy đề nghị đơn vị gửi đúng biểu mẫu Excel.",
  );
}

export function encryptedFile(): UnreadableError {
  return new UnreadableError(
    "encrypted",
    "Tệp được đặt mật khẩu mở nên không đọc được. Hãy đề nghị đơn vị gỡ mật khẩu mở tệp (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.",
  );
}

export function legacyXls(): UnreadableError {
  return new UnreadableError(
    "legacy_xls",
    "Tệp .xls cũ (Excel 97-2003): hãy mở bằng Excel và Lưu thành .xlsx (Sổ làm việc Excel) rồi gửi lại.",
  );
}

export function notXlsx(detail?: string): UnreadableError {
  return new UnreadableError(
    "not_xlsx",
    `Tệp không phải bảng tính Excel .xlsx${detail ? ` (${detail})` : " (có thể là tệp Word .docx, PowerPoint hoặc tệp nén khác bị đổi đuôi)"}. Hãy đề nghị đơn vị gửi đúng biểu mẫu Excel.`,
  );
}

export function tooLarge(maxBytes: number): UnreadableError {
  const mb = formatNumberVi(maxBytes / (1024 * 1024), maxBytes < 1024 * 1024 ? 2 : 0);
  return new UnreadableError(
    "too_large",
    `Tệp quá lớn khi giải nén (vượt quá ${mb} MB), không phải một biểu mẫu báo cáo thông thường nên không đọc.`,
  );
}

export function tooManySheets(count: number, max: number): UnreadableError {
  return new UnreadableError(
    "too_large",
    `Tệp có quá nhiều trang tính (${formatNumberVi(count)}, tối đa ${formatNumberVi(max)}), không phải một biểu mẫu báo cáo thông thường nên không đọc.`,
  );
}

export function tooManyCells(sheet: string, max: number): UnreadableError {
  return new UnreadableError(
    "too_many_cells",
    `Trang tính "${sheet}" có quá nhiều ô chứa dữ liệu (hơn ${formatNumberVi(max)} ô), không phải một biểu mẫu báo cáo thông thường nên không đọc.`,
  );
}

export function dtdForbidden(part: string): UnreadableError {
  return new UnreadableError(
    "dtd_forbidden",
    `Tệp chứa khai báo DOCTYPE/ENTITY trong phần "${part}": tệp .xlsx bình thường không có khai báo này (có thể là tệp độc hại), nên không đọc.`,
  );
}

/** Any failure we did not foresee: still a value, never an exception out of readXlsx. */
export function unexpectedFailure(): UnreadableError {
  return new UnreadableError("corrupt", "Không đọc được tệp .xlsx (tệp bị hỏng hoặc có cấu trúc lạ). Hãy mở tệp bằng Excel, Lưu lại rồi gửi lại.");
}
