// Office errors → Vietnamese. Office.js rejects with an OfficeExtension.Error whose `code` is one of
// Excel.ErrorCodes and whose message is English; the officer must read neither. Every port call
// goes through translateOfficeError (office-workbook.ts); the adapter's own errors (already
// Vietnamese, without a code) pass unchanged.
import { MSG } from "./messages";

export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** Where Excel says it failed (OfficeExtension.Error.debugInfo.errorLocation, e.g. "WorksheetProtection.protect"). */
function errorLocation(error: unknown): string {
  const info = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

export function translateOfficeError(error: unknown): unknown {
  const code = errorCode(error);
  if (code === undefined) return error;
  return new Error(MSG.officeError(code, errorLocation(error)), { cause: error });
}
