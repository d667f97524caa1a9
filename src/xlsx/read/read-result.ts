// What readXlsx returns. A file we cannot read is an outcome (docs/architecture.md "Expected failures are values").
import type { WorkbookGrid } from "../../core/grid";

/** Why a file could not be read; each has a Vietnamese message for the officer. */
export type UnreadableReason =
  | "empty"
  | "not_zip"
  | "corrupt"
  | "encrypted"
  | "legacy_xls"
  | "not_xlsx"
  | "too_large"
  | "too_many_cells"
  | "dtd_forbidden";

export type ReadXlsxResult =
  | {
      ok: true;
      workbook: WorkbookGrid;
      /** workbookPr date1904: date serials count from 1904-01-01 (old Mac Excel); also carried by the grid. */
      date1904: boolean;
    }
  | { ok: false; reason: UnreadableReason; message: string };

/** Caps that keep a hostile file (zip bomb, giant sheet) from exhausting memory or time. */
export interface ReadLimits {
  /** Total bytes we may inflate across all parts we read (never trusting declared sizes). */
  maxUncompressedBytes: number;
  /** Cells holding a value, per sheet; empty styled cells do not count. */
  maxCellsPerSheet: number;
  /** Sheets listed in the workbook. */
  maxSheets: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxCellsPerSheet: 100_000,
  maxSheets: 200,
});
