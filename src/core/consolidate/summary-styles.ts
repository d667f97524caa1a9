// Styles shared by the summary sheets, as data (the writers render them). The summary goes to the
// level above as an annex (phụ lục) of an administrative report, so it is set in Times New Roman,
// the font of official documents.
import type { Indicator } from "../plan/schema";
import type { CellStyle } from "../sheet";
import type { UnitStatusCode } from "./summary";

/**
 * In a format code, "," is the thousands separator and "." the decimal point whatever the language;
 * Excel, LibreOffice and WPS put the reader's own separators in their place when they show the
 * cell, so a Vietnamese system shows 1.234,5 and an English one 1,234.5. That is why these codes
 * carry no locale tag and no literal separator (a "." typed as text would stay a "." everywhere).
 * Dates are real date cells shown dd/mm/yyyy, whatever the system's own date order.
 */
export const NUMBER_FORMAT = { count: "#,##0", ratio: "#,##0.0", money: "#,##0.0##", date: "dd/mm/yyyy" } as const;

export const SUMMARY_FONT = "Times New Roman";
const font: CellStyle = { fontName: SUMMARY_FONT };
const framed: CellStyle = { ...font, border: true, vAlign: "top" };

/** Fill per submission status: green on time, yellow late, red missing, orange invalid, blue pending, grey optional. */
export const STATUS_FILL: Record<UnitStatusCode, string> = {
  on_time: "C6EFCE",
  late: "FFEB9C",
  missing: "FFC7CE",
  invalid: "F8CBAD",
  pending: "DDEBF7",
  optional_missing: "EDEDED",
};

export const baseStyles: Record<string, CellStyle> = {
  issuer: { ...font, bold: true, size: 12, hAlign: "center", vAlign: "middle", wrap: true },
  nationalName: { ...font, bold: true, size: 12, hAlign: "center", vAlign: "middle" },
  motto: { ...font, bold: true, underline: true, size: 12, hAlign: "center", vAlign: "middle" },
  appendix: { ...font, bold: true, size: 14, hAlign: "center", vAlign: "middle" },
  title: { ...font, bold: true, size: 13, hAlign: "center", vAlign: "middle", wrap: true },
  attachedTo: { ...font, italic: true, hAlign: "center", vAlign: "middle" },
  subtitle: { ...font, italic: true, hAlign: "center", vAlign: "middle" },
  sensitive: { ...font, bold: true, italic: true, hAlign: "center", color: "C00000" },
  label: { ...font, bold: true },
  signPlace: { ...font, italic: true, size: 12, hAlign: "center", vAlign: "middle" },
  signRole: { ...font, bold: true, size: 12, hAlign: "center", vAlign: "middle" },
  signHint: { ...font, italic: true, hAlign: "center", vAlign: "middle" },
  header: { ...font, bold: true, border: true, wrap: true, hAlign: "center", vAlign: "middle", fill: "D9E1F2" },
  section: { ...framed, bold: true, fill: "F2F2F2" },
  text: { ...framed, wrap: true },
  center: { ...framed, hAlign: "center" },
  child: { ...framed, wrap: true, italic: true, indent: 1 },
  count: { ...framed, numFmt: NUMBER_FORMAT.count },
  ratio: { ...framed, numFmt: NUMBER_FORMAT.ratio },
  money: { ...framed, numFmt: NUMBER_FORMAT.money },
  date: { ...framed, hAlign: "center", numFmt: NUMBER_FORMAT.date },
  ratioPlain: { ...font, numFmt: NUMBER_FORMAT.ratio, bold: true, hAlign: "left" },
  met: { ...framed, hAlign: "center", color: "006100", fill: "C6EFCE" },
  notMet: { ...framed, hAlign: "center", color: "9C0006", fill: "FFC7CE" },
  warnCell: { ...framed, numFmt: NUMBER_FORMAT.ratio, color: "9C0006", bold: true },
  error: { ...framed, color: "9C0006", bold: true },
  warning: { ...framed, color: "9C5700" },
  alert: { ...framed, wrap: true, color: "9C5700" },
};

export function statusStyles(): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const [code, fill] of Object.entries(STATUS_FILL)) out[`status_${code}`] = { ...framed, fill };
  return out;
}

/** Percentages and other ratios get one decimal; money keeps its decimals; counts none. */
export function valueStyle(indicator: Indicator): string {
  if (indicator.type === "money") return "money";
  if (indicator.type === "calc" || indicator.total.kind === "shareYes") return "ratio";
  return "count";
}
