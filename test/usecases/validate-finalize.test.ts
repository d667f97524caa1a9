import { withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { dueStanding, finalizeForm, validateActiveForm } from "../../src/usecases";
import { formOf, validValues } from "./form-values";
import { MemoryWorkbookPort, modelToGrid } from "./memory-workbook-port";

function filledPort(unit: string, period: string, overrides: Record<string, string | number | null> = {}, reportDate?: string) {
  const form = formOf(unit, period);
  const port = new MemoryWorkbookPort(modelToGrid(withValues(form, { ...validValues(form), ...overrides }, reportDate)));
  return { form, port };
}

describe("validateActiveForm", () => {
  it("judges the open form, highlights the error cells and uses at most 2 syncs", async () => {
    const { form, port } = filledPort("X_VINH_THAI", "2024-Y", { "BL02": 12, "BL02.NU": 15, TT01: -1 });
    const outcome = await validateActiveForm(port, defaultPlan);
    expect(outcome.kind).toBe("checked");
    if (outcome.kind !== "checked") return;
    const [checked] = outcome.forms;
    expect(checked.errors).toBe(2);
    expect(checked.issues.map((i) => [i.rule, i.indicator])).toEqual(
      expect.arrayContaining([["negative", "TT01"], ["part_le_whole", "BL02.NU"]]),
    );
    expect([...port.marked].sort()).toEqual([form.inputCells["BL02.NU"].address, form.inputCells["TT01"].address].sort());
    expect(port.restoreFill).toBe("FFF9E1"); // the form's input fill comes back when a mark is cleared
    expect(port.syncs).toBeLessThanOrEqual(2);
  });

  it("clears the highlight on the next check once the errors are fixed", async () => {
    const { form, port } = filledPort("X_VINH_THAI", "2024-Y", { TT01: -1 });
    await validateActiveForm(port, defaultPlan);
    expect(port.marked).toEqual([form.inputCells["TT01"].address]);
    port.type(form.inputCells["TT01"].address, 4);
    const outcome = await validateActiveForm(port, defaultPlan);
    expect(outcome.kind === "checked" && outcome.forms[0].errors).toBe(0);
    expect(port.marked).toEqual([]);
  });

  it("says there is no form in a workbook without one", async () => {
    const port = new MemoryWorkbookPort({ sheets: [{ name: "Sheet1", visibility: "visible", rows: [["a", 1]] }] });
    const outcome = await validateActiveForm(port, defaultPlan);
    expect(outcome.kind).toBe("no_form");
    expect(port.marked).toEqual([]);
  });
});

describe("finalizeForm", () => {
  it("refuses while errors remain, lists them, and stamps nothing", async () => {
    const { port } = filledPort("P_YTE", "2024-Y", { CL04: 10, "CL04.NU": 11 });
    const outcome = await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z");
    expect(outcome.kind).toBe("refused");
    if (outcome.kind === "refused") expect(outcome.errors.map((e) => e.indicator)).toEqual(["CL04.NU"]);
    expect(port.calls).not.toContain("writeMeta");
    expect(port.meta("submitted_at")).toBe("");
  });

  it.each([
    // now (UTC)                 submitted_at in +07:00          days left, days late
    ["2024-12-09T08:30:00Z", "2024-12-09T15:30:00+07:00", 1, 0],
    ["2024-12-10T16:59:59Z", "2024-12-10T23:59:59+07:00", 0, 0], // the due date itself is on time
    ["2024-12-10T17:00:00Z", "2024-12-11T00:00:00+07:00", 0, 1], // midnight in Hà Nội: one day late
    ["2024-12-01T00:00:00+07:00", "2024-12-01T00:00:00+07:00", 9, 0],
  ])("stamps submitted_at for now=%s as %s (days left %i, late %i) in at most 2 syncs", async (now, stamp, left, late) => {
    const { port } = filledPort("P_YTE", "2024-Y");
    const outcome = await finalizeForm(port, defaultPlan, now);
    expect(outcome).toMatchObject({ kind: "finalized", submittedAt: stamp, standing: { due: "2024-12-10", daysLeft: left, daysLate: late } });
    expect(port.meta("submitted_at")).toBe(stamp);
    expect(port.meta("report_date")).toBe(stamp.slice(0, 10));
    expect(port.syncs).toBeLessThanOrEqual(2);
  });

  it("keeps the report date typed on the form", async () => {
    const { port } = filledPort("P_YTE", "2024-Y", {}, "2024-12-05");
    await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z");
    expect(port.meta("report_date")).toBe("2024-12-05");
  });

  it("asks to install the form first when the workbook has no _meta", async () => {
    const { port } = filledPort("P_YTE", "2024-Y");
    port.sheets = port.sheets.filter((s) => s.name !== "_meta");
    const outcome = await finalizeForm(port, defaultPlan, "2024-12-09T08:30:00Z");
    expect(outcome.kind).toBe("no_form");
    expect(port.calls).not.toContain("writeMeta");
  });
});

describe("dueStanding", () => {
  it.each([
    ["2024-12-10", "2024-12-01", 9, 0],
    ["2024-12-10", "2024-12-10", 0, 0],
    ["2024-12-10", "2024-12-13", 0, 3],
  ])("due %s, today %s → %i left, %i late", (due, today, left, late) => {
    expect(dueStanding(due, today)).toEqual({ due, daysLeft: left, daysLate: late });
  });
});
