// The task pane keeps the receipt register (docs/so-nhan.md): in Excel mode in the workbook's
// settings, in file mode as a file picked and downloaded again. Copying the inbox (new file times)
// changes no timeliness, and picked files of other formats or no spreadsheet at all are listed.
import { withValues } from "../../src/core/form";
import { parseRegisterText } from "../../src/core/register";
import { excelActions } from "../../src/taskpane/host/excel-actions";
import { consolidateFilesKeepingReceipts, fileSha256, SETTING_KEYS, type InputFile } from "../../src/usecases";
import { emptyRegister } from "../../src/core/register";
import { defaultPlan } from "../../src/core/plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { formOf, validValues } from "./form-values";
import { MemoryWorkbookPort } from "./memory-workbook-port";

let undated: Uint8Array;
beforeAll(async () => {
  const form = formOf("X_VINH_TU", "2024-Y");
  undated = await writeWorkbook(withValues(form, validValues(form))); // no "Ngày báo cáo"
});

const file = (name: string, bytes: Uint8Array, lastModified: number): InputFile => ({ name, lastModified, bytes: async () => bytes });
const RECEIVED = Date.parse("2024-12-09T09:00:00+07:00");
const COPIED = Date.parse("2024-12-19T09:00:00+07:00");
const request = (files: InputFile[]) => ({ plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-20", files });

describe("consolidateFilesKeepingReceipts", () => {
  it("dates an undated form by its first receipt, also after the inbox was copied", async () => {
    const first = await consolidateFilesKeepingReceipts({
      ...request([file("X_VINH_TU.xlsx", undated, RECEIVED)]),
      receipts: { register: emptyRegister(), now: "2024-12-10T08:00:00+07:00", hash: fileSha256 },
    });
    expect(first.receipts?.added).toBe(1);
    const again = await consolidateFilesKeepingReceipts({
      ...request([file("ban-sao/X_VINH_TU.xlsx", undated, COPIED)]),
      receipts: { register: first.receipts!.register, now: "2024-12-20T08:00:00+07:00", hash: fileSha256 },
    });
    expect(again.receipts?.added).toBe(0);
    expect(again.summary.units.find((u) => u.unit === "X_VINH_TU")).toMatchObject({ status: "on_time", submittedAt: "2024-12-09", dateSource: "received" });
    const without = await consolidateFilesKeepingReceipts(request([file("ban-sao/X_VINH_TU.xlsx", undated, COPIED)]));
    expect(without.summary.units.find((u) => u.unit === "X_VINH_TU")).toMatchObject({ status: "late", submittedAt: "2024-12-19", dateSource: "file_time" });
  });

  it("lists picked files of other formats as unreadable, with how to save them, and the rest as ignored", async () => {
    const junk = new Uint8Array([1, 2, 3]);
    const { summary } = await consolidateFilesKeepingReceipts(request([file("cu.xls", junk, RECEIVED), file("scan.pdf", junk, RECEIVED), file("X_VINH_TU.xlsm", undated, RECEIVED)]));
    expect(summary.files.map((f) => [f.file, f.outcome])).toEqual([["X_VINH_TU.xlsm", "used"], ["cu.xls", "unreadable"]]);
    expect(summary.files[1].reason).toMatch(/Excel 97-2003/);
    expect(summary.ignored).toEqual(["scan.pdf"]);
  });
});

describe("Excel mode keeps the register in the workbook's settings", () => {
  const picked = (name: string, lastModified: number) => new File([undated as BlobPart], name, { lastModified });

  it("appends new files, keeps receipts across runs, and leaves a damaged register alone", async () => {
    const port = new MemoryWorkbookPort();
    const actions = excelActions(port, null);
    const input = (files: File[]) => ({ plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-20", files, includeOpenWorkbook: false, includeInvalid: false, onProgress: () => undefined });

    const first = await actions.consolidate(input([picked("X_VINH_TU.xlsx", RECEIVED)]));
    expect(first.receipts).toEqual({ kept: "workbook", added: 1, total: 1 });
    const stored = parseRegisterText(port.settings.get(SETTING_KEYS.register)!);
    expect(stored.ok && stored.register.entries[0]).toMatchObject({ path: "X_VINH_TU.xlsx", unit: "X_VINH_TU", receivedAt: "2024-12-09T09:00:00+07:00" });

    const second = await actions.consolidate(input([picked("ban-sao.xlsx", COPIED)]));
    expect(second.receipts).toEqual({ kept: "workbook", added: 0, total: 1 });
    expect(second.summary.units.find((u) => u.unit === "X_VINH_TU")).toMatchObject({ dateSource: "received", submittedAt: "2024-12-09" });

    port.settings.set(SETTING_KEYS.register, "{ hỏng");
    const third = await actions.consolidate(input([picked("X_VINH_TU.xlsx", RECEIVED)]));
    expect(third.receipts).toMatchObject({ kept: "not_used", message: expect.stringMatching(/không dùng được.*giữ nguyên/) });
    expect(port.settings.get(SETTING_KEYS.register)).toBe("{ hỏng");
  });
});
