// The Vietnamese sentence an officer reads for an Issue (docs/domain.md §5): rendered from rule +
// params, naming the values (1.234,5) and the cell without its sheet ("tại ô E25").
// Each rule reads the one param its family names (issue.ts ParamsByRule); a missing param never
// shows as "undefined"/"null": it reads "(trống)" or is left out. Where each rule is raised: docs/rules.md.
import { formatNumberVi } from "../text/number-format";
import { COMPARISON_SIGN, isComparison, type Comparison } from "./comparison";
import type { Issue, IssueParam, ParamsByRule, PlanRuleCode, RuleCode, Severity } from "./issue";

/**
 * What a message needs of the plan: each indicator's label, type and unit. A Plan is one; issues
 * sit below plan in the core's order (docs/architecture.md "Import order"), so they name only this.
 */
export interface IndicatorCatalog {
  indicators: readonly { code: string; label: string; type: string; unitOfMeasure?: string | null }[];
}
type Plan = IndicatorCatalog;

const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo" };

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABEL[severity];
}

const BLANK = "(trống)";

/** A param as text: numbers 1.234,5, strings as they are, anything absent "(trống)". */
function show(v: IssueParam | undefined, decimals?: number): string {
  if (typeof v === "number") return Number.isFinite(v) ? formatNumberVi(v, decimals) : BLANK;
  if (typeof v === "string" && v !== "") return v;
  return BLANK;
}

/** A typed value shown with all its decimals (so "1,12345" is not shown rounded as "1,123"). */
function showExact(v: IssueParam | undefined): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return show(v);
  const text = String(v);
  const decimals = text.includes("e") || !text.includes(".") ? 0 : text.split(".")[1].length;
  return formatNumberVi(v, Math.min(decimals, 12));
}

/** A reason that may already be a full sentence: end it with one full stop, never two. */
function sentence(v: IssueParam | undefined): string {
  const text = show(v).trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** A year is not a quantity: 2025, never "2.025". */
function showYear(v: IssueParam | undefined): string {
  return typeof v === "number" && Number.isFinite(v) ? String(v) : show(v);
}

/** "BaoCao!E25" → "E25". */
export function cellWithoutSheet(cell: string): string {
  return cell.slice(cell.lastIndexOf("!") + 1);
}

/** What a failed comparison says: left op right did NOT hold. */
const BROKEN: Record<Comparison, string> = {
  "<=": "lớn hơn",
  "<": "không nhỏ hơn",
  ">=": "nhỏ hơn",
  ">": "không lớn hơn",
  "==": "khác",
  "!=": "bằng",
};
/** What a comparison asks for. */
const WANTED: Record<Comparison, string> = {
  "<=": "không lớn hơn",
  "<": "nhỏ hơn",
  ">=": "không nhỏ hơn",
  ">": "lớn hơn",
  "==": "bằng",
  "!=": "khác",
};

function asComparison(v: IssueParam | undefined): Comparison | null {
  return isComparison(v) ? v : null;
}

interface Ctx<R extends RuleCode = RuleCode> {
  /** Partial: a message is rendered whatever reached it (an old JSON, a hostile worker reply). */
  p: Partial<ParamsByRule[R]>;
  issue: Issue;
  plan?: Plan;
  /** The indicator's label: params.label, else the plan's, else its code. */
  label: string;
  /** "Ô E20 (Tổng dân số trên địa bàn)" or the label alone when there is no cell. */
  where: string;
  /** " tại ô E25", or "" when the issue has no cell. */
  at: string;
}

/** "Tổng dân số (12)": a named value; a constant operand shows as its value alone. */
function named(label: IssueParam | undefined, value: IssueParam | undefined): string {
  return typeof label === "string" && label !== "" ? `${label} (${show(value)})` : show(value);
}

/** A part and its whole as the comparison messages name them: "Trong đó: Nữ (15)", "Tổng số (12)". */
function partAndWhole(c: Ctx<PlanRuleCode>): { part: string; whole: string } {
  return { part: named(c.p.partLabel, c.p.part), whole: named(c.p.wholeLabel, c.p.whole) };
}

function comparisonSentence(c: Ctx<PlanRuleCode>): string {
  const op = asComparison(c.p.op);
  const verb = op ? BROKEN[op] : "không thỏa mãn điều kiện so với";
  const { part, whole } = partAndWhole(c);
  return `${part} ${verb} ${whole}`;
}

function fieldName(field: IssueParam | undefined): string {
  if (field === "submitted_at") return "thời điểm hoàn tất (submitted_at)";
  if (field === "report_date") return "Ngày báo cáo";
  return "ngày";
}

function unitOfMeasure(c: Ctx): string {
  const uom = c.plan?.indicators.find((i) => i.code === c.issue.indicator)?.unitOfMeasure ?? "%";
  return uom === "%" ? " %" : uom ? ` ${uom}` : "";
}

const MESSAGES: { [R in RuleCode]: (c: Ctx<R>) => string } = {
  required: (c) => {
    const type = c.plan?.indicators.find((i) => i.code === c.issue.indicator)?.type;
    const hint = type === "yesno" ? "hãy chọn “Có” hoặc “Không”." : "nếu không có số liệu, hãy nhập 0.";
    return `${c.where} đang để trống: ${hint}`;
  },
  not_a_number: (c) => `${c.where}: “${show(c.p.text)}” không phải là số.`,
  negative: (c) => `${c.where}: số âm (${show(c.p.value)}) không hợp lệ, số liệu phải từ 0 trở lên.`,
  not_integer: (c) => `${c.where}: phải là số nguyên, đang là ${showExact(c.p.value)}.`,
  too_many_decimals: (c) =>
    `${c.where}: ${showExact(c.p.value)} có quá nhiều chữ số thập phân (tối đa ${show(c.p.maxDecimals)}).`,
  yesno_invalid: (c) => `${c.where}: “${show(c.p.text)}” không hợp lệ, chỉ nhập “Có” hoặc “Không”.`,
  yesno_unaccented: (c) => `${c.where}: “${show(c.p.text)}” được nhập không dấu, đã hiểu là “${show(c.p.value)}”. Hãy kiểm tra lại.`,
  text_too_long: (c) => `${c.where}: nội dung dài ${show(c.p.length)} ký tự, tối đa ${show(c.p.maxLength)} ký tự.`,
  number_as_text: (c) => `${c.where}: số được nhập dạng chữ “${show(c.p.text)}”, đã đọc là ${show(c.p.value)}. Hãy kiểm tra lại.`,
  formula_in_input: (c) => `${c.where} chứa công thức; đã dùng giá trị hiển thị của ô. Hãy nhập số trực tiếp.`,
  part_le_whole: (c) => `${comparisonSentence(c)}${c.at}.`,
  parts_sum_le_whole: (c) => {
    const { part, whole } = partAndWhole(c);
    return `Tổng ${part} lớn hơn ${whole}${c.at}.`;
  },
  parts_sum_below_whole: (c) => {
    const { part, whole } = partAndWhole(c);
    const gap = typeof c.p.part === "number" && typeof c.p.whole === "number" ? `: còn ${show(c.p.whole - c.p.part)} chưa rõ nguồn` : "";
    return `Tổng ${part} nhỏ hơn ${whole}${c.at}${gap}.`;
  },
  numerator_le_denominator: (c) => `${comparisonSentence(c)}${c.at}: tỷ lệ sẽ vượt 100 %.`,
  zero_denominator: (c) =>
    `${named(c.p.label, c.p.value)} bằng 0${c.at}: đây là mẫu số để tính tỷ lệ, hãy nhập số thực tế.`,
  zero_warning: (c) => `${named(c.p.label, c.p.value)} bằng 0${c.at}: hãy kiểm tra lại.`,
  consistency: (c) => {
    const whenOp = asComparison(c.p.whenOp);
    const op = asComparison(c.p.op);
    const expected = `${typeof c.p.leftLabel === "string" ? c.p.leftLabel : "giá trị"} ${op ? WANTED[op] : "phải thỏa mãn"} ${show(c.p.right)}`;
    const now = `hiện là ${show(c.p.left)}`;
    if (whenOp && c.p.whenLeftLabel) {
      return `Khi ${c.p.whenLeftLabel} ${WANTED[whenOp]} ${show(c.p.whenRight)} (hiện là ${show(c.p.whenLeft)}) thì ${expected}, ${now}${c.at}: hãy kiểm tra lại.`;
    }
    return `${expected}, ${now}${c.at}: hãy kiểm tra lại.`;
  },
  target_missed: (c) => {
    const op = asComparison(c.p.op);
    const target = `${op ? COMPARISON_SIGN[op] + " " : ""}${show(c.p.target)}${unitOfMeasure(c)}`;
    return `${c.label} đạt ${show(c.p.value, 1)}${unitOfMeasure(c)}, chưa đạt mục tiêu năm ${showYear(c.p.year)} (${target})${c.at}.`;
  },
  small_base: (c) =>
    `${c.label} là ${show(c.p.value, 1)} nhưng tính trên số nhỏ (cơ số ${show(c.p.base)}, dưới ${show(c.p.min)})${c.at}: chỉ để tham khảo, không đánh giá theo mục tiêu.`,
  calc_mismatch: (c) =>
    `${c.where} ghi ${show(c.p.value)} nhưng tính lại được ${show(c.p.expected, 1)}: công thức có thể đã bị sửa, đã dùng giá trị tính lại.`,
  missing_code: (c) =>
    `Không tìm thấy dòng có mã ${show(c.p.code)} (${c.label}) trong biểu${c.at}: dòng đã bị xóa hoặc mã đã bị sửa.`,
  duplicate_code: (c) =>
    `Mã ${show(c.p.code)} xuất hiện nhiều lần (dòng đầu ở ô ${show(c.p.firstCell)}, dòng lặp${c.at}): chỉ dùng dòng đầu tiên, hãy xóa dòng thừa.`,
  missing_meta: (c) =>
    `Tệp không có trang thông tin biểu mẫu (_meta): đơn vị (${show(c.p.unitName)}) và kỳ báo cáo (${show(c.p.periodLabel)}) được lấy từ tiêu đề${c.at}. Nên dùng biểu mẫu do phần mềm tạo.`,
  bad_meta: (c) => `Thông tin biểu mẫu (_meta) không hợp lệ${c.at}: ${show(c.p.reason)}.`,
  header_mismatch: (c) =>
    c.p.field === "period"
      ? `Tiêu đề ghi kỳ báo cáo “${show(c.p.header)}”${c.at} nhưng biểu được tạo cho kỳ ${show(c.p.expected)}.`
      : `Tiêu đề ghi đơn vị “${show(c.p.header)}”${c.at} nhưng biểu được tạo cho ${show(c.p.expected)}.`,
  unknown_unit: (c) => `Mã đơn vị “${show(c.p.unit)}” không có trong danh sách đơn vị của kế hoạch${c.at}.`,
  unknown_period: (c) => `Mã kỳ báo cáo “${show(c.p.period)}” không có trong kế hoạch${c.at}.`,
  wrong_period: (c) => `Biểu của kỳ ${show(c.p.period)}, không phải kỳ đang tổng hợp (${show(c.p.expected)}).`,
  not_a_report: (c) => `Tệp không phải biểu mẫu báo cáo: ${sentence(c.p.reason)}`,
  unreadable: (c) => `Không đọc được tệp: ${sentence(c.p.reason)}`,
  bad_date: (c) => `Không đọc được ${fieldName(c.p.field)} “${show(c.p.text)}”${c.at}, đã bỏ qua. Hãy nhập ngày dạng dd/mm/yyyy.`,
  blank_form: () =>
    "Biểu mẫu chưa nhập số liệu: chưa có ô số liệu nào được điền. Hãy nhập số liệu (nhập 0 nếu không có phát sinh) rồi gửi lại.",
  missing_report_date: (c) =>
    `Chưa ghi “Ngày báo cáo”${c.at}: hãy nhập ngày dạng dd/mm/yyyy trước khi gửi, để nơi nhận biết báo cáo nộp đúng hạn hay trễ.`,
  cross_check: (c) =>
    `${c.label}${c.at}: tổng ${show(c.p.total)} chênh ${show(c.p.diffPct, 1)} % so với tổng của các đơn vị khác (${show(c.p.othersSum)}), vượt ngưỡng ${show(c.p.tolerancePct)} %.`,
  // relation (docs/contract.md §4.1): newer = a later submission day; same_date = the same day, the
  // other one received later; same_content = identical values; copy_sheet = a copy of the _meta sheet.
  duplicate_submission: (c) => {
    const other = show(c.p.newerFile);
    const file = show(c.p.file);
    switch (c.p.relation) {
      case "same_date":
        return `Đơn vị ${show(c.p.unit)} có bản khác cùng ngày nộp (${other}), nhận sau nên được dùng: bản ${file} không được dùng.`;
      case "same_content":
        return `Bản ${file} trùng số liệu với bản đã dùng (${other}).`;
      case "copy_sheet":
        return `Trang ${file} là bản sao trong cùng tệp; trang ghi trong _meta (${other}) được dùng.`;
      default:
        return `Đơn vị ${show(c.p.unit)} đã gửi bản mới hơn (${other}): bản ${file} không được dùng.`;
    }
  },
};

// ---- the reasons an issue carries (params.reason of not_a_report, bad_meta, unreadable) ------
// Phrases without a full stop: the message adds it (sentence()).

/** Why a workbook is not a report form (read/read-workbook, rules/inspect-file). */
export const notAReportReason = {
  ownSummary: () => "đây là bảng tổng hợp do bdg tạo ra, không phải báo cáo của một đơn vị",
  noHeaderRow: () => "không có trang nào có dòng tiêu đề của biểu mẫu (ô “Mã” và ô “Số liệu kỳ báo cáo”)",
  unidentified: (sheetReasons: readonly string[]) => `không xác định được đơn vị hoặc kỳ báo cáo (${sheetReasons.join("; ")})`,
  /** One sheet's part of `unidentified`: the header names no known unit or period, or has no such line. */
  unknownUnit: (sheet: string, text: string) => `trang “${sheet}”: không nhận ra đơn vị báo cáo “${text}”`,
  noUnitLine: (sheet: string) => `trang “${sheet}”: không có dòng “Đơn vị báo cáo”`,
  unknownPeriod: (sheet: string, text: string) => `trang “${sheet}”: không nhận ra kỳ báo cáo “${text}”`,
  noPeriodLine: (sheet: string) => `trang “${sheet}”: không có dòng “Kỳ báo cáo”`,
};

/** What is wrong with `_meta` (read/interpret-meta, docs/contract.md §1). */
export const badMetaReason = {
  noFormat: () => "không có khóa format",
  otherFormat: (format: string, ours: string) => `format là “${format}”, không phải ${ours}`,
  version: (version: string) => `phiên bản định dạng ${version} chưa được hỗ trợ`,
  noUnitOrPeriod: () => "thiếu mã đơn vị (unit) hoặc mã kỳ báo cáo (period)",
  noReportSheet: (sheet: string) => `không có trang biểu mẫu “${sheet}” (report_sheet)`,
};

/** Another spreadsheet format, by extension (read/input-kind): why it cannot be read, and how to save it as .xlsx. */
export const SAVE_AS_XLSX_REASON: Readonly<Record<string, string>> = {
  xls: "đây là tệp Excel 97-2003 (.xls); hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx) rồi dùng tệp .xlsx",
  xlsb: "đây là sổ làm việc nhị phân (.xlsb); hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx) rồi dùng tệp .xlsx",
  ods: "đây là bảng tính LibreOffice/OpenOffice (.ods); hãy mở bằng LibreOffice Calc, chọn Tệp › Lưu thành, kiểu “Excel 2007-365 (.xlsx)”",
  ots: "đây là mẫu bảng tính LibreOffice (.ots); hãy mở bằng LibreOffice Calc, chọn Tệp › Lưu thành, kiểu “Excel 2007-365 (.xlsx)”",
  fods: "đây là bảng tính LibreOffice dạng văn bản (.fods); hãy mở bằng LibreOffice Calc, chọn Tệp › Lưu thành, kiểu “Excel 2007-365 (.xlsx)”",
  csv: "tệp CSV chỉ là văn bản, không còn biểu mẫu (mã chỉ tiêu, trang _meta); hãy gửi lại tệp .xlsx của biểu mẫu",
  numbers: "đây là tệp Numbers của máy Mac; hãy mở bằng Numbers, chọn Tệp › Xuất sang › Excel…, định dạng .xlsx",
  et: "đây là tệp WPS Spreadsheets (.et); hãy mở bằng WPS, chọn Tệp › Lưu thành, kiểu “Excel Workbook (*.xlsx)”",
  ett: "đây là mẫu WPS Spreadsheets (.ett); hãy mở bằng WPS, chọn Tệp › Lưu thành, kiểu “Excel Workbook (*.xlsx)”",
};

function labelOf(issue: Issue, plan?: Plan): string {
  const fromParams = (issue.params as Partial<Record<"label", IssueParam>> | undefined)?.label;
  if (typeof fromParams === "string" && fromParams !== "") return fromParams;
  const fromPlan = issue.indicator ? plan?.indicators.find((i) => i.code === issue.indicator)?.label : undefined;
  return fromPlan ?? issue.indicator ?? "Chỉ tiêu";
}

export function renderIssue(issue: Issue, plan?: Plan): string {
  const label = labelOf(issue, plan);
  const cell = issue.cell ? cellWithoutSheet(issue.cell) : null;
  const where = cell ? `Ô ${cell} (${label})` : label;
  // The one cast: TypeScript cannot tie MESSAGES[issue.rule] to issue.params across the union.
  const render = (MESSAGES[issue.rule] ?? MESSAGES.consistency) as (c: Ctx) => string;
  return render({ p: issue.params ?? {}, issue, plan, label, where, at: cell ? ` tại ô ${cell}` : "" });
}
