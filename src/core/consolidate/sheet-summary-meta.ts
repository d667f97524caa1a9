// The summary workbook's very hidden `_meta` sheet (docs/contract.md §4.3: "bdg recognises its own
// outputs by their metadata"). Same layout as a form's `_meta` (keys in column A, values in B, from
// row 1), but `format` = bdg-summary: a summary found among the inputs of a later run is skipped as
// `own_output` (docs/contract.md §4.1), and bdg may write over it without --force.
import { META_SHEET } from "../form/layout";
import { SUMMARY_META_FORMAT } from "../read/bdg-workbook";
import type { SheetModel } from "../sheet";
import type { Summary } from "./summary";

export const SUMMARY_FORMAT = SUMMARY_META_FORMAT;
export const SUMMARY_FORMAT_VERSION = "1";

export interface SummaryMetaOptions {
  /** Product name and version. */
  generator: string;
  /** The demo's summary of sample forms. */
  sample?: boolean;
}

export function summaryMetaSheet(summary: Summary, options: SummaryMetaOptions): SheetModel {
  const pairs: [string, string][] = [
    ["format", SUMMARY_FORMAT],
    ["format_version", SUMMARY_FORMAT_VERSION],
    ["plan", summary.plan],
    ["period", summary.period],
    ["as_of", summary.asOf],
    ["generator", options.generator],
    ["sample", options.sample ? "1" : ""],
  ];
  return {
    name: META_SHEET,
    visibility: "veryHidden",
    columnWidths: [16, 40],
    cells: pairs.flatMap(([key, value], row) => [
      { row, col: 0, value: key, style: "meta" },
      { row, col: 1, value, style: "meta" },
    ]),
    merges: [],
    styles: { meta: { numFmt: "@" } },
    protect: true,
  };
}
