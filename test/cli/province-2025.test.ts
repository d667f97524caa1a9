// The province clerk's year (docs/domain.md §7, docs/contract.md §4.4–§4.5), end to end through the
// built `bdg`: 2025-Y forms of the new xã and the province's departments, with the example plan,
// compared with the 2024-Y district summary of the former units, the long form exported, and the
// summary split for one recipient.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildForm, withValues } from "../../src/core/form";
import { parsePlanText, type Plan } from "../../src/core/plan";
import { sampleValues } from "../../src/cli/demo/sample-data";
import { writeWorkbook } from "../../src/xlsx/write";
import { bdg, buildCli, REPO, tempDir } from "./helpers/run-bdg";
import { mkdirSync, writeFileSync } from "node:fs";

const PLAN_FILE = join(REPO, "plans", "quang-tri-2025.example.json");
const parsed = parsePlanText(readFileSync(PLAN_FILE, "utf8"));
const plan = (parsed.ok ? parsed.plan : null) as Plan;

let root: string;
let doc: {
  plan: string;
  previousPeriod: string;
  comparison: Record<string, { previous: number | null; change: number | null; changePct: number | null }>;
  comparisonNotes: string[];
  totals: Record<string, number | null>;
  units: { unit: string; status: string; alerts: { rule: string; message: string }[] }[];
};

beforeAll(async () => {
  buildCli();
  root = tempDir("bdg-tinh-");
  expect(bdg(["demo", "--out-dir", join(root, "huyen-2024")]).status).toBe(0);
  mkdirSync(join(root, "hop-thu-2025"));
  for (const unit of plan.units.filter((u) => u.required)) {
    const built = buildForm(plan, unit.code, "2025-Y", "test");
    if (!built.ok) throw new Error(built.message);
    const values = { ...sampleValues(unit), NX01: "Thiếu cán bộ chuyên trách sau sáp nhập." };
    writeFileSync(join(root, "hop-thu-2025", `${unit.code}_2025-Y.xlsx`), await writeWorkbook(withValues(built.form, values, "2025-12-05")));
  }
  const run = bdg(
    ["consolidate", "hop-thu-2025", "--plan", PLAN_FILE, "--period", "2025-Y", "--as-of", "2025-12-20",
      "--previous", "huyen-2024/tong-hop-2024-Y.xlsx", "--csv", "bang-dai-2025.csv", "--out", "tong-hop-2025.xlsx", "--json"],
    root,
  );
  expect(run.stderr).not.toMatch(/lỗi không mong đợi/);
  expect(run.status).toBe(0);
  doc = JSON.parse(run.stdout);
});

describe("a province clerk compares 2025-Y of the new xã with the district's 2024-Y", () => {
  it("counts every new unit on time", () => {
    expect(doc.units.filter((u) => u.status !== "on_time").map((u) => u.unit)).toEqual(["MTTQ_TINH"]);
  });

  it("compares the totals the two plans share, and says the plans differ", () => {
    expect(doc.previousPeriod).toBe("2024-Y");
    expect(Object.keys(doc.comparison)).toEqual(expect.arrayContaining(["TT01", "BL02", "KP01"]));
    const tt01 = doc.comparison.TT01;
    expect(tt01.previous).not.toBeNull();
    expect(tt01.change).toBeCloseTo((doc.totals.TT01 as number) - (tt01.previous as number), 6);
    expect(doc.comparisonNotes[0]).toMatch(/thuộc kế hoạch “vinh-linh-2024”, khác kế hoạch đang dùng \(“quang-tri-2025-vi-du”\)/);
  });

  it("matches the merged xã through their former units, and names the ones it cannot", () => {
    const notes = doc.comparisonNotes.join("\n");
    expect(notes).toMatch(/Xã Vĩnh Linh \(Thị trấn Hồ Xá, Xã Vĩnh Long, Xã Vĩnh Chấp\)/);
    expect(notes).toMatch(/Chưa có số liệu kỳ trước của: .*Xã Vĩnh Thủy.*Xã Bến Quan/);
  });

  it("exports the long form with the new units", () => {
    const csv = readFileSync(join(root, "bang-dai-2025.csv"), "utf8");
    expect(csv.startsWith("\ufeffperiod,unit,unit_name,indicator,value,status,source_file\r\n")).toBe(true);
    expect(csv).toMatch(/\r\n2025-Y,XA_VINH_LINH,Xã Vĩnh Linh,TT01,\d+,on_time,hop-thu-2025\/XA_VINH_LINH_2025-Y\.xlsx\r\n/);
    expect(csv).toMatch(/\r\n2025-Y,TOTAL,UBND TỈNH QUẢNG TRỊ,TT01,\d+,,\r\n/);
  });

  it("splits the summary for Sở Nội vụ: gender-equality rows only, no domestic-violence rows", () => {
    const run = bdg(["consolidate", "hop-thu-2025", "--plan", PLAN_FILE, "--period", "2025-Y", "--as-of", "2025-12-20", "--recipient", "S_NOIVU", "--json"], root);
    expect(run.status).toBe(0);
    const split = JSON.parse(run.stdout) as { recipient: string; totals: Record<string, unknown> };
    expect(split.recipient).toBe("S_NOIVU");
    expect(Object.keys(split.totals)).toContain("TT01");
    expect(Object.keys(split.totals)).not.toContain("BL02");
    const unknown = bdg(["consolidate", "hop-thu-2025", "--plan", PLAN_FILE, "--period", "2025-Y", "--recipient", "SO_Y_TE"], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Không có nơi nhận "SO_Y_TE".*S_NOIVU/);
  });

  it("refuses an earlier file that is not a bdg summary, before reading anything", () => {
    const run = bdg(["consolidate", "hop-thu-2025", "--plan", PLAN_FILE, "--period", "2025-Y", "--previous", "hop-thu-2025/XA_VINH_LINH_2025-Y.xlsx"], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/kỳ trước \(--previous\) .*không phải bảng tổng hợp do bdg tạo ra/);
  });
});
