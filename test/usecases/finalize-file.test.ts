// File-mode "Hoàn tất" on real .xlsx bytes (written by the product's writer): the same refusal as
// in Excel, and a stamped copy whose only change is the `_meta` table (docs/contract.md §1, §4.6).
import { unzipSync } from "fflate";
import { withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { finalizeFile, stampedFileName } from "../../src/usecases";
import { replaceMetaSheet } from "../../src/xlsx/patch/replace-meta-sheet";
import { readXlsx } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { formOf, validValues } from "./form-values";

const NOW = "2024-12-09T10:15:00+07:00";

async function formBytes(overrides: Record<string, string | number | null> = {}, reportDate: string | undefined = "2024-12-08") {
  const form = formOf("X_VINH_THAI", "2024-Y");
  return writeWorkbook(withValues(form, { ...validValues(form), ...overrides }, reportDate));
}

function metaOf(bytes: Uint8Array): Record<string, unknown> {
  const read = readXlsx(bytes);
  if (!read.ok) throw new Error(read.message);
  return Object.fromEntries(read.workbook.sheets.find((s) => s.name === "_meta")!.rows.map((r) => [String(r[0]), r[1]]));
}

describe("finalizeFile", () => {
  it("stamps submitted_at into a copy; every other part of the file is byte for byte the same, and the input is unchanged", async () => {
    const original = await formBytes();
    const pristine = original.slice();
    const { outcome, stamped } = await finalizeFile(defaultPlan, "vinh-thai.xlsx", original, NOW);
    expect(outcome).toMatchObject({ kind: "finalized", submittedAt: "2024-12-09T10:15:00+07:00", reportDate: "2024-12-08", downloadedAs: "vinh-thai_hoan-tat.xlsx" });
    expect(stamped?.fileName).toBe("vinh-thai_hoan-tat.xlsx");
    expect(original).toEqual(pristine);
    const before = metaOf(original);
    const after = metaOf(stamped!.bytes);
    expect(before.submitted_at ?? "").toBe("");
    expect(after).toEqual({ ...before, submitted_at: "2024-12-09T10:15:00+07:00", report_date: "2024-12-08" });
    const a = unzipSync(original);
    const b = unzipSync(stamped!.bytes);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const changed = Object.keys(a).filter((name) => Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    // the report sheet's values read back the same
    const read = (bytes: Uint8Array) => {
      const r = readXlsx(bytes);
      if (!r.ok) throw new Error(r.message);
      return r.workbook.sheets.find((s) => s.name === "BaoCao")!.rows;
    };
    expect(read(stamped!.bytes)).toEqual(read(original));
  });

  it.each([
    ["errors remain", "refused", { BL02: 12, "BL02.NU": 15 }],
    ["valid", "finalized", {}],
  ] as const)("%s → %s", async (_what, kind, overrides) => {
    const { outcome, stamped } = await finalizeFile(defaultPlan, "f.xlsx", await formBytes(overrides), NOW);
    expect(outcome.kind).toBe(kind);
    expect(stamped === null).toBe(kind !== "finalized");
  });

  it("a file that is not a workbook is a Vietnamese message, never an exception", async () => {
    const { outcome, stamped } = await finalizeFile(defaultPlan, "thu.xlsx", new TextEncoder().encode("không phải Excel"), NOW);
    expect(outcome.kind).toBe("no_form");
    if (outcome.kind === "no_form") expect(outcome.message).toMatch(/^Không đọc được tệp “thu\.xlsx”/);
    expect(stamped).toBeNull();
  });

  it("writes _meta text as text: a value starting with = + - @ is never a formula", async () => {
    const copy = replaceMetaSheet(await formBytes(), [["format", "bdg-report"], ["note", "=1+1"], ["x", "@SUM(A1)"]]);
    if (!copy.ok) throw new Error(copy.message);
    const parts = unzipSync(copy.bytes);
    const sheets = Object.entries(parts).filter(([n]) => /worksheets\/sheet\d+\.xml$/.test(n)).map(([, x]) => new TextDecoder().decode(x));
    const meta = sheets.find((x) => x.includes("=1+1"))!;
    expect(meta).not.toMatch(/<f[\s>]/);
    expect(metaOf(copy.bytes)).toEqual({ format: "bdg-report", note: "=1+1", x: "@SUM(A1)" });
  });

  it.each([
    ["BaoCao.xlsx", "BaoCao_hoan-tat.xlsx"],
    ["X_VINH_THAI_2024-Y.XLSX", "X_VINH_THAI_2024-Y_hoan-tat.xlsx"],
    ["so.xlsm", "so_hoan-tat.xlsm"],
  ])("stampedFileName(%s) = %s", (name, expected) => expect(stampedFileName(name)).toBe(expected));
});
