// A small plan literal, parsed by PlanSchema, with every value type, a calc row with a target
// and a minimum base, an annual-only section, and rules of each shape (part ≤ whole, Σ parts,
// yes/no precondition, missing "zero").
import { PlanSchema, type Plan, type PlanInput } from "../../../src/core/plan/schema";

const terms = (...codes: string[]) => codes.map((code) => ({ code, sign: 1 as const }));

export const smallPlanInput: PlanInput = {
  id: "small-test",
  title: "Kế hoạch thử",
  issuer: "UBND HUYỆN THỬ",
  place: "Thử",
  recipient: "UBND huyện Thử",
  formTitle: "BÁO CÁO THỬ",
  targetYear: 2025,
  units: [
    { code: "X_VINH_THAI", name: "Xã Vĩnh Thái", kind: "XA", aliases: ["UBND xã Vĩnh Thái"] },
    { code: "X_VINH_HOA", name: "Xã Vĩnh Hòa", kind: "XA" },
    { code: "X_VINH_HA", name: "Xã Vĩnh Hà", kind: "XA" },
    { code: "P_YTE", name: "Phòng Y tế", kind: "YTE" },
    { code: "MTTQ", name: "Ủy ban MTTQ huyện", kind: "MTTQ", required: false },
  ],
  periods: [
    { code: "2024-H1", label: "6 tháng đầu năm 2024", kind: "half", dataFrom: "2023-12-15", dataTo: "2024-06-14", due: "2024-06-05" },
    { code: "2024-Y", label: "Năm 2024", kind: "year", dataFrom: "2023-12-15", dataTo: "2024-12-14", due: "2024-12-10" },
  ],
  sections: [
    { code: "I", stt: "I", title: "Tuyên truyền" },
    { code: "IV", stt: "IV", title: "Tháng hành động", periodKinds: ["year"] },
    { code: "VI", stt: "VI", title: "Kinh phí" },
    { code: "VII", stt: "VII", title: "Nhận xét" },
  ],
  indicators: [
    { code: "TT02", section: "I", label: "Số lượt người tham dự", type: "count", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "TT02.NU", section: "I", label: "Trong đó: Nữ", parent: "TT02", type: "count", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "TT02.NAM", section: "I", label: "Trong đó: Nam", parent: "TT02", type: "count", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "TT05", section: "I", label: "Số người được tiếp cận", type: "count", who: { kinds: ["XA"] }, total: { kind: "sum" } },
    { code: "TT06", section: "I", label: "Tổng dân số trên địa bàn", type: "count", who: { kinds: ["XA"] }, total: { kind: "sum" } },
    {
      code: "TL_TT05", section: "I", label: "Tỷ lệ dân số được tiếp cận", unitOfMeasure: "%", type: "calc", required: false,
      who: { kinds: ["XA"] }, total: { kind: "ratio" },
      calc: { numerator: terms("TT05"), denominator: terms("TT06") },
      targets: [{ year: 2025, op: ">=", value: 60 }, { year: 2030, op: ">=", value: 80 }],
      judgeMinBase: { terms: terms("TT06"), min: 30 },
    },
    { code: "TH01", section: "IV", label: "Đơn vị có kế hoạch Tháng hành động", type: "yesno", who: { kinds: ["ALL"] }, total: { kind: "shareYes" } },
    { code: "TH02", section: "IV", label: "Số hoạt động hưởng ứng", type: "count", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "KP01", section: "VI", label: "Tổng kinh phí thực hiện", type: "money", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "KP01.NS", section: "VI", label: "Trong đó: Ngân sách", parent: "KP01", type: "money", who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "KP01.XHH", section: "VI", label: "Trong đó: Xã hội hóa", parent: "KP01", type: "money", maxDecimals: 2, who: { kinds: ["ALL"] }, total: { kind: "sum" } },
    { code: "NX01", section: "VII", label: "Khó khăn, vướng mắc", type: "text", required: false, maxLength: 20, who: { kinds: ["ALL"] }, total: { kind: "none" } },
  ],
  rules: [
    { id: "TT02.NU<=TT02", rule: "part_le_whole", severity: "error", left: terms("TT02.NU"), op: "<=", right: terms("TT02"), indicator: "TT02.NU" },
    { id: "NU+NAM<=TT02", rule: "parts_sum_le_whole", severity: "error", left: terms("TT02.NU", "TT02.NAM"), op: "<=", right: terms("TT02"), indicator: "TT02.NAM" },
    { id: "TT05<=TT06", rule: "numerator_le_denominator", severity: "error", left: terms("TT05"), op: "<=", right: terms("TT06"), indicator: "TT05" },
    { id: "TT06!=0", rule: "zero_denominator", severity: "error", left: terms("TT06"), op: "!=", right: 0, indicator: "TT06" },
    {
      id: "TH01=Không=>TH02<=0", rule: "consistency", severity: "warning",
      when: { left: terms("TH01"), op: "==", right: "Không" }, left: terms("TH02"), op: "<=", right: 0, indicator: "TH02",
    },
    { id: "KP sources>=KP01", rule: "parts_sum_below_whole", severity: "warning", left: terms("KP01.NS", "KP01.XHH"), op: ">=", right: terms("KP01"), missing: "zero", indicator: "KP01.XHH" },
  ],
};

export const smallPlan: Plan = PlanSchema.parse(smallPlanInput);
