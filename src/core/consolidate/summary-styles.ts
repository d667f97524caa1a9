// Styles shared by the summary sheets, as data (the writers render them).
import type { Indicator } from "../plan/schema";
import type { CellStyle } from "../sheet";
import type { UnitStatusCode } from "./summary";

export const NUMBER_FORMAT = { count: "#,##0", ratio: "#,##0.0", money: "#,##0.0##" } as const;

const framed: CellStyle = { border: true, vAlign: "top" };

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
  issuer: { bold: true, size: 11 },
  title: { bold: true, size: 14, hAlign: "center", wrap: true },
  subtitle: { italic: true, hAlign: "center" },
  label: { bold: true },
  header: { bold: true, border: true, wrap: true, hAlign: "center", vAlign: "middle", fill: "D9E1F2" },
  section: { ...framed, bold: true, fill: "F2F2F2" },
  text: { ...framed, wrap: true },
  center: { ...framed, hAlign: "center" },
  child: { ...framed, wrap: true, italic: true, indent: 1 },
  count: { ...framed, numFmt: NUMBER_FORMAT.count },
  ratio: { ...framed, numFmt: NUMBER_FORMAT.ratio },
  money: { ...framed, numFmt: NUMBER_FORMAT.money },
  ratioPlain: { numFmt: NUMBER_FORMAT.ratio, bold: true, hAlign: "left" },
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
