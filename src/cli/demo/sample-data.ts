// Plausible numbers for one unit's form (demo only, clearly marked as sample data in NX01).
// Every clean form satisfies the plan's error rules: a part never exceeds its whole, a
// numerator never exceeds its denominator, the funding sources add up exactly (money in
// multiples of 0.5, exact in binary, so the sum check never trips on rounding).
import type { FormValue } from "../../core/form";
import type { Unit } from "../../core/plan";
import { seededRandom, seedOf, type Random } from "./random";

import { SAMPLE_DATA_MARK } from "../../core/read/sample-mark";

export { SAMPLE_DATA_MARK };
export const DEMO_SEED = 20241212;

type Values = Record<string, number>;
type Generator = (v: Values, r: Random, commune: boolean) => number;

const share = (whole: number, r: Random, min: number, max: number) => Math.floor(whole * r.between(min, max));
const halves = (x: number) => Math.round(x * 2) / 2;

/** In dependency order (a whole before its parts; CL07 before CL06, CL15 before CL14 …). */
const GENERATORS: [string, Generator][] = [
  ["TT01", (_, r, c) => (c ? r.int(8, 40) : r.int(3, 15))],
  ["TT02", (v, r) => v.TT01 * r.int(30, 80)],
  ["TT02.NU", (v, r) => share(v.TT02, r, 0.52, 0.65)],
  ["TT02.NAM", (v) => v.TT02 - v["TT02.NU"]],
  ["TT03", (_, r) => r.int(10, 40)],
  ["TT04", (_, r) => r.int(5, 25)],
  ["TT06", (_, r) => r.int(40, 250) * 100],
  ["TT05", (v, r) => share(v.TT06, r, 0.55, 0.9)],
  ["BL01", (_, r, c) => (c ? r.int(0, 5) : r.int(3, 12))],
  ["BL02", (v, r) => v.BL01 + r.int(0, 2)],
  ["BL02.NU", (v, r) => share(v.BL02, r, 0.75, 1.0)],
  ["BL02.TE", (v, r) => r.int(0, Math.floor(v.BL02 / 3))],
  ["BL02.CT", (v, r) => r.int(0, Math.floor(v.BL02 / 3))],
  ["BL03", (v, r) => Math.ceil(v.BL02 * r.between(0.7, 1.0))],
  ["BL03.NU", (v, r) => share(Math.min(v.BL03, v["BL02.NU"]), r, 0.8, 1.0)],
  ["BL04", (v, r) => r.int(0, v.BL01)],
  ["BL04.NU", (v, r) => r.int(0, Math.floor(v.BL04 / 4))],
  ["BL05", (v, r) => Math.ceil(v.BL04 * r.between(0.4, 1.0))],
  ["BL06", (_, r) => r.int(0, 2)],
  ["BL07", (_, r) => r.int(1, 2)],
  ["BL08", (_, r) => r.int(0, 6)],
  ["BL08.NU", (v, r) => share(v.BL08, r, 0.7, 1.0)],
  ["BL09", (_, r, c) => (c ? r.int(0, 1) : r.int(1, 4))],
  ["BL09.NU", (v, r) => share(v.BL09, r, 0.6, 1.0)],
  ["BL10", (v, r) => Math.ceil(v.BL09 * r.between(0.5, 1.0))],
  ["NL01", (_, r) => r.int(1, 6)],
  ["NL02", (v, r) => v.NL01 * r.int(15, 40)],
  ["NL02.NU", (v, r) => share(v.NL02, r, 0.4, 0.6)],
  ["NL03", (_, r) => r.int(1, 4)],
  ["TH02", (_, r) => r.int(2, 10)],
  ["TH03", (v, r) => v.TH02 * r.int(30, 120)],
  ["TH03.NU", (v, r) => share(v.TH03, r, 0.5, 0.7)],
  ["CL01", (_, r, c) => (c ? r.int(4, 6) : r.int(2, 4))],
  ["CL01.NU", (v, r) => Math.min(v.CL01, r.int(0, 2))],
  ["CL02", (_, r, c) => (c ? r.int(50, 300) : r.int(2000, 3000))],
  ["CL02.NU", (v, r) => share(v.CL02, r, 0.4, 0.55)],
  ["CL03", (_, r) => r.int(800, 1500)],
  ["CL03.NU", (v, r) => share(v.CL03, r, 0.4, 0.55)],
  ["CL04", (_, r, c) => (c ? r.int(60, 300) : r.int(1400, 1800))],
  ["CL04.NU", (v, r) => share(v.CL04, r, 0.46, 0.49)],
  ["CL05", (_, r) => r.int(0, 1)],
  ["CL07", (_, r) => r.int(60, 80)],
  ["CL06", (v, r) => share(v.CL07, r, 0.85, 1.0)],
  ["CL08", (_, r) => r.int(10, 40)],
  ["CL09", (_, r, c) => (c ? r.int(2, 15) : r.int(30, 100))],
  ["CL10", (_, r) => r.int(5, 20)],
  ["CL11", (v, r) => share(v.CL10, r, 0.85, 1.0)],
  ["CL13", (_, r) => r.int(3, 5)],
  ["CL12", (v, r) => share(v.CL13, r, 0.6, 1.0)],
  ["CL15", (_, r) => r.int(800, 1200)],
  ["CL14", (v, r) => share(v.CL15, r, 0.2, 0.3)],
  ["KP01", (_, r, c) => halves(c ? r.between(20, 120) : r.between(10, 80))],
  ["KP01.NS", (v, r) => halves(v.KP01 * r.between(0.5, 0.7))],
  ["KP01.TINH", (v, r) => halves((v.KP01 - v["KP01.NS"]) * r.between(0.3, 0.7))],
  ["KP01.XHH", (v) => v.KP01 - v["KP01.NS"] - v["KP01.TINH"]],
];

const DIFFICULTIES = [
  "Kinh phí cho công tác bình đẳng giới còn hạn chế; cán bộ phụ trách kiêm nhiệm nhiều việc.",
  "Một số vụ bạo lực gia đình chưa được phát hiện kịp thời do nạn nhân ngại trình báo.",
  "Địa bàn rộng, dân cư phân tán nên việc tổ chức tuyên truyền còn khó khăn.",
];
const PROPOSALS = [
  "Đề nghị huyện tổ chức thêm lớp tập huấn cho cán bộ cơ sở.",
  "Đề nghị bổ sung kinh phí duy trì mô hình địa chỉ tin cậy ở cộng đồng.",
  "Đề nghị tăng cường phối hợp giữa các ngành trong hỗ trợ nạn nhân.",
];

/** The values of every input row of this unit's form (codes not on its form are simply dropped by fillForm). */
export function sampleValues(unit: Unit): Record<string, FormValue> {
  const r = seededRandom(seedOf(unit.code, DEMO_SEED));
  const commune = unit.kind === "XA";
  const numbers: Values = {};
  for (const [code, generate] of GENERATORS) numbers[code] = generate(numbers, r, commune);
  const values: Record<string, FormValue> = { ...numbers };
  // Almost every unit held the action month; one that did not reports no activities for it.
  const heldActionMonth = r.next() < 0.92;
  values.TH01 = heldActionMonth ? "Có" : "Không";
  if (!heldActionMonth) values.TH02 = values.TH03 = values["TH03.NU"] = 0;
  values.NX01 = `${SAMPLE_DATA_MARK}. ${DIFFICULTIES[r.int(0, DIFFICULTIES.length - 1)]}`;
  values.NX02 = PROPOSALS[r.int(0, PROPOSALS.length - 1)];
  return values;
}
