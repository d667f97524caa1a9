// Where things sit on the form (docs/domain.md §3, docs/contract.md §1). Readers never rely on these
// numbers: they find the header row by its text and the rows by code.

export const REPORT_SHEET = "BaoCao";
export const META_SHEET = "_meta";

/** Table columns, 0-based: A STT | B Mã | C Chỉ tiêu | D Đơn vị tính | E Số liệu | F Mục tiêu | G Ghi chú. */
export const COL = { stt: 0, code: 1, label: 2, uom: 3, value: 4, target: 5, note: 6 } as const;
export const FIRST_COL = COL.stt;
export const LAST_COL = COL.note;

/** Widths in characters; C is wide because indicator labels are long sentences. */
export const COLUMN_WIDTHS = [6, 11, 60, 13, 16, 12, 28];

/** Exact header texts: the reader looks for "Mã" and a cell beginning with "Số liệu". */
export const HEADER_CODE = "Mã";
export const HEADER_VALUE = "Số liệu kỳ báo cáo";
export function headerLabels(targetYear: number): string[] {
  return ["STT", HEADER_CODE, "Chỉ tiêu", "Đơn vị tính", HEADER_VALUE, `Mục tiêu ${targetYear}`, "Ghi chú"];
}

/** Text inputs (narratives, notes) are capped at this many characters (docs/domain.md §4 "text"). */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;

/** Fixed rows of the header block, 0-based. */
export const HEADER_ROWS = {
  formNumber: 0,
  issuer: 1,
  unitName: 2,
  title: 4,
  period: 5,
  reportingUnit: 6,
  recipient: 7,
  due: 8,
  estimateNote: 9,
  tableHeader: 11,
} as const;

export const REPORT_DATE_LABEL = "Ngày báo cáo (dd/mm/yyyy):";

/** Row heights in points. */
export const HEIGHTS = { title: 36, tableHeader: 32, lineOfText: 15, narrative: 90, signatureSpace: 60 } as const;

/** Approximate characters per line of the label column, to size wrapped rows (Excel does not autofit on open). */
export const LABEL_CHARS_PER_LINE = 58;
