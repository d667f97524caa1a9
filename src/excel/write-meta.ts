// writeMeta with the whole table: REPLACES `_meta` A1:B(n) with exactly these rows in ONE
// request, with no read of its own (the use case read `_meta` with readForm and merged its new
// values in: metaTable()). Queued together: unprotect when the state just read says it is
// protected (toggling a sheet to the state it is in throws AccessDenied since mid-2026,
// OfficeDev/office-js#6784), number format "@" then the values (so "2024-12-10" stays text, and
// "=…" is never a formula), clear the contents below row n (so the table is exactly these rows;
// formats stay), protect (the form's `_meta` is always left protected). Existence cannot be tested without a read, so a missing `_meta`
// fails the request at its first action (nothing is written) and is reported in Vietnamese.
import { META_SHEET } from "../core/form";
import type { MetaPairs } from "../core/ports";
import { errorCode } from "./edit-mode-retry";
import { MSG } from "./messages";
import { reprotect } from "./protection";
import type { HostSupport } from "./support";
import { TEXT_FORMAT } from "./text-guard";

/** Excel's last row. */
const LAST_ROW = 1_048_576;

export async function writeMetaIn(
  context: Excel.RequestContext,
  pairs: MetaPairs,
  support: HostSupport,
  /** `_meta`'s protection as just read (readForm); false when the host cannot protect at all. */
  metaProtected: boolean,
): Promise<void> {
  if (pairs.length === 0) throw new Error(MSG.emptyMeta);
  const values = pairs.map(([key, value]) => [String(key), String(value)]);
  const n = values.length;
  const sheet = context.workbook.worksheets.getItem(META_SHEET);
  if (metaProtected) sheet.protection.unprotect();
  const table = sheet.getRange(`A1:B${n}`);
  table.numberFormat = values.map(() => [TEXT_FORMAT, TEXT_FORMAT]);
  table.values = values;
  if (n < LAST_ROW) sheet.getRange(`A${n + 1}:B${LAST_ROW}`).clear("Contents");
  // unprotected now either way: the form's `_meta` is protected again, whoever unprotected it
  reprotect(sheet, support);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") throw new Error(MSG.noMetaSheet, { cause: error });
    throw error;
  }
}
