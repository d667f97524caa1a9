// What a file found in an inbox is, told by its name alone (docs/contract.md §4.1 "No file is
// dropped silently"): a workbook we read (.xlsx, and .xlsm whose macros never run), another
// spreadsheet format we cannot read (it is listed as unreadable with how to save it as .xlsx),
// or something else (a PDF scan, a Word letter, a photo: listed as ignored). Office's own lock
// files ("~$Báo cáo.xlsx") and the "._" shadow files a Mac leaves on USB sticks look like
// workbooks but are not: ignored.

export type InputKind =
  | { kind: "workbook" }
  | { kind: "other_spreadsheet"; reason: string }
  | { kind: "ignored" };

const READ_AS_XLSX = new Set(["xlsx", "xlsm", "xltx", "xltm"]);

/** Another spreadsheet format: why we cannot read it, and how to save it as .xlsx. */
const HOW_TO_SAVE: Record<string, string> = {
  xls: "đây là tệp Excel 97-2003 (.xls); hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx) rồi dùng tệp .xlsx",
  xlsb: "đây là sổ làm việc nhị phân (.xlsb); hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx) rồi dùng tệp .xlsx",
  ods: "đây là bảng tính LibreOffice/OpenOffice (.ods); hãy mở bằng LibreOffice Calc, chọn Tệp › Lưu thành, kiểu “Excel 2007-365 (.xlsx)”",
  ots: "đây là mẫu bảng tính LibreOffice (.ots); hãy mở bằng LibreOffice Calc, chọn Tệp › Lưu thành, kiểu “Excel 2007-365 (.xlsx)”",
  fods: "đây là bảng tính LibreOffice dạng văn bản (.fods); hãy mở bằng LibreOffice Calc, chọn Tệp › Lưu thành, kiểu “Excel 2007-365 (.xlsx)”",
  csv: "tệp CSV chỉ là văn bản, không còn biểu mẫu (mã chỉ tiêu, trang _meta); hãy gửi lại tệp .xlsx của biểu mẫu",
  numbers: "đây là tệp Numbers của máy Mac; hãy mở bằng Numbers, chọn Tệp › Xuất sang › Excel…, định dạng .xlsx",
  et: "đây là tệp WPS Spreadsheets (.et); hãy mở bằng WPS, chọn Tệp › Lưu thành, kiểu “Excel Workbook (*.xlsx)”",
  ett: "đây là mẫu WPS Spreadsheets (.ett); hãy mở bằng WPS, chọn Tệp › Lưu thành, kiểu “Excel Workbook (*.xlsx)”",
};

/** The extension, lower case, without the dot ("" when none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

export function inputKindOf(name: string): InputKind {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  if (base.startsWith("~$") || base.startsWith("._")) return { kind: "ignored" };
  const extension = extensionOf(base);
  if (READ_AS_XLSX.has(extension)) return { kind: "workbook" };
  const reason = HOW_TO_SAVE[extension];
  return reason ? { kind: "other_spreadsheet", reason } : { kind: "ignored" };
}
