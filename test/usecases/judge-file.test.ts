// judgeFile (src/usecases/judge-file.ts), the one verdict every host gives a received file: it never
// throws, whatever the bytes; a file it gives up on keeps its name and file time and carries the one
// wording of its reason (core/read/unreadable.ts); and the inflater (fflate or Node's zlib) does not
// change the verdict.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defaultPlan, type Plan } from "../../src/core/plan";
import { NO_PLAN_TEXT, unreadableText, WORKER_CRASHED_TEXT, type FileReport, type UnreadableCause } from "../../src/core/read";
import { inspectWorkbook } from "../../src/core/rules";
import type { ReadXlsxResult } from "../../src/xlsx/read";
import { withoutUsedRawCells } from "../../src/core/read/read-form-values";
import { judgeFile } from "../../src/usecases/judge-file";
import { readXlsx } from "../../src/xlsx/read";
import { readXlsxInNode } from "../../src/xlsx/read/node-read";
import { dtdForbidden, emptyFile, encryptedFile, legacyXls, notZip, tooLarge, tooManyCells } from "../../src/xlsx/read/unreadable-messages";

const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
const FILE_TIME = "2024-12-09T10:00:00+07:00";
const reasonOf = (report: FileReport) => (report.kind === "unreadable" ? report.issue.params.reason : null);

function judged(bytes: Uint8Array, plan: Plan = defaultPlan, read: (bytes: Uint8Array) => ReadXlsxResult = readXlsx): FileReport {
  return judgeFile(plan, { name: "hop-thu/tep.xlsx", fileTime: FILE_TIME, bytes }, { readXlsx: read });
}

describe("judgeFile on hostile bytes", () => {
  const pkGarbage = new Uint8Array(4096).map((_, i) => (i < 4 ? [0x50, 0x4b, 0x03, 0x04][i] : (i * 7919) % 251));
  const fixture = (name: string) => new Uint8Array(readFileSync(join(HOSTILE, name)));
  const form = fixture("used--late-by-3-days.xlsx");

  it.each<[string, () => Uint8Array, string | RegExp]>([
    ["empty", () => new Uint8Array(0), emptyFile().message],
    ["one byte", () => new Uint8Array([0x50]), notZip().message],
    ["text, not a zip", () => new TextEncoder().encode("đây không phải tệp Excel"), notZip().message],
    ["a PDF renamed", () => fixture("unreadable--pdf-renamed.xlsx"), notZip().message],
    ["a zip signature then garbage", () => pkGarbage, /^Tệp \.xlsx bị hỏng hoặc chưa tải về đầy đủ \(/],
    ["a form cut in half", () => form.subarray(0, form.length >> 1), /^Tệp \.xlsx bị hỏng hoặc chưa tải về đầy đủ \(/],
    ["a truncated zip", () => fixture("unreadable--truncated-zip.xlsx"), /^Tệp \.xlsx bị hỏng hoặc chưa tải về đầy đủ \(/],
    ["corrupted zip bytes", () => fixture("unreadable--corrupted-zip-bytes.xlsx"), /^Tệp \.xlsx bị hỏng hoặc chưa tải về đầy đủ \(/],
    ["a garbled zip directory", () => fixture("unreadable--zip-directory-garbled.xlsx"), /^Tệp \.xlsx bị hỏng hoặc chưa tải về đầy đủ \(/],
    ["a zip bomb", () => fixture("unreadable--zip-bomb.xlsx"), tooLarge(50 * 1024 * 1024).message],
    ["too many cells", () => fixture("unreadable--too-many-cells.xlsx"), tooManyCells("BaoCao", 100_000).message],
    ["a DOCTYPE entity", () => fixture("unreadable--dtd-entity.xlsx"), dtdForbidden("xl/worksheets/sheet1.xml").message],
    ["an XXE in shared strings", () => fixture("unreadable--xxe-in-shared-strings.xlsx"), dtdForbidden("xl/sharedStrings.xml").message],
    ["a password", () => fixture("unreadable--encrypted.xlsx"), encryptedFile().message],
    ["an old .xls", () => fixture("unreadable--old-format.xls"), legacyXls().message],
    ["a Word file renamed", () => fixture("unreadable--docx-renamed.xlsx"), /^Tệp không phải bảng tính Excel \.xlsx \(/],
  ])("%s: unreadable with the reader's one wording, name and file time kept, for both inflaters", (_case, bytes, wording) => {
    for (const read of [readXlsx, readXlsxInNode]) {
      const report = judged(bytes(), defaultPlan, read);
      expect(report).toMatchObject({ file: "hop-thu/tep.xlsx", fileTime: FILE_TIME, kind: "unreadable" });
      if (typeof wording === "string") expect(reasonOf(report)).toBe(wording);
      else expect(reasonOf(report)).toMatch(wording);
    }
  });

  it.each([
    ["not_a_report--plain-spreadsheet.xlsx", "not_a_report"],
    ["not_a_report--meta-only.xlsx", "not_a_report"],
    ["not_a_report--no-meta-unknown-unit-header.xlsx", "not_a_report"],
    ["wrong_period--h1-form.xlsx", "forms"],
    ["used--late-by-3-days.xlsx", "forms"],
  ])("%s (the wrong sheet, or a form): %s, never an exception", (name, kind) => {
    expect(judged(fixture(name)).kind).toBe(kind);
  });

  it("gives every fixture the same verdict whichever inflater reads it", () => {
    for (const name of readdirSync(HOSTILE)) expect(judged(fixture(name), defaultPlan, readXlsxInNode)).toEqual(judged(fixture(name)));
  });

  it("drops the raw cells a parsed value stands for, unless asked to keep them (the check view)", () => {
    const read = readXlsx(form);
    if (!read.ok) throw new Error(read.message);
    const full = inspectWorkbook(defaultPlan, "hop-thu/tep.xlsx", FILE_TIME, read.workbook);
    expect(judged(form)).toEqual(withoutUsedRawCells(full));
    expect(judgeFile(defaultPlan, { name: "hop-thu/tep.xlsx", fileTime: FILE_TIME, bytes: form }, { readXlsx, keepRawCells: true })).toEqual(full);
  });

  it.each<[string, Plan, (bytes: Uint8Array) => never]>([
    ["the reader throws", defaultPlan, () => {
      throw new Error("lỗi giả lập trong bộ đọc");
    }],
    ["the core throws (a broken plan)", {} as Plan, (bytes) => readXlsx(bytes) as never],
  ])("%s: unreadable with the unexpected-error wording, never an exception", (_case, plan, read) => {
    const report = judged(form, plan, read);
    expect(report).toMatchObject({ file: "hop-thu/tep.xlsx", fileTime: FILE_TIME, kind: "unreadable" });
    expect(reasonOf(report)).toMatch(/^Lỗi không mong đợi khi đọc tệp \(.+\)\. Hãy mở tệp bằng Excel, lưu lại rồi thử lại\.$/);
  });
});

describe("one wording per unreadable reason", () => {
  const causes: [UnreadableCause, string][] = [
    [{ kind: "format", sentence: notZip().message }, notZip().message],
    [{ kind: "other_spreadsheet", sentence: "đây là tệp Excel 97-2003 (.xls)" }, "đây là tệp Excel 97-2003 (.xls)"],
    [{ kind: "access", sentence: "Không phải một tệp" }, "Không phải một tệp"],
    [{ kind: "not_read", detail: "NotFoundError" }, "Không lấy được nội dung tệp (NotFoundError): tệp có thể đã bị xóa, đổi tên hoặc đang mở ở chương trình khác. Hãy chọn lại tệp rồi thử lại."],
    [{ kind: "unexpected", detail: "x is undefined" }, "Lỗi không mong đợi khi đọc tệp (x is undefined). Hãy mở tệp bằng Excel, lưu lại rồi thử lại."],
    [{ kind: "worker_crashed" }, WORKER_CRASHED_TEXT],
    [{ kind: "no_plan" }, NO_PLAN_TEXT],
  ];

  it.each(causes)("%j → %s", (cause, text) => {
    expect(unreadableText(cause)).toBe(text);
  });

  it("a worker's crash reads the same whatever the crash was: no detail in it", () => {
    expect(WORKER_CRASHED_TEXT).toBe("Lỗi không mong đợi khi đọc tệp: luồng đọc tệp dừng đột ngột khi đọc tệp này. Hãy mở tệp bằng Excel, lưu lại rồi thử lại.");
  });

  it("no reason repeats the words the issue puts before it (\"Không đọc được tệp: …\")", () => {
    for (const [cause] of causes) expect(unreadableText(cause)).not.toMatch(/^không đọc được tệp/i);
  });
});
