// An earlier summary of a province's thousands of forms: its matrix can pass the reader's limit of
// 100,000 cells a sheet, yet `--previous` and the pane's "So sánh với kỳ trước" read only `_meta` and
// `_data` (previousSummaryOf asks its reader for those alone), so it is still compared with, not refused as too large.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { consolidate, summaryWorkbook } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { loadPreviousOption } from "../../src/cli/io/previous-option";
import { previousSummaryOf } from "../../src/usecases";
import { readXlsx, type SheetWanted } from "../../src/xlsx/read";
import { readXlsxInNode } from "../../src/xlsx/read/node-read";
import { writeWorkbook } from "../../src/xlsx/write";
import { form, single } from "../core/consolidate/factory";

async function bigSummaryBytes(): Promise<Uint8Array> {
  const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", [single(form("X_VINH_THAI", { TT01: 7 }))]);
  const model = summaryWorkbook(defaultPlan, summary, { generator: "test" });
  // the matrix grown past the limit, as thousands of forms would
  const matrix = model.sheets.find((s) => s.name === "MaTran")!;
  const start = matrix.cells.reduce((n, c) => Math.max(n, c.row), 0) + 1;
  for (let i = 0; i < 101_000; i++) matrix.cells.push({ row: start + Math.floor(i / 10), col: i % 10, value: i });
  return writeWorkbook(model);
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await bigSummaryBytes();
});

describe("an earlier summary whose matrix passes the reader's cell limit", () => {
  it("is too large to read whole (so the case is real)", () => {
    const whole = readXlsxInNode(bytes);
    expect(whole.ok).toBe(false);
    if (!whole.ok) expect(whole.message).toMatch(/MaTran/);
  });

  it.each([
    ["bdg --previous (Node's zlib)", (b: Uint8Array, wanted: SheetWanted) => readXlsxInNode(b, undefined, wanted)],
    ["the pane's pick (fflate)", (b: Uint8Array, wanted: SheetWanted) => readXlsx(b, undefined, undefined, wanted)],
  ])("is read through _meta and _data alone by %s", (_, read) => {
    const outcome = previousSummaryOf("tong-hop-tinh.xlsx", bytes, read);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.previous).toMatchObject({ period: "2024-Y", asOf: "2024-12-12" });
    expect(outcome.previous.rows).toContainEqual({ unit: "X_VINH_THAI", indicator: "TT01", value: 7 });
  });

  it("is taken by loadPreviousOption from disk", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "bdg-previous-big-")), "tong-hop-tinh.xlsx");
    writeFileSync(file, bytes);
    expect(loadPreviousOption(file)?.rows).toContainEqual({ unit: "X_VINH_THAI", indicator: "TT01", value: 7 });
  });
});
