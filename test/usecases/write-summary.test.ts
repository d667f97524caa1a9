// Writing the summary into the open workbook: asks before replacing sheets of those names that
// bdg did not write, never touches the officer's other sheets, and never writes the summary's
// `_meta` over a form's. On the memory port (the orchestration) and on the fake Excel at every
// level (bdg's sheets known by id from the workbook's settings).
import { withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { consolidateFiles, writeSummary } from "../../src/usecases";
import { FakeExcel } from "../fakes/fake-excel";
import { LEVELS, levelHas, portOn } from "../excel/port-kit";
import { formOf, validValues } from "./form-values";
import { MemoryWorkbookPort } from "./memory-workbook-port";

async function summary() {
  const form = formOf("X_VINH_THAI", "2024-Y");
  const grid = { sheets: withValues(form, validValues(form), "2024-12-09").sheets.map((s) => ({ name: s.name, visibility: s.visibility, rows: [] })) };
  return consolidateFiles({ plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-15", files: [], openWorkbook: grid });
}

describe("writeSummary (orchestration)", () => {
  it("writes the summary sheets in one write when none of their names is taken, within 3 syncs", async () => {
    const port = new MemoryWorkbookPort();
    const outcome = await writeSummary(port, defaultPlan, await summary());
    expect(port.calls).toEqual(["foreignSheets", "writeSheets"]);
    expect(outcome.kind === "written" && outcome.report.sheets.length).toBeGreaterThan(0);
    expect(outcome.kind === "written" && outcome.report.sheets).not.toContain("_meta");
    expect(port.syncs).toBeLessThanOrEqual(3);
  });

  it("asks before replacing a sheet of the officer's that has a summary sheet's name, and writes nothing", async () => {
    const port = new MemoryWorkbookPort({ sheets: [{ name: "TongHop", visibility: "visible", rows: [["của tôi"]] }] });
    port.foreign.add("TongHop");
    const outcome = await writeSummary(port, defaultPlan, await summary());
    expect(outcome).toEqual({ kind: "needs_confirmation", sheets: ["TongHop"] });
    expect(port.calls).not.toContain("writeSheets");
    expect(port.valueAt("TongHop!A1")).toBe("của tôi");
    const agreed = await writeSummary(port, defaultPlan, await summary(), { confirmReplace: true });
    expect(agreed.kind).toBe("written");
  });
});

describe.each(LEVELS)("writeSummary on the fake Excel at ExcelApi %s", (level) => {
  const writable = levelHas(level, "writeSummary");

  (writable ? it : it.skip)("asks before replacing the officer's own sheet of a summary name; never touches the others; a second run replaces its own sheets without asking", async () => {
    const s = await summary();
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = level;
    const { port, settings } = portOn(fake);
    const first = await writeSummary(port, defaultPlan, s);
    expect(first.kind).toBe("written");
    const names = first.kind === "written" ? first.report.sheets : [];
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain("_meta");
    await fake.eventsDelivered();

    // a second run: bdg wrote these sheets (ids in the settings), so no question, written in place
    const ids = names.map((n) => fake.sheet(n).id);
    expect((await writeSummary(port, defaultPlan, s)).kind).toBe("written");
    expect(names.map((n) => fake.sheet(n).id)).toEqual(ids);

    // the officer deletes bdg's first sheet and makes their own under its name, beside a sheet of their own
    const fresh = new FakeExcel(["Sheet1", names[0]]);
    fresh.apiVersion = level;
    fresh.seed(names[0], "A1", [["số liệu của tôi"]]);
    fresh.seed("Sheet1", "B2", [["ghi chép"]]);
    const other = portOn(fresh, { settings });
    const asked = await writeSummary(other.port, defaultPlan, s);
    expect(asked).toEqual({ kind: "needs_confirmation", sheets: [names[0]] });
    expect(fresh.cell(names[0], "A1")?.value).toBe("số liệu của tôi");
    expect(fresh.sheetNames()).toEqual(["Sheet1", names[0]]);

    const agreed = await writeSummary(other.port, defaultPlan, s, { confirmReplace: true });
    expect(agreed.kind).toBe("written");
    expect(fresh.cell(names[0], "A1")?.value).not.toBe("số liệu của tôi");
    expect(fresh.cell("Sheet1", "B2")?.value).toBe("ghi chép");
    expect(fresh.calculationPending).toBe(false);
  });
});
