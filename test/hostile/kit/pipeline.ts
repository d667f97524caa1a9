// The task pane's file mode, in-process: the same use cases the UI calls (checkFile,
// consolidateFiles: readXlsx → inspectWorkbook → consolidate), fed with files from disk.
import { readFileSync } from "node:fs";
import type { Summary } from "../../../src/core/consolidate";
import { defaultPlan, type Plan } from "../../../src/core/plan";
import { checkFile, consolidateFiles, type InputFile } from "../../../src/usecases";

/** 09/12/2024 10:00 in Vietnam: the file time used when a form carries no date. */
export const FILE_TIME_MS = Date.UTC(2024, 11, 9, 3, 0, 0);

export function memoryFile(name: string, bytes: Uint8Array, lastModified: number | null = FILE_TIME_MS): InputFile {
  // A fresh copy per read: a reader that wrote into its input would be caught by the caller's hash.
  return { name, lastModified, bytes: async () => bytes };
}

export function diskFile(path: string, name: string): InputFile {
  return { name, lastModified: FILE_TIME_MS, bytes: async () => new Uint8Array(readFileSync(path)) };
}

export function consolidateInProcess(files: readonly InputFile[], period: string, asOf: string, plan: Plan = defaultPlan): Promise<Summary> {
  return consolidateFiles({ plan, periodCode: period, asOf, files });
}

export { checkFile };
