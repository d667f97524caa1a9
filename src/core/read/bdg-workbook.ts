// Is this workbook one that bdg wrote, and which kind? Told by its `_meta` sheet alone
// (docs/contract.md §4.1 `own_output` and `sample`, §4.3 "bdg recognises its own outputs by their
// metadata"): `format` = bdg-report (a form) or bdg-summary (a summary), `sample` = 1 for the
// files of `bdg demo`. A workbook without our `_meta` is nobody's we know: null.
import type { WorkbookGrid } from "../grid";
import { META_FORMAT, findMetaSheet, metaText, readMeta } from "./read-meta";

/** `format` of a summary's `_meta` (written by core/consolidate/sheet-summary-meta.ts). */
export const SUMMARY_META_FORMAT = "bdg-summary";

export interface BdgWorkbook {
  kind: "form" | "summary";
  /** Made by `bdg demo`. */
  sample: boolean;
  plan: string;
  period: string;
}

export function bdgWorkbookOf(grid: WorkbookGrid): BdgWorkbook | null {
  const sheets = Array.isArray(grid?.sheets) ? grid.sheets : [];
  const meta = findMetaSheet({ sheets });
  if (!meta || !Array.isArray(meta.rows)) return null;
  const entries = readMeta(meta);
  const format = metaText(entries, "format");
  const kind = format === META_FORMAT ? "form" : format === SUMMARY_META_FORMAT ? "summary" : null;
  if (kind === null) return null;
  return { kind, sample: metaText(entries, "sample") === "1", plan: metaText(entries, "plan"), period: metaText(entries, "period") };
}
