// The acceptance path: `bdg template --all`, two officers fill their forms and the files
// pass through another spreadsheet program (filled with exceljs, re-saved by LibreOffice), then
// `bdg consolidate` gives the right summary.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildForm } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { isoDateToExcelSerial } from "../../src/core/time";
import { readXlsx } from "../../src/xlsx/read";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { bdg, buildCli, sha256, tempDir } from "./helpers/run-bdg";

beforeAll(buildCli);

const FILLED: Record<string, { values: Record<string, number | string>; reportDate: string }> = {
  X_VINH_THAI: {
    reportDate: "2024-12-09",
    values: {
      TT01: 12, TT02: 640, "TT02.NU": 380, "TT02.NAM": 260, TT03: 20, TT04: 9, TT05: 7200, TT06: 9600,
      BL01: 3, BL02: 4, "BL02.NU": 4, "BL02.TE": 1, "BL02.CT": 0, BL03: 3, "BL03.NU": 3, BL04: 3, "BL04.NU": 0, BL05: 2,
      BL06: 0, BL07: 1, BL08: 2, "BL08.NU": 2, BL09: 0, "BL09.NU": 0, BL10: 0,
      NL01: 2, NL02: 60, "NL02.NU": 28, NL03: 2, TH01: "Có", TH02: 4, TH03: 350, "TH03.NU": 210,
      CL01: 5, "CL01.NU": 1, CL02: 120, "CL02.NU": 55, CL04: 140, "CL04.NU": 66, CL09: 6, CL10: 12, CL11: 12,
      KP01: 45.5, "KP01.NS": 30, "KP01.TINH": 10, "KP01.XHH": 5.5, NX01: "Thiếu kinh phí cho tuyên truyền.",
      NX02: "=1+1 đề nghị giữ nguyên là chữ",
    },
  },
  P_YTE: {
    reportDate: "2024-12-10",
    values: {
      TT01: 6, TT02: 300, "TT02.NU": 200, "TT02.NAM": 100, NL01: 1, NL02: 25, "NL02.NU": 18, NL03: 1,
      TH01: "Có", TH02: 3, TH03: 120, "TH03.NU": 90, CL01: 3, "CL01.NU": 2, CL04: 1520, "CL04.NU": 720, CL05: 0,
      KP01: 20, "KP01.NS": 20, "KP01.TINH": 0, "KP01.XHH": 0,
    },
  },
};

async function fill(templatePath: string, unit: string, outPath: string): Promise<void> {
  const built = buildForm(defaultPlan, unit, "2024-Y", "test");
  if (!built.ok) throw new Error(built.message);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(templatePath);
  const ws = wb.getWorksheet("BaoCao");
  if (!ws) throw new Error("no BaoCao");
  const { values, reportDate } = FILLED[unit];
  for (const [code, value] of Object.entries(values)) {
    const ref = built.form.inputCells[code];
    if (!ref) throw new Error(`${unit}: ${code} is not an input cell`);
    ws.getCell(ref.row + 1, ref.col + 1).value = value;
  }
  ws.getCell(built.form.reportDateCell.row + 1, built.form.reportDateCell.col + 1).value = isoDateToExcelSerial(reportDate);
  await wb.xlsx.writeFile(outPath);
}

describe("template → fill → LibreOffice → consolidate", () => {
  it("gives the right statuses and totals", async () => {
    const root = tempDir();
    const templates = join(root, "bieu-mau");
    expect(bdg(["template", "--all", "--period", "2024-Y", "--out-dir", templates]).status).toBe(0);

    const filled = join(root, "da-dien");
    mkdirSync(filled);
    for (const unit of Object.keys(FILLED)) await fill(join(templates, `${unit}_2024-Y.xlsx`), unit, join(filled, `${unit}_2024-Y.xlsx`));
    const inbox = convertWithLibreOffice(Object.keys(FILLED).map((u) => join(filled, `${u}_2024-Y.xlsx`)), "xlsx", join(root, "hop-thu"));
    const savedBy = strFromU8(unzipSync(new Uint8Array(readFileSync(join(inbox, "P_YTE_2024-Y.xlsx"))))["docProps/app.xml"]);
    expect(savedBy).toContain("LibreOffice");
    const before = Object.keys(FILLED).map((u) => sha256(join(inbox, `${u}_2024-Y.xlsx`)));

    const validate = bdg(["validate", inbox, "--json"]);
    const checked = JSON.parse(validate.stdout).files;
    expect(checked.map((f: { unit: string; errors: number }) => [f.unit, f.errors]).sort()).toEqual([["P_YTE", 0], ["X_VINH_THAI", 0]]);
    expect(validate.status).toBe(0);

    const out = join(root, "tong-hop.xlsx");
    const run = bdg(["consolidate", inbox, "--period", "2024-Y", "--as-of", "2024-12-12", "--json", "--out", out]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    const status = Object.fromEntries(doc.units.map((u: { unit: string }) => [u.unit, u]));
    expect(status.X_VINH_THAI).toMatchObject({ status: "on_time", submittedAt: "2024-12-09", dateSource: "report_date" });
    expect(status.P_YTE).toMatchObject({ status: "on_time", submittedAt: "2024-12-10" });
    expect(doc.files.map((f: { outcome: string }) => f.outcome)).toEqual(["used", "used"]);

    const thai = FILLED.X_VINH_THAI.values as Record<string, number>;
    const yte = FILLED.P_YTE.values as Record<string, number>;
    expect(doc.totals.TT01).toBe(thai.TT01 + yte.TT01);
    expect(doc.totals.KP01).toBeCloseTo(thai.KP01 + yte.KP01, 9);
    expect(doc.totals.TL_TT05).toBeCloseTo((thai.TT05 * 100) / thai.TT06, 9);
    expect(doc.totals.TL_BL03).toBeCloseTo((thai.BL03 * 100) / thai.BL02, 9);
    expect(doc.totals.CL04).toBe(yte.CL04); // from P_YTE
    expect(doc.totals.TL_CL04).toBeCloseTo(((yte.CL04 - yte["CL04.NU"]) * 100) / yte["CL04.NU"], 9);
    expect(doc.totals.TH01).toBe(100);
    // A unit's text beginning with "=" stays inert text in the summary workbook.
    const summary = readXlsx(new Uint8Array(readFileSync(out)));
    if (!summary.ok) throw new Error(summary.message);
    const texts = summary.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r ?? []));
    expect(texts).toContain("=1+1 đề nghị giữ nguyên là chữ");
    expect(Object.keys(FILLED).map((u) => sha256(join(inbox, `${u}_2024-Y.xlsx`)))).toEqual(before);
  }, 180_000);
});
