// The very hidden _meta sheet (docs/contract.md §1): keys in column A, values in column B, from row 1.
// Every value is text ("@"), so Excel never turns "2024-12-10" into a date when finalize writes it.
import type { SheetModel } from "../sheet/sheet-model";
import { META_SHEET, REPORT_SHEET } from "./layout";
import { META_STYLES, STYLE } from "./styles";

export const META_FORMAT = "bdg-report";
export const META_FORMAT_VERSION = "1";

/** The keys, in their contract order. */
export const META_KEYS = [
  "format",
  "format_version",
  "plan",
  "unit",
  "period",
  "report_date",
  "submitted_at",
  "generator",
  "report_sheet",
  "sample",
] as const;
export type MetaKey = (typeof META_KEYS)[number];

export interface MetaValues {
  plan: string;
  unit: string;
  period: string;
  generator: string;
  /** A form made by `bdg demo`: sample data, never counted beside real forms (docs/contract.md §4.1 `sample`). */
  sample?: boolean;
}

export function buildMetaSheet(values: MetaValues): { sheet: SheetModel; rows: Partial<Record<MetaKey, number>> } {
  const byKey: Record<MetaKey, string> = {
    format: META_FORMAT,
    format_version: META_FORMAT_VERSION,
    plan: values.plan,
    unit: values.unit,
    period: values.period,
    report_date: "",
    submitted_at: "",
    generator: values.generator,
    report_sheet: REPORT_SHEET,
    sample: "1",
  };
  // `sample` exists only on demo forms: a real form's _meta is exactly the contract's keys.
  const keys = META_KEYS.filter((key) => key !== "sample" || values.sample === true);
  const rows: Partial<Record<MetaKey, number>> = {};
  const sheet: SheetModel = {
    name: META_SHEET,
    visibility: "veryHidden",
    columnWidths: [16, 40],
    cells: keys.flatMap((key, row) => {
      rows[key] = row;
      return [
        { row, col: 0, value: key, style: STYLE.metaKey },
        { row, col: 1, value: byKey[key], style: STYLE.metaValue },
      ];
    }),
    merges: [],
    styles: { [STYLE.metaKey]: { ...META_STYLES.metaKey }, [STYLE.metaValue]: { ...META_STYLES.metaValue } },
    protect: true,
  };
  return { sheet, rows };
}
