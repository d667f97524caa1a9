// File-system errors in words an officer understands, for reading inputs and for writing outputs
// (docs/contract.md §4.3: an output that cannot be written is said, not thrown). The code stays in
// brackets for support: "ổ đĩa đã đầy (ENOSPC)".

/** Reading an input, or writing an output: EACCES means "cannot read" or "cannot write". */
export type FileAccess = "read" | "write";

type Words = string | Record<FileAccess, string>;

const FS_ERRORS_VI: Record<string, Words> = {
  ENOENT: { read: "không tìm thấy tệp", write: "không tìm thấy thư mục để ghi (có thể đã bị xóa hoặc đổi tên)" },
  EACCES: { read: "không có quyền đọc tệp", write: "không có quyền ghi vào thư mục hoặc tệp này" },
  EPERM: {
    read: "không có quyền đọc tệp",
    write: "không được phép ghi (tệp chỉ cho đọc, hoặc đang mở trong Excel: hãy đóng tệp rồi thử lại)",
  },
  EISDIR: "đây là thư mục, không phải tệp",
  ENOTDIR: "một phần của đường dẫn là tệp chứ không phải thư mục",
  EBUSY: "tệp đang bị chương trình khác giữ (hãy đóng Excel rồi thử lại)",
  ENOSPC: "ổ đĩa đã đầy",
  EDQUOT: "đã dùng hết dung lượng được cấp trên ổ đĩa",
  EROFS: "ổ đĩa hoặc thư mục chỉ cho đọc",
  EIO: "lỗi đọc ghi của ổ đĩa (ổ đĩa hỏng, hoặc ổ USB, ổ mạng đã bị ngắt)",
  ENXIO: "ổ đĩa không còn kết nối",
  ENODEV: "ổ đĩa không còn kết nối",
  ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
  EINVAL: "tên tệp hoặc đường dẫn không hợp lệ",
  ELOOP: "liên kết tượng trưng (symlink) vòng vòng, không tới được tệp thật",
  EMFILE: "đang mở quá nhiều tệp cùng lúc",
  ENFILE: "đang mở quá nhiều tệp cùng lúc",
  EEXIST: "tệp đã có",
  ETXTBSY: "tệp đang được một chương trình khác dùng",
  EAGAIN: "tệp đang bận, hãy thử lại",
  ENOTSUP: "ổ đĩa không hỗ trợ thao tác này",
  EXDEV: "không chuyển được tệp sang ổ đĩa khác",
};

/** The error's code (ENOSPC, …), if it has one. */
export function fsErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** "ổ đĩa đã đầy (ENOSPC)"; an unknown code stays as it is, an error without a code gives its message. */
export function fsErrorText(e: unknown, access: FileAccess = "read"): string {
  const code = fsErrorCode(e);
  const words = code === undefined ? undefined : FS_ERRORS_VI[code];
  if (words !== undefined) return `${typeof words === "string" ? words : words[access]} (${code})`;
  return code ?? (e instanceof Error ? e.message : String(e));
}
