// `bdg consolidate`: a folder of real files in, the docs/contract.md §3 JSON out, the summary
// workbook written, inputs untouched.
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { defaultPlan } from "../../src/core/plan";
import { readXlsx } from "../../src/xlsx/read";
import { bdg, buildCli, sha256, tempDir } from "./helpers/run-bdg";
import { writeForeignWorkbook, writeForm } from "./helpers/forms";

beforeAll(buildCli);

let root: string;
let inbox: string;
const hashes = new Map<string, string>();

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

beforeAll(async () => {
  root = tempDir();
  inbox = join(root, "inbox");
  mkdirSync(join(inbox, "thang-12"), { recursive: true });
  await writeForm(join(inbox, "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-10" });
  // As of 13/12/2024 (a date after the as-of day could not be true: docs/contract.md §4.1).
  await writeForm(join(inbox, "thang-12", "X_VINH_TU.XLSX"), { unit: "X_VINH_TU", reportDate: "2024-12-13" });
  // The older copy differs in one figure: it is superseded, not a duplicate (docs/contract.md §4.1).
  await writeForm(join(inbox, "X_VINH_THAI-cu.xlsx"), { unit: "X_VINH_THAI", reportDate: "2024-12-03", values: { NL01: 99 } });
  await writeForm(join(inbox, "X_VINH_THAI-moi.xlsx"), { unit: "X_VINH_THAI", reportDate: "2024-12-08" });
  await writeForm(join(inbox, "P_YTE.xlsx"), { unit: "P_YTE", values: { "CL04.NU": 5000 } });
  await writeForm(join(inbox, "P_TUPHAP-6-thang.xlsx"), { unit: "P_TUPHAP", period: "2024-H1", reportDate: "2024-06-01" });
  await writeForm(join(inbox, "khong-meta.xlsx"), { unit: "P_GDDT", withoutMeta: true, reportDate: "2024-12-09" });
  await writeForeignWorkbook(join(inbox, "danh-ba.xlsx"));
  writeFileSync(join(inbox, "hong.xlsx"), readFileSync(join(inbox, "TT_HO_XA.xlsx")).subarray(0, 3000));
  writeFileSync(join(inbox, "~$TT_HO_XA.xlsx"), "lock file of an open workbook");
  writeFileSync(join(inbox, "ghi-chu.txt"), "not a workbook");
  for (const f of allFiles(inbox)) hashes.set(f, sha256(f));
});

afterAll(() => {
  // Nothing is ever written to an input (docs/contract.md §2): same files, same bytes.
  expect(allFiles(inbox).sort()).toEqual([...hashes.keys()].sort());
  for (const [f, h] of hashes) expect(sha256(f)).toBe(h);
});

describe("bdg consolidate --json", () => {
  let doc: {
    plan: string;
    period: string;
    asOf: string;
    units: { unit: string; status: string; daysLate: number; submittedAt: string | null; dateSource: string | null; file: string | null }[];
    files: { file: string; outcome: string }[];
    totals: Record<string, number | null>;
    reportingRate: number;
    onTimeRate: number;
  };
  let stderr: string;

  beforeAll(() => {
    const run = bdg(["consolidate", relative(root, inbox), "--period", "2024-Y", "--as-of", "2024-12-13", "--json"], root);
    expect(run.status).toBe(0);
    doc = JSON.parse(run.stdout); // exactly one JSON document on stdout
    stderr = run.stderr;
  });

  it("has the required top-level fields", () => {
    expect(doc).toMatchObject({ plan: "vinh-linh-2024", period: "2024-Y", asOf: "2024-12-13" });
    expect(typeof doc.reportingRate).toBe("number");
    expect(typeof doc.onTimeRate).toBe("number");
    expect(stderr).not.toContain("{");
  });

  it("one unit entry per roster unit, with the planned statuses", () => {
    expect(doc.units.map((u) => u.unit)).toEqual(defaultPlan.units.map((u) => u.code));
    for (const u of doc.units) {
      expect(Object.keys(u)).toEqual(expect.arrayContaining(["unit", "status", "daysLate", "submittedAt", "dateSource", "file"]));
    }
    const status = Object.fromEntries(doc.units.map((u) => [u.unit, u]));
    expect(status.TT_HO_XA).toMatchObject({ status: "on_time", daysLate: 0, submittedAt: "2024-12-10", dateSource: "report_date", file: "inbox/TT_HO_XA.xlsx" });
    expect(status.X_VINH_TU).toMatchObject({ status: "late", daysLate: 3, submittedAt: "2024-12-13", file: "inbox/thang-12/X_VINH_TU.XLSX" });
    expect(status.X_VINH_THAI).toMatchObject({ status: "on_time", submittedAt: "2024-12-08", file: "inbox/X_VINH_THAI-moi.xlsx" });
    expect(status.P_YTE).toMatchObject({ status: "invalid" });
    expect(status.P_GDDT).toMatchObject({ status: "on_time", file: "inbox/khong-meta.xlsx" });
    expect(status.P_TUPHAP).toMatchObject({ status: "missing", submittedAt: null, dateSource: null, file: null });
    expect(status.MTTQ).toMatchObject({ status: "optional_missing" });
    expect(status.X_VINH_O).toMatchObject({ status: "missing", daysLate: 0 });
  });

  it("one file entry per input, with its outcome; lock files and non-.xlsx are not inputs", () => {
    const outcome = Object.fromEntries(doc.files.map((f) => [f.file, f.outcome]));
    expect(outcome).toEqual({
      "inbox/TT_HO_XA.xlsx": "used",
      "inbox/thang-12/X_VINH_TU.XLSX": "used",
      "inbox/X_VINH_THAI-cu.xlsx": "superseded",
      "inbox/X_VINH_THAI-moi.xlsx": "used",
      "inbox/P_YTE.xlsx": "invalid",
      "inbox/P_TUPHAP-6-thang.xlsx": "wrong_period",
      "inbox/khong-meta.xlsx": "used",
      "inbox/danh-ba.xlsx": "not_a_report",
      "inbox/hong.xlsx": "unreadable",
    });
  });

  it("totals: one entry per indicator code of the period, numbers or null", () => {
    const codes = defaultPlan.indicators.map((i) => i.code);
    expect(Object.keys(doc.totals).sort()).toEqual([...codes].sort());
    for (const v of Object.values(doc.totals)) expect(v === null || typeof v === "number").toBe(true);
    expect(doc.totals.TT01).toBeGreaterThan(0);
    // P_YTE is invalid: its births are not counted; CL04 comes from P_YTE only → nothing reported.
    expect(doc.totals.CL04).toBeNull();
  });

  it("rates are over the 26 required units", () => {
    // valid: TT_HO_XA, X_VINH_TU (late), X_VINH_THAI, P_GDDT; on time: all but X_VINH_TU.
    expect(doc.reportingRate).toBeCloseTo((4 * 100) / 26, 6);
    expect(doc.onTimeRate).toBeCloseTo((3 * 100) / 26, 6);
  });

  it("--include-invalid counts the invalid unit's numbers but keeps its status", () => {
    const run = bdg(["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-13", "--json", "--include-invalid"], root);
    expect(run.status).toBe(0);
    const again = JSON.parse(run.stdout);
    expect(again.units.find((u: { unit: string }) => u.unit === "P_YTE").status).toBe("invalid");
    expect(again.totals.CL04).toBeGreaterThan(0);
  });
});

describe("bdg consolidate, text and --out", () => {
  it("prints the Vietnamese status table and writes the summary workbook", () => {
    const out = join(root, "tong-hop.xlsx");
    const run = bdg(["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-13", "--out", out], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("TÌNH TRẠNG NỘP BÁO CÁO");
    expect(run.stdout).toMatch(/Xã Vĩnh Tú\s+Trễ 3 ngày\s+13\/12\/2024/);
    expect(run.stdout).toContain("Tỷ lệ báo cáo: 15,4 %");
    expect(run.stdout).toContain("TỆP KHÔNG ĐƯỢC TỔNG HỢP");
    expect(run.stdout).toContain("SỐ LIỆU TỔNG HỢP TOÀN HUYỆN");
    expect(run.stdout).toContain(`Đã ghi bảng tổng hợp: ${out}`);
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.workbook.sheets.length).toBeGreaterThan(1);
  });

  it("--json with --out: the JSON stays alone on stdout", () => {
    const out = join(root, "tong-hop-2.xlsx");
    const run = bdg(["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-13", "--out", out, "--json"], root);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).period).toBe("2024-Y");
    expect(run.stderr).toContain("tong-hop-2.xlsx");
  });

  it.each([
    ["the same path", () => join(inbox, "TT_HO_XA.xlsx")],
    ["another spelling", () => join(inbox, "thang-12", "..", "TT_HO_XA.xlsx")],
    [
      "a symlink to an input",
      () => {
        const link = join(root, "link.xlsx");
        symlinkSync(join(inbox, "P_YTE.xlsx"), link);
        return link;
      },
    ],
  ])("refuses to write the summary onto an input (%s)", (_, target) => {
    const run = bdg(["consolidate", "inbox", "--period", "2024-Y", "--out", target()], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("tệp đầu vào");
  });

  it("an empty folder still gives a summary: everyone missing", () => {
    const empty = join(root, "trong");
    mkdirSync(empty);
    const run = bdg(["consolidate", empty, "--period", "2024-Y", "--as-of", "2024-12-20", "--json"]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.files).toEqual([]);
    expect(new Set(doc.units.map((u: { status: string }) => u.status))).toEqual(new Set(["missing", "optional_missing"]));
  });

  it("before the due date, units that have not sent are pending", () => {
    const run = bdg(["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-01", "--json"], root);
    const doc = JSON.parse(run.stdout);
    expect(doc.units.find((u: { unit: string }) => u.unit === "X_VINH_O").status).toBe("pending");
  });
});
