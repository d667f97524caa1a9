// Which files a PATH argument means.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findXlsx, isCandidateXlsx } from "../../src/cli/io/find-xlsx";
import { tempDir } from "./helpers/run-bdg";

describe("isCandidateXlsx", () => {
  it.each([
    ["a.xlsx", true],
    ["A.XLSX", true],
    ["Báo cáo.XlSx", true],
    ["~$a.xlsx", false],
    ["a.xls", false],
    ["a.xlsx.bak", false],
    ["a.xlsm", false],
  ])("%s → %s", (name, expected) => {
    expect(isCandidateXlsx(name)).toBe(expected);
  });
});

describe("findXlsx", () => {
  it("searches folders recursively in a deterministic order, once per file, without following folder links", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b", "sub"), { recursive: true });
    mkdirSync(join(dir, "a"));
    for (const f of ["b/sub/z.xlsx", "b/y.XLSX", "a/x.xlsx", "a/~$x.xlsx", "a/notes.txt", "c.xlsx"]) writeFileSync(join(dir, f), "");
    symlinkSync(dir, join(dir, "b", "loop"));
    const found = findXlsx([dir, join(dir, "c.xlsx")]);
    expect(found.missing).toEqual([]);
    expect(found.files.map((f) => f.display)).toEqual(
      ["a/x.xlsx", "b/sub/z.xlsx", "b/y.XLSX", "c.xlsx"].map((f) => join(dir, f)),
    );
  });

  it("keeps a file given directly whatever its name, and lists missing paths", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "report.bin"), "");
    const found = findXlsx([join(dir, "report.bin"), join(dir, "nope.xlsx")]);
    expect(found.files.map((f) => f.display)).toEqual([join(dir, "report.bin"), join(dir, "nope.xlsx")]);
    expect(found.missing).toEqual([join(dir, "nope.xlsx")]);
  });
});
