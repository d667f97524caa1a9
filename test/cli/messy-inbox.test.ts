// The verdict on a real, messy inbox (docs/contract.md §4.1, §4.2), end to end through the built
// `bdg`: one inbox per case, each named for what it must produce, made of real .xlsx files (our
// writer, and exceljs as a second library for the Mac 1904 form).
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { formModel, writeForm } from "./helpers/forms";
import { bdg, buildCli, REPO, tempDir } from "./helpers/run-bdg";
import { writeWorkbook } from "../../src/xlsx/write";

beforeAll(buildCli);

interface Doc {
  units: { unit: string; status: string; daysLate: number; submittedAt: string | null; dateSource: string | null; file: string | null; reason: string; alerts: { rule: string; message: string; files: string[] }[] }[];
  files: { file: string; outcome: string; reason: string | null }[];
  ignored: string[];
  totals: Record<string, number | null>;
  reportingRate: number;
}

function consolidateJson(cwd: string, paths: string[], extra: string[] = []): Doc {
  const run = bdg(["consolidate", ...paths, "--period", "2024-Y", "--as-of", "2024-12-20", "--json", ...extra], cwd);
  if (run.status !== 0) throw new Error(`bdg exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Doc;
}
const unit = (doc: Doc, code: string) => doc.units.find((u) => u.unit === code)!;
const outcomes = (doc: Doc) => Object.fromEntries(doc.files.map((f) => [f.file, f.outcome]));
const day = (iso: string) => new Date(`${iso}T09:00:00+07:00`);
const setTime = (path: string, iso: string) => utimesSync(path, day(iso), day(iso));

async function exceljs() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("exceljs") as typeof import("exceljs");
}

describe("blank-templates-beside-the-inbox → the real reports count, the templates are blank", () => {
  let doc: Doc;
  beforeAll(async () => {
    const root = tempDir();
    for (const code of ["TT_HO_XA", "X_VINH_TU", "P_YTE"]) await writeForm(join(root, "hop-thu", `${code}.xlsx`), { unit: code, reportDate: "2024-12-09" });
    const made = bdg(["template", "--all", "--period", "2024-Y", "--out-dir", join(root, "bieu-mau")]);
    expect(made.status).toBe(0);
    doc = consolidateJson(root, ["hop-thu", "bieu-mau"]);
  });

  it("every template is `blank`, no real report loses to one", () => {
    const blanks = doc.files.filter((f) => f.file.startsWith("bieu-mau/"));
    expect(blanks).toHaveLength(27);
    expect(new Set(blanks.map((f) => f.outcome))).toEqual(new Set(["blank"]));
    for (const code of ["TT_HO_XA", "X_VINH_TU", "P_YTE"]) expect(unit(doc, code)).toMatchObject({ status: "on_time", file: `hop-thu/${code}.xlsx` });
  });

  it("the others are missing, and the reason names the blank file", () => {
    expect(unit(doc, "X_VINH_HA").status).toBe("missing");
    expect(unit(doc, "X_VINH_HA").reason).toMatch(/“bieu-mau\/X_VINH_HA_2024-Y\.xlsx” chỉ là biểu mẫu trống/);
    expect(doc.reportingRate).toBeCloseTo((3 * 100) / 26, 6);
  });
});

describe("corrected-resend-named-(1)-same-date → the re-send counts, with a same_date_conflict alert", () => {
  it("uses the file received later and calls neither newer", async () => {
    const root = tempDir();
    const original = join(root, "hop-thu", "X_VINH_TU_2024-Y.xlsx");
    const resend = join(root, "hop-thu", "X_VINH_TU_2024-Y (1).xlsx");
    await writeForm(original, { unit: "X_VINH_TU", reportDate: "2024-12-09", values: { TT01: 10 } });
    await writeForm(resend, { unit: "X_VINH_TU", reportDate: "2024-12-09", values: { TT01: 12 } });
    utimesSync(original, day("2024-12-09"), day("2024-12-09"));
    utimesSync(resend, new Date("2024-12-09T15:00:00+07:00"), new Date("2024-12-09T15:00:00+07:00"));
    const doc = consolidateJson(root, ["hop-thu"]);
    expect(outcomes(doc)).toEqual({ "hop-thu/X_VINH_TU_2024-Y (1).xlsx": "used", "hop-thu/X_VINH_TU_2024-Y.xlsx": "superseded" });
    expect(doc.totals.TT01).toBe(12);
    expect(unit(doc, "X_VINH_TU").alerts).toEqual([
      { rule: "same_date_conflict", files: ["hop-thu/X_VINH_TU_2024-Y (1).xlsx", "hop-thu/X_VINH_TU_2024-Y.xlsx"], message: expect.stringMatching(/cùng ngày nộp 09\/12\/2024/) },
    ]);
    expect(JSON.stringify(doc.files)).not.toMatch(/mới hơn/);
    const table = bdg(["consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-20"], root);
    expect(table.stdout).toMatch(/Xã Vĩnh Tú\s+Đúng hạn\s+09\/12\/2024.*! 1/);
    expect(table.stdout).toMatch(/CẦN LƯU Ý\n {2}! Xã Vĩnh Tú: 2 bản số liệu khác nhau cùng ngày nộp 09\/12\/2024/);
  });
});

describe("sheet-copied-to-BaoCao-(2)-with-scratch-numbers → the _meta sheet counts", () => {
  it("lists the copy as superseded and totals the real sheet", async () => {
    const root = tempDir();
    const model = formModel({ unit: "X_VINH_TU", reportDate: "2024-12-09", values: { TT01: 10 } });
    const report = model.sheets.find((s) => s.name === "BaoCao")!;
    const scratch = { ...report, name: "BaoCao (2)", cells: report.cells.map((c) => (c.value === 10 && c.col === 4 ? { ...c, value: 9999 } : c)) };
    writeFileSync(join(root, "X_VINH_TU.xlsx"), await writeWorkbook({ sheets: [report, scratch, ...model.sheets.filter((s) => s !== report)] }));
    const doc = consolidateJson(root, ["X_VINH_TU.xlsx"]);
    expect(outcomes(doc)).toEqual({ "X_VINH_TU.xlsx#BaoCao": "used", "X_VINH_TU.xlsx#BaoCao (2)": "superseded" });
    expect(doc.totals.TT01).toBe(10);
  });
});

describe("mac-form-in-the-1904-date-system-dated-12-12-2024 → late by 2 days", () => {
  it("reads the serial in the workbook's own date system (written by exceljs)", async () => {
    const ExcelJS = await exceljs();
    const root = tempDir();
    const ours = join(root, "ours.xlsx");
    await writeForm(ours, { unit: "X_VINH_TU", reportDate: null });
    const wb: Workbook = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(ours) as unknown as ArrayBuffer);
    wb.properties.date1904 = true;
    const sheet = wb.getWorksheet("BaoCao")!;
    let dateCell = null as ReturnType<typeof sheet.getCell> | null;
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith("Ngày báo cáo")) dateCell = sheet.getCell(Number(cell.row), 5);
    }));
    dateCell!.value = new Date(Date.UTC(2024, 11, 12));
    writeFileSync(join(root, "mac.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const xml = spawnSync("unzip", ["-p", join(root, "mac.xlsx"), "xl/workbook.xml"], { encoding: "utf8" }).stdout;
    expect(xml).toMatch(/date1904="1"/);
    const doc = consolidateJson(root, ["mac.xlsx"]);
    expect(unit(doc, "X_VINH_TU")).toMatchObject({ status: "late", daysLate: 2, submittedAt: "2024-12-12", dateSource: "report_date" });
  });
});

describe("report-date-cleared-then-inbox-copied → a warning in validate, on time from the register", () => {
  let root: string;
  beforeAll(async () => {
    root = tempDir();
    const file = join(root, "hop-thu", "X_VINH_TU.xlsx");
    await writeForm(file, { unit: "X_VINH_TU", reportDate: null });
    setTime(file, "2024-12-09");
  });

  it("validate warns before the form is sent", () => {
    const run = bdg(["validate", join(root, "hop-thu", "X_VINH_TU.xlsx"), "--json"]);
    expect(run.status).toBe(0);
    const [entry] = JSON.parse(run.stdout).files;
    expect(entry.errors).toBe(0);
    expect(entry.issues[0]).toMatchObject({ severity: "warning", rule: "missing_report_date", message: expect.stringMatching(/Chưa ghi “Ngày báo cáo” tại ô E\d+/) });
  });

  it("the register keeps the first receipt when the inbox is copied and consolidated again", () => {
    const first = consolidateJson(root, ["hop-thu"], ["--register", "so-nhan.json"]);
    expect(unit(first, "X_VINH_TU")).toMatchObject({ status: "on_time", submittedAt: "2024-12-09", dateSource: "received" });
    const register = JSON.parse(readFileSync(join(root, "so-nhan.json"), "utf8"));
    expect(register).toMatchObject({ format: "bdg-register", format_version: 1, entries: [{ path: "hop-thu/X_VINH_TU.xlsx", unit: "X_VINH_TU", period: "2024-Y", receivedAt: "2024-12-09T09:00:00+07:00" }] });

    cpSync(join(root, "hop-thu"), join(root, "ban-sao"), { recursive: true }); // the copy's file times are now
    const copied = consolidateJson(root, ["ban-sao"], ["--register", "so-nhan.json"]);
    expect(unit(copied, "X_VINH_TU")).toMatchObject({ status: "on_time", submittedAt: "2024-12-09", dateSource: "received", alerts: [] });
    expect(JSON.parse(readFileSync(join(root, "so-nhan.json"), "utf8")).entries).toHaveLength(1);
  });

  it("without the register, the copy's file time is not believed, and the clerk is told", () => {
    const copied = consolidateJson(root, ["ban-sao"]);
    expect(unit(copied, "X_VINH_TU")).toMatchObject({ status: "on_time", daysLate: 0, submittedAt: null });
    expect(unit(copied, "X_VINH_TU").alerts.map((a) => a.rule)).toEqual(["implausible_date"]);
  });

  it("a register that is not one is refused before anything is read, and kept", () => {
    writeFileSync(join(root, "hong.json"), "{ không phải sổ nhận");
    const run = bdg(["consolidate", "hop-thu", "--period", "2024-Y", "--register", "hong.json", "--json"], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Sổ nhận hong\.json không dùng được/);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(root, "hong.json"), "utf8")).toBe("{ không phải sổ nhận");
  });
});

describe("other-formats-links-and-scans → every file listed, none dropped", () => {
  let doc: Doc;
  let root: string;
  beforeAll(async () => {
    root = tempDir();
    const inbox = join(root, "hop-thu");
    await writeForm(join(inbox, "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-09" });
    await writeForm(join(inbox, "X_VINH_TU.xlsm"), { unit: "X_VINH_TU", reportDate: "2024-12-09" });
    writeFileSync(join(inbox, "X_VINH_HA.xls"), "\xd0\xcf\x11\xe0 old excel");
    writeFileSync(join(inbox, "X_VINH_SON.ods"), "PK libreoffice");
    writeFileSync(join(inbox, "cong-van.pdf"), "%PDF-1.4");
    writeFileSync(join(inbox, "anh-chup.jpg"), "jpeg");
    const elsewhere = tempDir();
    await writeForm(join(elsewhere, "P_YTE.xlsx"), { unit: "P_YTE", reportDate: "2024-12-09" });
    symlinkSync(elsewhere, join(inbox, "lien-ket"));
    symlinkSync(join(root, "da-xoa"), join(inbox, "lien-ket-hong"));
    doc = consolidateJson(root, ["hop-thu"]);
  });

  it("reads .xlsx, .xlsm and folders behind links", () => {
    for (const code of ["TT_HO_XA", "X_VINH_TU", "P_YTE"]) expect(unit(doc, code).status).toBe("on_time");
    expect(unit(doc, "P_YTE").file).toBe("hop-thu/lien-ket/P_YTE.xlsx");
  });

  it("gives other spreadsheets and broken links an unreadable entry with a reason, and lists the rest as ignored", () => {
    const byFile = Object.fromEntries(doc.files.map((f) => [f.file, f]));
    expect(byFile["hop-thu/X_VINH_HA.xls"]).toMatchObject({ outcome: "unreadable", reason: expect.stringMatching(/Excel 97-2003.*\.xlsx/) });
    expect(byFile["hop-thu/X_VINH_SON.ods"]).toMatchObject({ outcome: "unreadable", reason: expect.stringMatching(/LibreOffice/) });
    expect(byFile["hop-thu/lien-ket-hong"]).toMatchObject({ outcome: "unreadable", reason: "Không đọc được tệp: Liên kết hỏng: thư mục hoặc tệp mà liên kết trỏ tới không còn." });
    expect(doc.ignored).toEqual(["hop-thu/anh-chup.jpg", "hop-thu/cong-van.pdf"]);
  });

  it("reports a folder it may not read (run as another user, since root reads everything)", async () => {
    const shared = tempDir();
    chmodSync(shared, 0o755);
    await writeForm(join(shared, "hop-thu", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-09" });
    mkdirSync(join(shared, "hop-thu", "khoa"));
    chmodSync(join(shared, "hop-thu"), 0o755);
    chmodSync(join(shared, "hop-thu", "TT_HO_XA.xlsx"), 0o644);
    chmodSync(join(shared, "hop-thu", "khoa"), 0o000);
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [join(REPO, "bin", "bdg.cjs"), "consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-20", "--json"], {
      cwd: shared,
      encoding: "utf8",
      env: { ...process.env, HOME: shared },
      ...asOther,
    });
    chmodSync(join(shared, "hop-thu", "khoa"), 0o755);
    expect(run.status).toBe(0);
    const other = JSON.parse(run.stdout) as Doc;
    expect(other.files.find((f) => f.file === "hop-thu/khoa")).toMatchObject({ outcome: "unreadable", reason: "Không đọc được tệp: Không có quyền đọc thư mục này." });
    expect(unit(other, "TT_HO_XA").status).toBe("on_time");
  });
});

describe("demo-forms-mixed-into-a-real-inbox → samples, the real figures unchanged", () => {
  it("never counts sample data beside real forms", async () => {
    const root = tempDir();
    const demo = bdg(["demo", "--out-dir", join(root, "demo")]);
    expect(demo.status).toBe(0);
    await writeForm(join(root, "hop-thu", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-09" });
    const alone = consolidateJson(root, ["hop-thu"]);
    for (const name of readdirSync(join(root, "demo", "hop-thu"))) copyFileSync(join(root, "demo", "hop-thu", name), join(root, "hop-thu", `mau-${name}`));
    const mixed = consolidateJson(root, ["hop-thu"]);
    expect(mixed.totals).toEqual(alone.totals);
    expect(mixed.units.map((u) => u.status)).toEqual(alone.units.map((u) => u.status));
    const samples = mixed.files.filter((f) => f.file.startsWith("hop-thu/mau-"));
    expect(samples.length).toBeGreaterThan(20);
    // The demo's untouched template (X_VINH_O) carries no figures at all, so it is "blank" before it is "sample".
    const blanks = samples.filter((f) => f.outcome === "blank").map((f) => f.file);
    expect(blanks).toEqual([expect.stringContaining("X_VINH_O")]);
    expect(new Set(samples.filter((f) => f.outcome !== "blank").map((f) => f.outcome))).toEqual(new Set(["sample"]));
  });
});

describe("last-summary-kept-in-the-inbox → own_output, the run goes on", () => {
  it("skips a summary bdg wrote", async () => {
    const root = tempDir();
    await writeForm(join(root, "hop-thu", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-09" });
    expect(bdg(["consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-20", "--out", "hop-thu/tong-hop.xlsx"], root).status).toBe(0);
    const doc = consolidateJson(root, ["hop-thu"]);
    expect(outcomes(doc)).toEqual({ "hop-thu/TT_HO_XA.xlsx": "used", "hop-thu/tong-hop.xlsx": "own_output" });
  });
});
