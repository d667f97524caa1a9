// What a file found in an inbox is, told by its name alone (docs/contract.md §4.1 "No file is
// dropped silently"): a workbook we read (.xlsx, and .xlsm whose macros never run), another
// spreadsheet format we cannot read (it is listed as unreadable with how to save it as .xlsx),
// or something else (a PDF scan, a Word letter, a photo: listed as ignored). Office's own lock
// files ("~$Báo cáo.xlsx") and the "._" shadow files a Mac leaves on USB sticks look like
// workbooks but are not: ignored.

import { SAVE_AS_XLSX_REASON } from "../issues/messages-vi";

export type InputKind =
  | { kind: "workbook" }
  | { kind: "other_spreadsheet"; reason: string }
  | { kind: "ignored" };

const READ_AS_XLSX = new Set(["xlsx", "xlsm", "xltx", "xltm"]);

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
  const reason = SAVE_AS_XLSX_REASON[extension];
  return reason ? { kind: "other_spreadsheet", reason } : { kind: "ignored" };
}
