// `bdg validate`: the JSON shape of docs/contract.md §3, exit codes 0 / 1 / 2, every file reported.
import { truncateSync, writeFileSync, openSync, closeSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bdg, buildCli, sha256, tempDir } from "./helpers/run-bdg";
import { writeWorkbook } from "../../src/xlsx/write";
import { formModel, writeForeignWorkbook, writeForm } from "./helpers/forms";

beforeAll(buildCli);

const ENTRY_KEYS = ["errors", "file", "issues", "period", "readable", "unit", "warnings"];
const ISSUE_KEYS = ["cell", "indicator", "message", "rule", "severity"];

function checkShape(doc: { files: Record<string, unknown>[] }): void {
  expect(Object.keys(doc)).toEqual(["files"]);
  for (const entry of doc.files) {
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(ENTRY_KEYS));
    expect(typeof entry.file).toBe("string");
    expect(typeof entry.readable).toBe("boolean");
    for (const issue of entry.issues as Record<string, unknown>[]) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(ISSUE_KEYS));
      expect(["error", "warning"]).toContain(issue.severity);
      expect(typeof issue.message).toBe("string");
      expect((issue.message as string).length).toBeGreaterThan(0);
    }
  }
}

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeForm(join(dir, "clean.xlsx"), { unit: "X_VINH_TU" });
  await writeForm(join(dir, "nu-gt-tong.xlsx"), { unit: "X_VINH_THAI", values: { BL02: 12, "BL02.NU": 15 } });
  await writeForm(join(dir, "text-in-count.xlsx"), { unit: "P_YTE", values: { CL05: "không có" } });
  await writeForeignWorkbook(join(dir, "danh-sach.xlsx"));
  const clean = readFileSync(join(dir, "clean.xlsx"));
  writeFileSync(join(dir, "truncated.xlsx"), clean.subarray(0, Math.floor(clean.length / 2)));
  writeFileSync(join(dir, "renamed.xlsx"), "Đây là một tệp văn bản, không phải Excel.\n");
  // A clerk's book: one commune's form with its _meta, plus another commune's sheet pasted in.
  const first = formModel({ unit: "X_VINH_LAM" });
  const second = formModel({ unit: "X_VINH_SON", withoutMeta: true }).sheets.map((s) => ({ ...s, name: "VinhSon" }));
  writeFileSync(join(dir, "book.xlsx"), await writeWorkbook({ sheets: [...first.sheets, ...second] }));
  const big = openSync(join(dir, "huge.xlsx"), "w");
  closeSync(big);
  truncateSync(join(dir, "huge.xlsx"), 51 * 1024 * 1024); // sparse: 51 MB on disk, never read
});

describe("bdg validate", () => {
  it("a clean form: exit 0, readable, no errors", () => {
    const run = bdg(["validate", join(dir, "clean.xlsx"), "--json"]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    checkShape(doc);
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]).toMatchObject({ file: join(dir, "clean.xlsx"), unit: "X_VINH_TU", period: "2024-Y", readable: true, errors: 0 });
  });

  it("a form with Nữ > Tổng: exit 1 and the part_le_whole issue on BL02.NU's cell", () => {
    const run = bdg(["validate", join(dir, "nu-gt-tong.xlsx"), "--json"]);
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout);
    checkShape(doc);
    const entry = doc.files[0];
    expect(entry).toMatchObject({ unit: "X_VINH_THAI", period: "2024-Y", readable: true, errors: 1 });
    const issue = entry.issues.find((i: { rule: string }) => i.rule === "part_le_whole");
    expect(issue).toMatchObject({ severity: "error", indicator: "BL02.NU" });
    expect(issue.cell).toMatch(/^BaoCao!E\d+$/);
    expect(issue.message).toContain("15");
    expect(issue.message).toContain("12");
  });

  it("text in a count is an error with a Vietnamese message", () => {
    const run = bdg(["validate", join(dir, "text-in-count.xlsx"), "--json"]);
    expect(run.status).toBe(1);
    const issue = JSON.parse(run.stdout).files[0].issues.find((i: { indicator: string }) => i.indicator === "CL05");
    expect(issue).toMatchObject({ severity: "error", rule: "not_a_number" });
    expect(issue.message).toContain("không có");
  });

  it("broken files: exit 2, and every file is still reported in order", () => {
    const names = ["clean.xlsx", "truncated.xlsx", "nu-gt-tong.xlsx", "renamed.xlsx", "danh-sach.xlsx", "huge.xlsx", "khong-co.xlsx"];
    const paths = names.map((n) => join(dir, n));
    const hashes = paths.slice(0, -1).map(sha256);
    const run = bdg(["validate", ...paths, "--json"]);
    expect(run.status).toBe(2);
    const doc = JSON.parse(run.stdout);
    checkShape(doc);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(paths);
    const byName = (n: string) => doc.files[names.indexOf(n)];
    expect(byName("clean.xlsx")).toMatchObject({ readable: true, errors: 0 });
    expect(byName("nu-gt-tong.xlsx")).toMatchObject({ readable: true, errors: 1 });
    for (const [name, rule] of [
      ["truncated.xlsx", "unreadable"],
      ["renamed.xlsx", "unreadable"],
      ["huge.xlsx", "unreadable"],
      ["khong-co.xlsx", "unreadable"],
      ["danh-sach.xlsx", "not_a_report"],
    ]) {
      const entry = byName(name);
      expect(entry).toMatchObject({ readable: false, unit: null, period: null, errors: 1, warnings: 0 });
      expect(entry.issues).toHaveLength(1);
      expect(entry.issues[0]).toMatchObject({ severity: "error", rule });
    }
    expect(byName("huge.xlsx").issues[0].message).toContain("50 MB");
    expect(paths.slice(0, -1).map(sha256)).toEqual(hashes);
  });

  it("without --json: a readable Vietnamese report on stdout, same exit code", () => {
    const run = bdg(["validate", join(dir, "clean.xlsx"), join(dir, "nu-gt-tong.xlsx")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✔");
    expect(run.stdout).toContain("Xã Vĩnh Thái");
    expect(run.stdout).toMatch(/\[Lỗi\] BaoCao!E\d+ BL02\.NU:/);
    expect(run.stdout).toContain("Đã kiểm tra 2 báo cáo");
  });

  it("a book holding two forms gives one entry per form, the second named book.xlsx#Sheet", () => {
    const book = join(dir, "book.xlsx");
    const run = bdg(["validate", book, "--json"]);
    const doc = JSON.parse(run.stdout);
    checkShape(doc);
    expect(doc.files.map((f: { unit: string }) => f.unit)).toEqual(["X_VINH_LAM", "X_VINH_SON"]);
    expect(doc.files[1].file).toBe(`${book}#VinhSon`);
    expect(doc.files.every((f: { readable: boolean }) => f.readable)).toBe(true);
  });

  it("a folder is searched for .xlsx files", () => {
    const run = bdg(["validate", dir, "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).files).toHaveLength(9);
  });
});
