// One protection setting for every sheet the add-in protects: no password (a clerk must be able
// to unprotect in a pinch; the core's checks are the real guard), only unlocked cells editable,
// but columns and rows may be resized so long text can be read.
import type { HostSupport } from "./support";

export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** Protects again a sheet the add-in unprotected for a moment (options need ExcelApi 1.7). */
export function reprotect(sheet: Excel.Worksheet, support: HostSupport): void {
  if (support.api17) sheet.protection.protect(PROTECTION_OPTIONS);
  else sheet.protection.protect();
}
