// `bdg demo`: the newcomer's first run makes the planned inbox and a summary with the planned statuses.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cellAt } from "../../src/core/grid";
import { readXlsx } from "../../src/xlsx/read";
import { bdg, buildCli, tempDir } from "./helpers/run-bdg";

beforeAll(buildCli);

const MARK = "DỮ LIỆU MẪU — không phải số liệu thật";

describe("bdg demo", () => {
  let root: string;
  let run: ReturnType<typeof bdg>;
  beforeAll(() => {
    root = tempDir();
    run = bdg(["demo", "--out-dir", "demo"], root);
  });

  it("exits 0, says it is sample data, where the files are and what to do next", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(MARK);
    expect(run.stdout).toContain("demo/hop-thu");
    expect(run.stdout).toContain("demo/tong-hop-2024-Y.xlsx");
    expect(run.stdout).toContain("Bước tiếp theo");
    expect(run.stdout).toContain("TÌNH TRẠNG NỘP BÁO CÁO");
  });

  it("writes 28 forms (26 units, two of them twice, one only as a blank template), each marked as sample data", () => {
    const files = readdirSync(join(root, "demo", "hop-thu")).sort();
    expect(files).toHaveLength(28);
    for (const name of files) {
      if (name === "X_VINH_O_2024-Y.xlsx") continue; // the blank template: marked in _meta only (no text to carry the mark)
      const read = readXlsx(new Uint8Array(readFileSync(join(root, "demo", "hop-thu", name))));
      if (!read.ok) throw new Error(`${name}: ${read.message}`);
      const report = read.workbook.sheets.find((s) => s.name === "BaoCao");
      if (!report) throw new Error(`${name}: no BaoCao`);
      const nx01 = report.rows.findIndex((row) => row?.some((v) => v === "NX01"));
      const texts = (report.rows[nx01] ?? []).map((_, c) => cellAt(report, nx01, c)).filter((v) => typeof v === "string");
      expect(texts.some((t) => (t as string).startsWith(MARK))).toBe(true);
    }
  });

  it("the summary workbook exists and opens with a sample-data note first", () => {
    const path = join(root, "demo", "tong-hop-2024-Y.xlsx");
    expect(existsSync(path)).toBe(true);
    const read = readXlsx(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.message);
    expect(cellAt(read.workbook.sheets[0], 0, 0)).toBe(MARK);
  });

  it("consolidating its inbox gives the planned statuses and outcomes", () => {
    const again = bdg(["consolidate", "demo/hop-thu", "--period", "2024-Y", "--as-of", "2024-12-12", "--json"], root);
    expect(again.status).toBe(0);
    const doc = JSON.parse(again.stdout);
    const status: Record<string, { status: string; daysLate: number; file: string | null }> = Object.fromEntries(
      doc.units.map((u: { unit: string }) => [u.unit, u]),
    );
    const special: Record<string, string> = {
      X_VINH_HA: "invalid",
      P_GDDT: "invalid",
      X_VINH_KHE: "late",
      X_VINH_O: "missing",
      MTTQ: "optional_missing",
    };
    for (const [unit, s] of Object.entries(status)) expect([unit, s.status]).toEqual([unit, special[unit] ?? "on_time"]);
    expect(status.X_VINH_KHE.daysLate).toBe(2);
    expect(status.X_VINH_THAI.file).toBe("demo/hop-thu/X_VINH_THAI_2024-Y_ban-sua.xlsx");
    expect(status.TT_CUA_TUNG.file).toBe("demo/hop-thu/Bao cao BDG Cua Tung.xlsx");
    // the same-day re-send "(1)" arrived later: used, with an alert (docs/contract.md §4.1)
    expect(status.X_VINH_TU.file).toBe("demo/hop-thu/X_VINH_TU_2024-Y (1).xlsx");
    expect(doc.units.find((u: { unit: string }) => u.unit === "X_VINH_TU").alerts.map((a: { rule: string }) => a.rule)).toEqual(["same_date_conflict"]);
    expect(doc.units.find((u: { unit: string }) => u.unit === "X_VINH_O").reason).toMatch(/X_VINH_O_2024-Y\.xlsx” chỉ là biểu mẫu trống/);

    const outcomes = doc.files.map((f: { outcome: string }) => f.outcome).sort();
    expect(outcomes.filter((o: string) => o === "superseded")).toHaveLength(2);
    expect(outcomes.filter((o: string) => o === "blank")).toHaveLength(1);
    expect(outcomes.filter((o: string) => o === "invalid")).toHaveLength(2);
    expect(outcomes.filter((o: string) => o === "used")).toHaveLength(23);
    // District bodies report the communes' cases: the demo's cross-checks agree.
    expect(doc.summaryIssues.filter((i: { rule: string }) => i.rule === "cross_check")).toEqual([]);
  });

  it("a second run into the same folder needs --force (docs/contract.md §4.3), and gives the same summary (deterministic)", () => {
    const first = bdg(["consolidate", "demo/hop-thu", "--period", "2024-Y", "--as-of", "2024-12-12", "--json"], root);
    const refused = bdg(["demo", "--out-dir", "demo"], root);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--force");
    const rerun = bdg(["demo", "--out-dir", "demo", "--force"], root);
    expect(rerun.status).toBe(0);
    const second = bdg(["consolidate", "demo/hop-thu", "--period", "2024-Y", "--as-of", "2024-12-12", "--json"], root);
    expect(JSON.parse(second.stdout).totals).toEqual(JSON.parse(first.stdout).totals);
  });
});
