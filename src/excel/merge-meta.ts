// Compatibility form of writeMeta (a Record): sets some keys in the very hidden `_meta` sheet
// (docs/contract.md §1: keys in A, values in B from row 1), keeping the others and creating `_meta`
// when missing. Two requests: read the sheet's used range (a missing sheet fails that read with
// ItemNotFound, which is how we learn it is missing without a third request), then one
// assignment of a 2-column block where `null` leaves every unchanged cell alone. Every written
// cell is Text ("@") so "2024-12-10" never becomes a date.
import { META_SHEET } from "../core/form";
import { errorCode } from "./edit-mode-retry";
import { reprotect } from "./protection";
import { usedRangeOf } from "./read-workbook";
import type { HostSupport } from "./support";
import { TEXT_FORMAT } from "./text-guard";

type Cell = string | null;

export async function mergeMetaIn(
  context: Excel.RequestContext,
  pairs: Record<string, string>,
  support: HostSupport,
): Promise<void> {
  const entries = Object.entries(pairs);
  if (entries.length === 0) return;
  let sheet = context.workbook.worksheets.getItem(META_SHEET);
  if (support.protection) sheet.protection.load("protected");
  const used = usedRangeOf(sheet, support);
  used.load("values,rowIndex,columnIndex");
  let exists = true;
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== "ItemNotFound") throw error;
    exists = false;
  }

  /** Absolute 0-based row of each key in column A. */
  const rowOfKey = new Map<string, number>();
  let nextRow = 0;
  let wasProtected = false;
  if (exists) {
    wasProtected = support.protection && sheet.protection.protected;
    if (!used.isNullObject) {
      nextRow = used.rowIndex + used.values.length;
      if (used.columnIndex === 0) {
        used.values.forEach((row, i) => {
          const key = String(row[0] ?? "").trim();
          if (key && !rowOfKey.has(key)) rowOfKey.set(key, used.rowIndex + i);
        });
      }
    }
  } else {
    sheet = context.workbook.worksheets.add(META_SHEET);
  }

  const updates = new Map<number, [Cell, Cell]>();
  for (const [key, value] of entries) {
    const row = rowOfKey.get(key);
    if (row !== undefined) updates.set(row, [null, value]);
    else updates.set(nextRow++, [key, value]);
  }
  const height = Math.max(...updates.keys()) + 1;
  const values: Cell[][] = Array.from({ length: height }, (_, r) => updates.get(r) ?? [null, null]);
  const formats: Cell[][] = values.map((row) => row.map((v) => (v === null ? null : TEXT_FORMAT)));

  if (wasProtected) sheet.protection.unprotect();
  const block = sheet.getRange(`A1:B${height}`);
  block.numberFormat = formats;
  block.values = values;
  if (!exists) sheet.visibility = "VeryHidden";
  if (wasProtected || !exists) reprotect(sheet, support); // a sheet just added is unprotected
  await context.sync();
}
