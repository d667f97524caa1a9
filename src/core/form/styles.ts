// The named styles of the form. Cells refer to them by key; each writer turns a key into
// its own style objects. Input cells are the only unlocked ones (locked: false).
import type { CellStyle } from "../sheet/sheet-model";

/** The fill of input cells (RGB hex without "#"): what markErrorCells gives back to an unmarked cell. */
export const INPUT_FILL = "FFF9E1"; // pale yellow: "type here"
const CALC_FILL = "EDEDED"; // grey: computed, not typed
const HEADER_FILL = "D9E1F2";
const SECTION_FILL = "E2EFDA";

/** Number formats (the user's locale decides the separators: vi-VN shows 1.234,5). */
export const NUMBER_FORMATS = {
  count: "#,##0",
  money: "#,##0.0##",
  ratio: "0.0",
  text: "@",
  date: "dd/mm/yyyy",
} as const;

const table: CellStyle = { border: true, vAlign: "middle", wrap: true, size: 11 };
const input: CellStyle = { ...table, fill: INPUT_FILL, locked: false };

export const STYLE = {
  formNumber: "formNumber",
  issuer: "issuer",
  unitName: "unitName",
  nationalName: "nationalName",
  motto: "motto",
  title: "title",
  periodLine: "periodLine",
  infoLine: "infoLine",
  estimateNote: "estimateNote",
  tableHeader: "tableHeader",
  sectionStt: "sectionStt",
  sectionTitle: "sectionTitle",
  sectionFill: "sectionFill",
  stt: "stt",
  code: "code",
  label: "label",
  childLabel: "childLabel",
  uom: "uom",
  target: "target",
  inputCount: "inputCount",
  inputMoney: "inputMoney",
  inputYesNo: "inputYesNo",
  inputText: "inputText",
  calc: "calc",
  note: "note",
  narrativeLabel: "narrativeLabel",
  reportDateLabel: "reportDateLabel",
  reportDateInput: "reportDateInput",
  signPlace: "signPlace",
  signRole: "signRole",
  signHint: "signHint",
  signLine: "signLine",
  metaKey: "metaKey",
  metaValue: "metaValue",
} as const;
export type StyleKey = (typeof STYLE)[keyof typeof STYLE];
type MetaStyleKey = typeof STYLE.metaKey | typeof STYLE.metaValue;

export const REPORT_STYLES: Record<Exclude<StyleKey, MetaStyleKey>, CellStyle> = {
  formNumber: { bold: true, italic: true, hAlign: "left", vAlign: "middle" },
  issuer: { hAlign: "center", vAlign: "middle", size: 12 },
  unitName: { bold: true, hAlign: "center", vAlign: "middle", size: 12, wrap: true },
  nationalName: { bold: true, hAlign: "center", vAlign: "middle", size: 12 },
  motto: { bold: true, underline: true, hAlign: "center", vAlign: "middle", size: 12 },
  title: { bold: true, hAlign: "center", vAlign: "middle", size: 13, wrap: true },
  periodLine: { italic: true, hAlign: "center", vAlign: "middle" },
  infoLine: { hAlign: "left", vAlign: "middle" },
  estimateNote: { italic: true, hAlign: "left", vAlign: "middle", wrap: true, size: 10 },
  tableHeader: { ...table, bold: true, hAlign: "center", fill: HEADER_FILL },
  sectionStt: { ...table, bold: true, hAlign: "center", fill: SECTION_FILL },
  sectionTitle: { ...table, bold: true, hAlign: "left", fill: SECTION_FILL },
  sectionFill: { ...table, fill: SECTION_FILL },
  stt: { ...table, hAlign: "center" },
  code: { ...table, hAlign: "center", size: 10, color: "595959" },
  label: { ...table, hAlign: "left" },
  childLabel: { ...table, hAlign: "left", italic: true, indent: 2 },
  uom: { ...table, hAlign: "center" },
  target: { ...table, hAlign: "center" },
  inputCount: { ...input, hAlign: "right", numFmt: NUMBER_FORMATS.count },
  inputMoney: { ...input, hAlign: "right", numFmt: NUMBER_FORMATS.money },
  inputYesNo: { ...input, hAlign: "center", numFmt: NUMBER_FORMATS.text },
  inputText: { ...input, hAlign: "left", vAlign: "top", numFmt: NUMBER_FORMATS.text },
  calc: { ...table, hAlign: "right", fill: CALC_FILL, numFmt: NUMBER_FORMATS.ratio },
  note: { ...input, hAlign: "left", numFmt: NUMBER_FORMATS.text },
  narrativeLabel: { ...table, hAlign: "left", vAlign: "top" },
  reportDateLabel: { bold: true, hAlign: "right", vAlign: "middle" },
  reportDateInput: { ...input, hAlign: "center", numFmt: NUMBER_FORMATS.date },
  signPlace: { italic: true, hAlign: "center", vAlign: "middle" },
  signRole: { bold: true, hAlign: "center", vAlign: "middle" },
  signHint: { italic: true, hAlign: "center", vAlign: "middle", size: 10 },
  signLine: { hAlign: "left", vAlign: "middle" },
};

/** _meta holds text only. */
export const META_STYLES: Record<MetaStyleKey, CellStyle> = {
  metaKey: { numFmt: NUMBER_FORMATS.text },
  metaValue: { numFmt: NUMBER_FORMATS.text },
};
