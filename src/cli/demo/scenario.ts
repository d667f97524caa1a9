// The demo inbox for the built-in plan, period 2024-Y (due 10/12/2024), consolidated as of
// 12/12/2024. Most units sent a clean form on time; a few realistic problems are planted:
//   X_VINH_HA    Nữ greater than Tổng (BL02.NU > BL02)          → invalid
//   P_GDDT       a text typed in a count ("khoảng 70 trường")    → invalid
//   X_VINH_KHE   sent 12/12/2024, two days after the due date    → late, 2 days
//   X_VINH_THAI  sent twice: the first with an error, the second corrected → superseded + on_time
//   X_VINH_TU    sent again the same day, one figure corrected, saved as "(1)" → the later one is
//                used, with a same_date_conflict alert (docs/contract.md §4.1)
//   X_VINH_O     required, sent only the blank template back     → blank + missing
//   MTTQ         not required, sent nothing                       → optional_missing
//   TT_CUA_TUNG  an older copy without _meta (read from the header text) → on_time, with a warning
import type { FormValue } from "../../core/form";
import type { Plan, Unit } from "../../core/plan";
import { seededRandom, seedOf } from "./random";
import { DEMO_SEED, sampleValues } from "./sample-data";

export const DEMO_PERIOD = "2024-Y";
export const DEMO_AS_OF = "2024-12-12";
export const DEMO_SUMMARY_FILE = `tong-hop-${DEMO_PERIOD}.xlsx`;
export const DEMO_INBOX_FOLDER = "hop-thu";

export interface DemoFile {
  fileName: string;
  unit: string;
  values: Record<string, FormValue>;
  reportDate: string;
  /** Leave out the _meta sheet (an older or hand-made copy). */
  withoutMeta: boolean;
  /** What is special about this file, for the console. */
  note: string | null;
  /** Its numbers go into the district totals (clean, and the latest of its unit). */
  counted: boolean;
  /** An untouched template: no value is written (the form is still marked as sample data in _meta). */
  blank?: boolean;
  /** When the file arrived: its modification time is set to this (ISO date-time, +07:00). */
  receivedAt: string;
}

const NOT_SENT = new Set(["X_VINH_O", "MTTQ"]);

/** An e-mail of the report day, saved at 8 in the morning (or at `hour`). */
const arrived = (day: string, hour = 8) => `${day}T${String(hour).padStart(2, "0")}:00:00+07:00`;

function onTimeDate(unit: Unit): string {
  const day = seededRandom(seedOf(unit.code, DEMO_SEED + 1)).int(2, 10);
  return `2024-12-${String(day).padStart(2, "0")}`;
}

function fileFor(unit: Unit, overrides: Partial<DemoFile> = {}): DemoFile {
  return {
    fileName: `${unit.code}_${DEMO_PERIOD}.xlsx`,
    unit: unit.code,
    values: sampleValues(unit),
    reportDate: onTimeDate(unit),
    withoutMeta: false,
    note: null,
    counted: true,
    ...overrides,
    receivedAt: overrides.receivedAt ?? arrived(overrides.reportDate ?? onTimeDate(unit)),
  };
}

/**
 * District bodies report the same cases as the communes (docs/domain.md §4: "sum XA", "from P_YTE"),
 * and the summary cross-checks one against the other. So that the demo shows agreeing sources,
 * the single-source unit reports the communes' sum and the other district reporters 0. Sums of
 * values that satisfy "part ≤ whole" still satisfy it, so these forms stay clean.
 */
const HARMONISED: { codes: string[]; source: string; others: string[] }[] = [
  { codes: ["BL01", "BL02", "BL02.NU", "BL02.TE", "BL02.CT", "BL03", "BL03.NU", "BL04", "BL04.NU", "BL05"], source: "CA_HUYEN", others: ["P_VHTT"] },
  { codes: ["BL06"], source: "CA_HUYEN", others: [] },
  { codes: ["BL09", "BL09.NU", "BL10"], source: "P_LDTBXH", others: ["CA_HUYEN"] },
  { codes: ["CL02", "CL02.NU"], source: "P_LDTBXH", others: [] },
  { codes: ["CL04", "CL04.NU"], source: "P_YTE", others: [] },
  { codes: ["CL09"], source: "P_TUPHAP", others: [] },
];

function harmonise(plan: Plan, files: DemoFile[]): void {
  const communes = new Set(plan.units.filter((u) => u.kind === "XA").map((u) => u.code));
  // Only the forms the consolidation will count: clean, and the latest of each unit.
  const counted = files.filter((f) => communes.has(f.unit) && f.counted);
  for (const { codes, source, others } of HARMONISED) {
    for (const code of codes) {
      const sum = counted.reduce((acc, f) => acc + (typeof f.values[code] === "number" ? (f.values[code] as number) : 0), 0);
      for (const f of files) {
        if (f.unit === source) f.values[code] = sum;
        else if (others.includes(f.unit)) f.values[code] = 0;
      }
    }
  }
}

export function demoInbox(plan: Plan): DemoFile[] {
  const files: DemoFile[] = [];
  for (const unit of plan.units) {
    if (unit.code === "X_VINH_O") {
      files.push({
        ...fileFor(unit, { reportDate: "2024-12-09" }),
        values: {},
        blank: true,
        counted: false,
        note: "Biểu mẫu trống gửi lại, chưa nhập số liệu: không tính, đơn vị vẫn là chưa nộp",
      });
      continue;
    }
    if (NOT_SENT.has(unit.code)) continue;
    const clean = fileFor(unit);
    switch (unit.code) {
      case "X_VINH_HA": {
        const bl02 = Math.max(Number(clean.values.BL02), 2);
        files.push({
          ...clean,
          values: { ...clean.values, BL02: bl02, "BL02.NU": bl02 + 3 },
          note: `Lỗi: số nạn nhân Nữ (${bl02 + 3}) lớn hơn Tổng số (${bl02})`,
          counted: false,
        });
        break;
      }
      case "P_GDDT":
        files.push({ ...clean, values: { ...clean.values, CL07: "khoảng 70 trường" }, note: 'Lỗi: gõ chữ "khoảng 70 trường" vào ô số', counted: false });
        break;
      case "X_VINH_KHE":
        files.push({ ...clean, reportDate: "2024-12-12", note: "Nộp trễ: ngày báo cáo 12/12/2024, hạn nộp 10/12/2024" });
        break;
      case "X_VINH_THAI": {
        const tt02 = Number(clean.values.TT02);
        files.push({
          ...clean,
          reportDate: "2024-12-04",
          values: { ...clean.values, "TT02.NU": tt02 + 10 },
          note: "Bản đầu có lỗi (Nữ lớn hơn Tổng số); đơn vị đã gửi lại bản sửa",
          counted: false,
        });
        files.push({ ...clean, values: { ...clean.values }, fileName: `${unit.code}_${DEMO_PERIOD}_ban-sua.xlsx`, reportDate: "2024-12-09", note: "Bản sửa, gửi ngày 09/12/2024: bản này được dùng" });
        break;
      }
      case "X_VINH_TU": {
        files.push({ ...clean, reportDate: "2024-12-09", receivedAt: arrived("2024-12-09"), counted: false });
        files.push({
          ...clean,
          values: { ...clean.values, TT01: Number(clean.values.TT01) + 1 },
          fileName: `${unit.code}_${DEMO_PERIOD} (1).xlsx`,
          reportDate: "2024-12-09",
          receivedAt: arrived("2024-12-09", 15),
          note: "Gửi lại cùng ngày báo cáo 09/12/2024, sửa một số liệu: bản nhận sau được dùng, kèm cảnh báo",
        });
        break;
      }
      case "TT_CUA_TUNG":
        files.push({ ...clean, fileName: "Bao cao BDG Cua Tung.xlsx", withoutMeta: true, note: "Bản cũ không có trang _meta: đơn vị và kỳ đọc từ tiêu đề (cảnh báo)" });
        break;
      default:
        files.push(clean);
    }
  }
  harmonise(plan, files);
  return files;
}

export const NOT_SENT_NOTES: Record<string, string> = {
  MTTQ: "Chưa gửi báo cáo (không bắt buộc)",
};
