// Builds judged inputs (ValidatedForm, FileReport) directly, so consolidation is tested on its own,
// and a small plan literal parsed with PlanSchema.
import type { Issue } from "../../../src/core/issues";
import { PlanSchema, type Plan, type PlanInput } from "../../../src/core/plan/schema";
import type { FileReport, ParsedValue, ValidatedForm } from "../../../src/core/read/validated-form";
import { looseIssue } from "../../helpers/issue-params";

const XA_DISTRICT = ["XA", "LDTBXH"];

export const smallPlanInput: PlanInput = {
  id: "thu-nghiem",
  title: "Kế hoạch thử nghiệm",
  issuer: "UBND HUYỆN THỬ",
  place: "Thử",
  recipient: "UBND huyện Thử",
  formTitle: "BÁO CÁO THỬ",
  targetYear: 2025,
  crossCheckTolerancePct: 10,
  units: [
    { code: "X_A", name: "Xã A", kind: "XA" },
    { code: "X_B", name: "Xã B", kind: "XA" },
    { code: "X_C", name: "Xã C", kind: "XA" },
    { code: "P_LD", name: "Phòng Lao động", kind: "LDTBXH" },
    { code: "P_YT", name: "Phòng Y tế", kind: "YTE" },
    { code: "MTTQ", name: "Mặt trận", kind: "MTTQ", required: false },
  ],
  periods: [
    { code: "2024-H1", label: "6 tháng đầu năm 2024", kind: "half", dataFrom: "2023-12-15", dataTo: "2024-06-14", due: "2024-06-05" },
    { code: "2024-Y", label: "Năm 2024", kind: "year", dataFrom: "2023-12-15", dataTo: "2024-12-14", due: "2024-12-10" },
  ],
  sections: [
    { code: "I", stt: "I", title: "Chung" },
    { code: "IV", stt: "IV", title: "Tháng hành động", periodKinds: ["year"] },
    { code: "VII", stt: "VII", title: "Nhận xét" },
  ],
  indicators: [
    { code: "TT01", section: "I", stt: "1", label: "Số buổi tuyên truyền", unitOfMeasure: "buổi", type: "count", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "BL02", section: "I", stt: "2", label: "Số nạn nhân", unitOfMeasure: "người", type: "count", who: { kinds: XA_DISTRICT }, total: { kind: "sumKinds", kinds: ["XA"] } },
    { code: "BL03", section: "I", stt: "3", label: "Số nạn nhân được hỗ trợ", unitOfMeasure: "người", type: "count", who: { kinds: XA_DISTRICT }, total: { kind: "sumKinds", kinds: ["XA"] } },
    {
      code: "TL_BL03", section: "I", stt: "4", label: "Tỷ lệ nạn nhân được hỗ trợ", unitOfMeasure: "%", type: "calc",
      who: { kinds: XA_DISTRICT }, total: { kind: "ratio" },
      calc: { numerator: [{ code: "BL03" }], denominator: [{ code: "BL02" }] },
      targets: [{ year: 2025, op: ">=", value: 80 }, { year: 2030, op: ">=", value: 90 }],
    },
    { code: "CL02", section: "I", stt: "5", label: "Số lao động có việc làm mới", unitOfMeasure: "người", type: "count", who: { kinds: XA_DISTRICT }, total: { kind: "fromUnit", unit: "P_LD" } },
    { code: "CL01.NU", section: "I", label: "Lãnh đạo chủ chốt nữ", unitOfMeasure: "người", type: "count", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    {
      code: "TL_CL01", section: "I", stt: "6", label: "Tỷ lệ đơn vị có lãnh đạo chủ chốt là nữ", unitOfMeasure: "%", type: "calc",
      who: { kinds: [], summaryOnly: true }, total: { kind: "shareOfUnits", code: "CL01.NU", atLeast: 1 },
      targets: [{ year: 2025, op: ">=", value: 60 }],
    },
    { code: "CL04", section: "I", stt: "7", label: "Số trẻ sinh ra sống", unitOfMeasure: "trẻ", type: "count", who: { kinds: ["XA", "YTE"] }, total: { kind: "fromUnit", unit: "P_YT" } },
    { code: "CL04.NU", section: "I", label: "Bé gái", unitOfMeasure: "trẻ", type: "count", who: { kinds: ["XA", "YTE"] }, total: { kind: "fromUnit", unit: "P_YT" } },
    {
      code: "TL_CL04", section: "I", stt: "8", label: "Tỷ số giới tính khi sinh", unitOfMeasure: "bé trai/100 bé gái", type: "calc",
      who: { kinds: ["XA", "YTE"] }, total: { kind: "ratio" },
      calc: { numerator: [{ code: "CL04" }, { code: "CL04.NU", sign: -1 }], denominator: [{ code: "CL04.NU" }] },
      targets: [{ year: 2025, op: "<=", value: 111 }], judgeMinBase: { terms: [{ code: "CL04" }], min: 30 },
    },
    { code: "KP01", section: "I", stt: "9", label: "Tổng kinh phí", unitOfMeasure: "triệu đồng", type: "money", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "TH01", section: "IV", stt: "1", label: "Có kế hoạch Tháng hành động", unitOfMeasure: "Có/Không", type: "yesno", who: { kinds: ["ALL"] }, total: { kind: "shareYes" }, targets: [{ year: 2025, op: "==", value: 100 }] },
    { code: "NX01", section: "VII", stt: "1", label: "Khó khăn, vướng mắc", type: "text", who: { kinds: ["ALL"] }, total: { kind: "none" }, required: false },
    { code: "NX02", section: "VII", stt: "2", label: "Đề xuất, kiến nghị", type: "text", who: { kinds: ["ALL"] }, total: { kind: "none" }, required: false },
  ],
};

export const smallPlan: Plan = PlanSchema.parse(smallPlanInput);

export interface FormOptions {
  file?: string;
  period?: string | null;
  finalizedAt?: string | null;
  reportDate?: string | null;
  fileTime?: string | null;
  /** When the receipt register first saw the file. */
  receivedAt?: string | null;
  /** A bdg demo form. */
  sample?: boolean;
  /** An untouched template (validateSubmission found no value typed). */
  blank?: boolean;
  /** How the reader identified the form: by `_meta` (default) or by the header text (a copied sheet). */
  identifiedBy?: "meta" | "header";
  sheet?: string;
  /** Number of error issues to attach. */
  errors?: number;
  issues?: Issue[];
}

export function errorIssue(indicator = "TT01"): Issue {
  return looseIssue({ severity: "error", rule: "negative", indicator, cell: "BaoCao!E10", params: { value: -1 } });
}

export function warningIssue(indicator = "TT01"): Issue {
  return looseIssue({ severity: "warning", rule: "number_as_text", indicator, cell: "BaoCao!E11", params: { value: "1.234" } });
}

/** A judged form of `unit` ("2024-Y" by default, submitted on the report date 2024-12-09). */
export function form(unit: string | null, values: Record<string, ParsedValue>, o: FormOptions = {}): ValidatedForm {
  const issues = [...(o.issues ?? []), ...Array.from({ length: o.errors ?? 0 }, () => errorIssue())];
  const errors = issues.filter((i) => i.severity === "error").length;
  const validated: ValidatedForm = {
    submission: {
      file: o.file ?? `${unit ?? "khong-ro"}.xlsx`,
      sheet: o.sheet ?? "BaoCao",
      unit,
      period: o.period === undefined ? "2024-Y" : o.period,
      identifiedBy: o.identifiedBy ?? "meta",
      values: {},
      finalizedAt: o.finalizedAt ?? null,
      reportDate: o.reportDate === undefined ? "2024-12-09" : o.reportDate,
      fileTime: o.fileTime ?? null,
      readIssues: [],
    },
    values,
    issues,
    errors,
    warnings: issues.length - errors,
  };
  if (o.receivedAt !== undefined) validated.submission.receivedAt = o.receivedAt;
  if (o.sample) validated.submission.sample = true;
  if (o.blank) validated.blank = true;
  return validated;
}

/** One workbook holding these forms (file name taken from the first form unless given). */
export function book(forms: ValidatedForm[], file?: string, fileTime: string | null = null): FileReport {
  return { file: file ?? forms[0].submission.file, fileTime, kind: "forms", forms };
}

export function single(f: ValidatedForm): FileReport {
  return book([f]);
}

/** A summary bdg wrote earlier, found among the inputs. */
export function ownOutput(file: string): FileReport {
  return { file, fileTime: null, kind: "own_output", issue: { severity: "error", rule: "not_a_report", indicator: null, cell: null, params: { reason: "bảng tổng hợp" } } };
}

export function unreadable(file: string): FileReport {
  return { file, fileTime: null, kind: "unreadable", issue: looseIssue({ severity: "error", rule: "unreadable", indicator: null, cell: null, params: { file } }) };
}

export function notAReport(file: string): FileReport {
  return { file, fileTime: null, kind: "not_a_report", issue: looseIssue({ severity: "error", rule: "not_a_report", indicator: null, cell: null, params: { file } }) };
}
