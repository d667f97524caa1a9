// bdg knows its own files by their `_meta` (docs/contract.md §4.1, §4.3): forms, demo forms and
// summaries, whatever else the book holds; anything else is not ours.
import { summaryWorkbook } from "../../../src/core/consolidate";
import { consolidate } from "../../../src/core/consolidate";
import { buildForm } from "../../../src/core/form";
import type { WorkbookGrid } from "../../../src/core/grid";
import { defaultPlan } from "../../../src/core/plan";
import { bdgWorkbookOf } from "../../../src/core/read";
import type { WorkbookModel } from "../../../src/core/sheet";

/** A model as a reader would see it: each sheet's cell values on a grid. */
function gridOf(model: WorkbookModel): WorkbookGrid {
  return {
    sheets: model.sheets.map((s) => {
      const rows: (string | number | boolean | null)[][] = [];
      for (const c of s.cells) {
        (rows[c.row] ??= [])[c.col] = c.value ?? null;
      }
      return { name: s.name, visibility: s.visibility, rows: Array.from(rows, (r) => r ?? []) };
    }),
  };
}

function form(sample: boolean): WorkbookGrid {
  const built = buildForm(defaultPlan, "X_VINH_THAI", "2024-Y", "test", { sample });
  if (!built.ok) throw new Error(built.message);
  return gridOf(built.form.workbook);
}

const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", []);

describe("bdgWorkbookOf", () => {
  it.each([
    ["a blank form", form(false), { kind: "form", sample: false, plan: "vinh-linh-2024", period: "2024-Y" }],
    ["a demo form", form(true), { kind: "form", sample: true, plan: "vinh-linh-2024", period: "2024-Y" }],
    ["a summary", gridOf(summaryWorkbook(defaultPlan, summary)), { kind: "summary", sample: false, plan: "vinh-linh-2024", period: "2024-Y" }],
    ["the demo's summary", gridOf(summaryWorkbook(defaultPlan, summary, { generator: "t", sample: true })), { kind: "summary", sample: true, plan: "vinh-linh-2024", period: "2024-Y" }],
  ])("%s", (_what, grid, expected) => {
    expect(bdgWorkbookOf(grid)).toEqual(expected);
  });

  it.each([
    ["no sheets", { sheets: [] }],
    ["a book without _meta", { sheets: [{ name: "Sheet1", visibility: "visible", rows: [["format"], ["bdg-summary"]] }] }],
    ["a _meta of another program", { sheets: [{ name: "_meta", visibility: "visible", rows: [["format", "something-else"]] }] }],
    ["a _meta without format", { sheets: [{ name: "_meta", visibility: "veryHidden", rows: [["plan", "vinh-linh-2024"]] }] }],
    ["a hostile grid", { sheets: null } as unknown as WorkbookGrid],
  ] as [string, WorkbookGrid][])("%s is not ours", (_what, grid) => {
    expect(bdgWorkbookOf(grid)).toBeNull();
  });
});
