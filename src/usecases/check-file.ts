// File mode "Kiểm tra": one .xlsx from disk, read with the fast reader and judged by the core.
// A file that cannot be opened is an outcome (unreadable), never an exception.
import type { Plan } from "../core/plan";
import { unreadableReport, type FileReport } from "../core/read";
import { inspectWorkbook } from "../core/rules";
import { toHcmIso } from "../core/time";
import { readXlsx } from "../xlsx/read";
import type { InputFile } from "./input-file";
import { readFileBytes, type FileBytes } from "./read-ahead";

export async function checkFile(plan: Plan, file: InputFile): Promise<FileReport> {
  return reportOfBytes(plan, file, await readFileBytes(file));
}

/** The verdict on a file whose bytes were already read (or failed to be read). */
export function reportOfBytes(plan: Plan, file: InputFile, read: FileBytes): FileReport {
  const fileTime = file.lastModified === null ? null : toHcmIso(file.lastModified);
  if (!read.ok) return unreadableReport(file.name, fileTime, `không đọc được tệp (${read.message})`);
  const workbook = readXlsx(read.bytes);
  if (!workbook.ok) return unreadableReport(file.name, fileTime, workbook.message);
  return inspectWorkbook(plan, file.name, fileTime, workbook.workbook);
}
