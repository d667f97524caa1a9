// Which inputs a PATH argument means, and where every file of a folder ends up
// (docs/contract.md §4.1 "No file is dropped silently").
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findInputs } from "../../src/cli/io/find-xlsx";
import { inputKindOf } from "../../src/core/read";
import { tempDir } from "./helpers/run-bdg";

describe("inputKindOf", () => {
  it.each([
    ["a.xlsx", "workbook"],
    ["A.XLSX", "workbook"],
    ["Báo cáo.XlSx", "workbook"],
    ["macro.xlsm", "workbook"],
    ["mau.xltx", "workbook"],
    ["~$a.xlsx", "ignored"],
    ["._a.xlsx", "ignored"],
    ["a.xlsx.bak", "ignored"],
    ["scan.pdf", "ignored"],
    ["cong-van.docx", "ignored"],
    ["anh.jpg", "ignored"],
    ["khong-duoi", "ignored"],
    ["cu.xls", "other_spreadsheet"],
    ["nhi-phan.xlsb", "other_spreadsheet"],
    ["libre.ods", "other_spreadsheet"],
    ["so-lieu.csv", "other_spreadsheet"],
    ["mac.numbers", "other_spreadsheet"],
    ["wps.et", "other_spreadsheet"],
  ])("%s → %s", (name, kind) => {
    expect(inputKindOf(name).kind).toBe(kind);
  });

  it.each([
    ["cu.xls", /Excel 97-2003.*Lưu thành.*\.xlsx/],
    ["libre.ods", /LibreOffice.*Lưu thành.*\.xlsx/],
    ["so-lieu.csv", /CSV.*tệp \.xlsx/],
    ["mac.numbers", /Numbers.*Xuất sang.*\.xlsx/],
    ["wps.et", /WPS.*\.xlsx/],
  ])("%s says how to save it as .xlsx", (name, reason) => {
    const kind = inputKindOf(name);
    expect(kind.kind === "other_spreadsheet" && kind.reason).toMatch(reason);
  });
});

describe("findInputs", () => {
  it("searches folders recursively in a deterministic order, once per file; every file gets a place (bdg's own work files are not inputs)", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b", "sub"), { recursive: true });
    mkdirSync(join(dir, "a"));
    for (const f of ["b/sub/z.xlsx", "b/y.XLSX", "a/x.xlsx", "a/~$x.xlsx", "a/notes.txt", "a/m.xlsm", "a/old.xls", "a/calc.ods", "c.xlsx", "a/.bdg-tmp-123-abc.xlsx", "b/.bdg-lock-tong-hop.xlsx"]) writeFileSync(join(dir, f), "");
    const found = findInputs([dir, join(dir, "c.xlsx")]);
    expect(found.missing).toEqual([]);
    expect(found.files.map((f) => f.display)).toEqual(["a/m.xlsm", "a/x.xlsx", "b/sub/z.xlsx", "b/y.XLSX", "c.xlsx"].map((f) => join(dir, f)));
    expect(found.unreadable.map((u) => u.display)).toEqual(["a/calc.ods", "a/old.xls"].map((f) => join(dir, f)));
    expect(found.ignored).toEqual(["a/notes.txt", "a/~$x.xlsx"].map((f) => join(dir, f)));
  });

  it("follows folders behind links, each real folder once, and reports broken links", () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, "xa.xlsx"), "");
    mkdirSync(join(dir, "inbox"));
    symlinkSync(outside, join(dir, "inbox", "thu-muc-lien-ket"));
    symlinkSync(outside, join(dir, "inbox", "lien-ket-thu-hai"));
    symlinkSync(dir, join(dir, "inbox", "vong"));
    symlinkSync(join(dir, "khong-con"), join(dir, "inbox", "hong"));
    const found = findInputs([join(dir, "inbox")]);
    expect(found.files.map((f) => f.display)).toEqual([join(dir, "inbox", "lien-ket-thu-hai", "xa.xlsx")]);
    expect(found.unreadable).toEqual([{ display: join(dir, "inbox", "hong"), reason: expect.stringMatching(/^Liên kết hỏng: thư mục hoặc tệp mà liên kết trỏ tới không còn$/), kind: "access" }]);
  });

  it("reports a folder it may not read (as a user without the right)", () => {
    if (process.getuid?.() === 0) return; // root reads every folder: covered in messy-inbox.test.ts as another user
    const dir = tempDir();
    mkdirSync(join(dir, "khoa"));
    chmodSync(join(dir, "khoa"), 0);
    try {
      expect(findInputs([dir]).unreadable).toEqual([{ display: join(dir, "khoa"), reason: expect.stringMatching(/không có quyền đọc/), kind: "access" }]);
    } finally {
      chmodSync(join(dir, "khoa"), 0o755);
    }
  });

  it("keeps a file given directly whatever its name, except other spreadsheet formats, and lists missing paths", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "report.bin"), "");
    writeFileSync(join(dir, "cu.xls"), "");
    const found = findInputs([join(dir, "report.bin"), join(dir, "nope.xlsx"), join(dir, "cu.xls")]);
    expect(found.files.map((f) => f.display)).toEqual([join(dir, "report.bin"), join(dir, "nope.xlsx")]);
    expect(found.unreadable.map((u) => u.display)).toEqual([join(dir, "cu.xls")]);
    expect(found.missing).toEqual([join(dir, "nope.xlsx")]);
  });
});
