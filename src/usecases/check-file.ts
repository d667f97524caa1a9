// File mode "Kiểm tra": one .xlsx from disk, read with the fast reader and judged by the core.
// A file that cannot be opened is an outcome (unreadable), never an exception.
import type { Plan } from "../core/plan";
import { inspectWorkbook, unreadableReport, type FileReport } from "../core/read";
import { toHcmIso } from "../core/time";
import { readXlsx } from "../xlsx/read";
import type { InputFile } from "./input-file";

export async function checkFile(plan: Plan, file: InputFile): Promise<FileReport> {
  const fileTime = file.lastModified === null ? null : toHcmIso(file.lastModified);
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch (err) {
    return unreadableReport(file.name, fileTime, `không đọc được tệp (${err instanceof Error ? err.message : String(err)})`);
  }
  const read = readXlsx(bytes);
  if (!read.ok) return unreadableReport(file.name, fileTime, read.message);
  return inspectWorkbook(plan, file.name, fileTime, read.workbook);
}
