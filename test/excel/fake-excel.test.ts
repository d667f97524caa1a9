// The fake must behave like Excel where the adapter could get it wrong; otherwise the adapter
// tests prove nothing.
import { FakeExcel } from "../fakes/fake-excel";

describe("fake Excel: the load/sync contract", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const fake = new FakeExcel(["A"]);
    fake.seed("A", "A1", [[1]]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("A").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(() => context.workbook.worksheets.items).toThrow(/PropertyNotLoaded/);
    });
  });

  it("applies writes only at sync and counts requests", async () => {
    const fake = new FakeExcel(["A"]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1:B1").values = [[1, "x"]];
      expect(fake.cell("A", "A1")).toBeUndefined();
      await context.sync();
    });
    expect(fake.cell("A", "B1")?.value).toBe("x");
    expect(fake.syncs).toBe(1);
    expect(fake.requests[0].bytes).toBeGreaterThan(0);
  });

  it.each([
    ["=SUM(1,2)", "General", "=SUM(1,2)", ""],
    ["+1", "General", undefined, 1],
    ["+A1", "General", "=+A1", ""],
    ["-2+3", "General", "=-2+3", ""],
    ["@SUM(A1)", "General", "=@SUM(A1)", ""],
    ["=SUM(1,2)", "@", undefined, "=SUM(1,2)"],
    ["'=SUM(1,2)", "General", undefined, "=SUM(1,2)"],
    ["007", "General", undefined, 7],
    ["-5", "General", undefined, -5],
  ])("stores %j written as a value into a %s cell like Excel (formula %j, value %j)", async (input, fmt, formula, value) => {
    const fake = new FakeExcel(["A"]);
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("A").getRange("A1");
      r.numberFormat = [[fmt]];
      r.values = [[input]];
      await context.sync();
    });
    expect(fake.cell("A", "A1")?.formula).toBe(formula);
    expect(fake.cell("A", "A1")?.value).toBe(value);
  });

  it("rejects writes to a protected sheet, a second protect (AccessDenied, office-js#6784), and deleting the last visible sheet", async () => {
    const fake = new FakeExcel(["A"]);
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("A");
        ws.protection.protect();
        ws.getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("A").protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("A").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("rejects an array whose shape does not match the range", async () => {
    const fake = new FakeExcel(["A"]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fails a request while in cell-edit mode", async () => {
    const fake = new FakeExcel(["A"]);
    fake.editModeFailures = 1;
    const attempt = () => fake.run((context) => context.sync());
    await expect(attempt()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(attempt()).resolves.toBeUndefined();
  });
});

describe("fake Excel: what readForm, writeMeta and markErrorCells rely on", () => {
  it("gives the active worksheet as it is when the request runs", async () => {
    const fake = new FakeExcel(["A", "B"]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      expect(fake.activeSheet).toBe("A");
      await context.sync();
      expect(active.name).toBe("B");
    });
  });

  it.each([
    ["null", { isNull: true }],
    ["throw", { code: "InvalidOperation" }],
  ] as const)("a used range asked of a missing sheet: chaining %s", async (mode, want) => {
    const fake = new FakeExcel(["A"]);
    fake.nullObjectChaining = mode;
    const attempt = fake.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject("Nope").getUsedRangeOrNullObject(true);
      range.load("values");
      await context.sync();
      return { isNull: range.isNullObject };
    });
    if ("code" in want) await expect(attempt).rejects.toMatchObject(want);
    else await expect(attempt).resolves.toEqual(want);
  });

  it("clear(\"Contents\") empties values and formulas but keeps formats; refused on a protected sheet", async () => {
    const fake = new FakeExcel(["A"]);
    fake.seed("A", "A1", [["k", { formula: "1+1", value: 2 }], ["x", "y"]]);
    fake.cell("A", "B1")!.format.fill = "#FFFF00";
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1:B1048576").clear("Contents");
      await context.sync();
    });
    expect([fake.cell("A", "B1")?.value, fake.cell("A", "B1")?.formula, fake.cell("A", "B1")?.format.fill]).toEqual(["", undefined, "#FFFF00"]);
    expect(fake.cell("A", "A2")?.value).toBe("");
    fake.sheet("A").protected = true;
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").clear("Contents");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
