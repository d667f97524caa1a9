// The pane's "So sánh với kỳ trước" and "Tải dữ liệu dạng dài (.csv)", on real bytes: an earlier
// summary written by the product's writer is read back and compared through consolidateFiles; what
// is not a bdg summary is refused with its reason; the CSV is the CLI's long form with a BOM.
import { withValues, type FormValue } from "../../src/core/form";
import { longFormCsv, summaryWorkbook, type Summary } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { consolidateFiles, longFormCsvFile, pickedPreviousSummary, previousSummaryOf, type InputFile } from "../../src/usecases";
import { writeWorkbook } from "../../src/xlsx/write";
import { readXlsx } from "../../src/xlsx/read";

const readSheets = (bytes: Uint8Array, wanted: (name: string) => boolean) => readXlsx(bytes, undefined, undefined, wanted);
import { excelActions } from "../../src/taskpane/host/excel-actions";
import { formOf, validValues } from "./form-values";
import { MemoryWorkbookPort } from "./memory-workbook-port";

async function formFile(name: string, unit: string, overrides: Record<string, FormValue>): Promise<InputFile> {
  const form = formOf(unit, "2024-Y");
  const bytes = await writeWorkbook(withValues(form, { ...validValues(form), ...overrides }, "2024-12-09"));
  return { name, lastModified: Date.UTC(2024, 11, 9), bytes: async () => bytes };
}

async function summaryOf(files: InputFile[], previous: Summary | null = null): Promise<Summary> {
  const earlier = previous ? previousSummaryOf("truoc.xlsx", await writeWorkbook(summaryWorkbook(defaultPlan, previous, { generator: "test" })), readSheets) : null;
  if (earlier && !earlier.ok) throw new Error(earlier.message);
  return consolidateFiles({ plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-15", files, previous: earlier?.previous ?? null });
}

describe("previousSummaryOf", () => {
  it("reads back a summary the writer made, with its period and as-of day", async () => {
    const before = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", { TT01: 10 })]);
    const read = previousSummaryOf("tong-hop.xlsx", await writeWorkbook(summaryWorkbook(defaultPlan, before, { generator: "test" })), readSheets);
    if (!read.ok) throw new Error(read.message);
    expect(read.previous).toMatchObject({ plan: defaultPlan.id, period: "2024-Y", asOf: "2024-12-15" });
    expect(read.previous.rows).toContainEqual({ unit: "X_VINH_THAI", indicator: "TT01", value: 10 });
  });

  it.each([
    ["a unit's form, not a summary", async () => writeWorkbook(withValues(formOf("X_VINH_THAI", "2024-Y"), {})), /^Bảng tổng hợp kỳ trước bieu-mau\.xlsx: tệp không phải bảng tổng hợp do bdg tạo ra/],
    ["bytes that are not a workbook", async () => new TextEncoder().encode("không phải tệp Excel"), /^Không đọc được bảng tổng hợp kỳ trước bieu-mau\.xlsx: tệp không phải bảng tính \.xlsx .*; hãy chọn bảng tổng hợp \(\.xlsx\) mà bdg hoặc phần bổ trợ đã tạo cho kỳ trước\.$/],
    ["an empty file", async () => new Uint8Array(0), /^Không đọc được bảng tổng hợp kỳ trước bieu-mau\.xlsx: tệp rỗng \(0 byte\); hãy chọn/],
  ])("refuses %s, saying why", async (_, bytes, reason) => {
    const read = previousSummaryOf("bieu-mau.xlsx", await bytes(), readSheets);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(reason);
    // the clerk's own earlier summary: never the advice meant for a unit's report
    if (!read.ok) expect(read.message).not.toMatch(/đơn vị gửi lại/);
  });
});

describe("pickedPreviousSummary: the pane's pick, from the picked File", () => {
  it("reads the summary's bytes and reads it back", async () => {
    const before = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", { TT01: 10 })]);
    const bytes = await writeWorkbook(summaryWorkbook(defaultPlan, before, { generator: "test" }));
    const read = await pickedPreviousSummary({ name: "tong-hop.xlsx", lastModified: null, bytes: async () => bytes }, readSheets);
    expect(read).toMatchObject({ ok: true, previous: { period: "2024-Y", asOf: "2024-12-15" } });
  });

  it("a file moved or deleted after it was picked is said, in the clerk's words, and nothing throws", async () => {
    const gone: InputFile = { name: "tong-hop.xlsx", lastModified: null, bytes: () => Promise.reject(new DOMException("A requested file could not be found", "NotFoundError")) };
    await expect(pickedPreviousSummary(gone, readSheets)).resolves.toEqual({
      ok: false,
      message: "Không đọc được bảng tổng hợp kỳ trước tong-hop.xlsx (A requested file could not be found): tệp có thể đã bị xóa, đổi tên hoặc đang mở ở chương trình khác. Hãy chọn lại tệp.",
    });
  });
});

describe("consolidateFiles with an earlier summary", () => {
  it("carries the comparison and the outlier alerts into the summary", async () => {
    const before = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", { TT01: 10 }), await formFile("ha.xlsx", "X_VINH_HA", { TT01: 4 })]);
    const now = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", { TT01: 40 }), await formFile("ha.xlsx", "X_VINH_HA", { TT01: 5 })], before);
    expect(now.previousPeriod).toBe("2024-Y");
    expect(now.comparison?.TT01).toEqual({ previous: 14, change: 31, changePct: (31 * 100) / 14 });
    const alerts = (unit: string) => now.units.find((u) => u.unit === unit)?.alerts.map((a) => a.rule) ?? [];
    expect(alerts("X_VINH_THAI")).toContain("outlier_vs_previous"); // 10 → 40: ×4 and by 30
    expect(alerts("X_VINH_HA")).not.toContain("outlier_vs_previous"); // 4 → 5
  });

  it("without one, the summary has no comparison", async () => {
    const now = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", {})]);
    expect(now.comparison).toBeNull();
    expect(now.previousPeriod).toBeNull();
  });
});

describe("Excel mode", () => {
  it("compares through the pane's actions and writes the SoSanh sheet into the open workbook", async () => {
    const before = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", { TT01: 10 })]);
    const earlier = previousSummaryOf("truoc.xlsx", await writeWorkbook(summaryWorkbook(defaultPlan, before, { generator: "test" })), readSheets);
    if (!earlier.ok) throw new Error(earlier.message);
    const form = await formFile("thai.xlsx", "X_VINH_THAI", { TT01: 40 });
    const picked = new File([(await form.bytes()) as BlobPart], "thai.xlsx", { lastModified: Date.UTC(2024, 11, 9) });
    const port = new MemoryWorkbookPort();
    const actions = excelActions(port, null);
    const input = { plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-15", files: [picked], includeOpenWorkbook: false, includeInvalid: false, onProgress: () => undefined };
    const { summary } = await actions.consolidate({ ...input, previous: earlier.previous });
    expect(summary.comparison?.TT01).toMatchObject({ previous: 10, change: 30 });
    const delivered = await actions.deliverSummary(defaultPlan, summary);
    expect(delivered.kind === "written" && delivered.sheets).toContain("SoSanh");
    const plain = await actions.consolidate(input);
    expect(plain.summary.comparison).toBeNull();
  });
});

describe("longFormCsvFile", () => {
  it("is the CLI's long form as UTF-8 bytes with a BOM, named beside the summary", async () => {
    const summary = await summaryOf([await formFile("thai.xlsx", "X_VINH_THAI", { NX01: "=HYPERLINK(\"x\")", TT01: 3 })]);
    const file = longFormCsvFile(defaultPlan, summary);
    expect(file.fileName).toBe("BangDai_BDG_2024-Y_2024-12-15.csv");
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    expect(text).toBe(longFormCsv(defaultPlan, summary));
    expect(text).toContain("X_VINH_THAI,Xã Vĩnh Thái,TT01,3,on_time,thai.xlsx");
    expect(text).toContain(`'=HYPERLINK(""x"")`);
  });
});
