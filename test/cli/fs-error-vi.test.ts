// File-system errors in Vietnamese words (src/cli/io/fs-error-vi.ts), one table for reading and writing.
import { fsErrorText } from "../../src/cli/io/fs-error-vi";

const err = (code?: string, message = "boom") => Object.assign(new Error(message), code === undefined ? {} : { code });

describe("fsErrorText", () => {
  it.each([
    ["ENOSPC", "write", "ổ đĩa đã đầy (ENOSPC)"],
    ["EROFS", "write", "ổ đĩa hoặc thư mục chỉ cho đọc (EROFS)"],
    ["EACCES", "read", "không có quyền đọc tệp (EACCES)"],
    ["EACCES", "write", "không có quyền ghi vào thư mục hoặc tệp này (EACCES)"],
    ["ENOENT", "read", "không tìm thấy tệp (ENOENT)"],
    ["EBUSY", "write", "tệp đang bị chương trình khác giữ (hãy đóng Excel rồi thử lại) (EBUSY)"],
    ["EDQUOT", "write", "đã dùng hết dung lượng được cấp trên ổ đĩa (EDQUOT)"],
    ["EIO", "read", "lỗi đọc ghi của ổ đĩa (ổ đĩa hỏng, hoặc ổ USB, ổ mạng đã bị ngắt) (EIO)"],
    ["EWHATEVER", "write", "EWHATEVER"],
  ] as const)("%s while %s → %s", (code, access, text) => {
    expect(fsErrorText(err(code), access)).toBe(text);
  });

  it("an error without a code gives its message", () => {
    expect(fsErrorText(err(undefined, "hỏng"))).toBe("hỏng");
    expect(fsErrorText("lạ")).toBe("lạ");
  });
});
