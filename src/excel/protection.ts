// One protection setting for every sheet the add-in protects: no password (a clerk must be able
// to unprotect in a pinch; the core's checks are the real guard), only unlocked cells editable,
// but columns and rows may be resized so long text can be read.
import type { HostSupport } from "./support";

export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/**
 * Protects again a sheet the add-in unprotected for a moment. protect(options) is ExcelApi 1.2
 * (only a password would need 1.7). Callers toggle only from the state they just read: since
 * mid-2026 protect() on a protected sheet, and unprotect() on an unprotected one, throw
 * AccessDenied (OfficeDev/office-js#6784).
 */
export function reprotect(sheet: Excel.Worksheet, support: HostSupport): void {
  if (support.protection) sheet.protection.protect(PROTECTION_OPTIONS);
}
