import { REPORT_SHEET, withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { installForm } from "../../src/usecases";
import { formOf, validValues } from "./form-values";
import { MemoryWorkbookPort, modelToGrid } from "./memory-workbook-port";

describe("installForm", () => {
  it.each([
    ["X_VINH_THAI", "2024-Y"],
    ["P_YTE", "2024-H1"],
    ["MTTQ", "2024-Y"],
  ])("writes the form of %s for %s into an empty workbook in at most 3 syncs", async (unit, period) => {
    const port = new MemoryWorkbookPort();
    const outcome = await installForm(port, defaultPlan, unit, period, { confirmReplace: false });
    expect(outcome.kind).toBe("installed");
    expect(port.sheets.map((s) => s.name)).toEqual([REPORT_SHEET, "_meta"]);
    expect(port.meta("unit")).toBe(unit);
    expect(port.meta("period")).toBe(period);
    expect(port.meta("format")).toBe("bdg-report");
    expect(port.syncs).toBeLessThanOrEqual(3);
  });

  it("asks before replacing a form already in the workbook, and writes nothing", async () => {
    const form = formOf("X_VINH_THAI", "2024-Y");
    const port = new MemoryWorkbookPort(modelToGrid(form.workbook));
    const outcome = await installForm(port, defaultPlan, "X_VINH_THAI", "2024-H1", { confirmReplace: false });
    expect(outcome).toEqual({
      kind: "needs_confirmation",
      existing: { unitName: "Xã Vĩnh Thái", periodLabel: "Năm 2024" },
    });
    expect(port.calls).not.toContain("writeSheets");
    expect(port.meta("period")).toBe("2024-Y");
  });

  it("keeps typed values by code when the form is installed again, even for another period", async () => {
    const annual = formOf("X_VINH_THAI", "2024-Y");
    const port = new MemoryWorkbookPort(modelToGrid(annual.workbook));
    port.type(annual.inputCells["TT01"].address, 7);
    port.type(annual.inputCells["BL02.NU"].address, 3);
    port.type(annual.inputCells["TH01"].address, "Có"); // annual-only row: not on the half-year form
    port.type(annual.inputCells["NX01"].address, "=HYPERLINK(\"x\")"); // text stays text
    port.type(annual.noteCells["TT01"].address, "ước thực hiện"); // the officer's note on a row
    port.resetLedger();

    const outcome = await installForm(port, defaultPlan, "X_VINH_THAI", "2024-H1", { confirmReplace: true });

    const half = formOf("X_VINH_THAI", "2024-H1");
    expect(outcome).toMatchObject({ kind: "installed", keptValues: 3, replaced: true });
    expect(port.valueAt(half.inputCells["TT01"].address)).toBe(7);
    expect(port.valueAt(half.inputCells["BL02.NU"].address)).toBe(3);
    expect(port.valueAt(half.inputCells["NX01"].address)).toBe("=HYPERLINK(\"x\")");
    expect(port.valueAt(half.noteCells["TT01"].address)).toBe("ước thực hiện");
    expect(half.inputCells["TH01"]).toBeUndefined();
    expect(port.meta("period")).toBe("2024-H1");
    const nx01 = half.inputCells["NX01"];
    const written = port.writtenModels[0].sheets[0].cells.find((c) => c.row === nx01.row && c.col === nx01.col);
    expect(written).toEqual(expect.objectContaining({ value: "=HYPERLINK(\"x\")" }));
    expect(written?.formula).toBeUndefined();
    expect(port.syncs).toBeLessThanOrEqual(3);
  });

  it("keeps the report date typed on the form", async () => {
    const form = formOf("P_YTE", "2024-Y");
    const port = new MemoryWorkbookPort(modelToGrid(withValues(form, validValues(form), "2024-12-08")));
    await installForm(port, defaultPlan, "P_YTE", "2024-Y", { confirmReplace: true });
    expect(port.meta("report_date")).toBe("2024-12-08");
  });

  it.each([
    ["NO_SUCH_UNIT", "2024-Y", /NO_SUCH_UNIT/],
    ["P_YTE", "2030-Y", /2030-Y/],
  ])("refuses an unknown unit or period (%s, %s) without touching the workbook", async (unit, period, message) => {
    const port = new MemoryWorkbookPort();
    const outcome = await installForm(port, defaultPlan, unit, period, { confirmReplace: true });
    expect(outcome.kind).toBe("failed");
    if (outcome.kind === "failed") expect(outcome.message).toMatch(message);
    expect(port.calls).toEqual([]);
  });
});
