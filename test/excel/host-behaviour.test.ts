import { FakeExcel } from "../fakes/fake-excel";
import { portOn } from "./port-kit";

describe("cell-edit mode", () => {
  it("retries while Excel is in cell-edit mode, then succeeds", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.editModeFailures = 2;
    const { port, sleeps } = portOn(fake);
    await expect(port.readWorkbook()).resolves.toMatchObject({ sheets: [{ name: "Sheet1" }] });
    expect(sleeps).toHaveLength(2);
  });

  it("gives up after a few tries with a Vietnamese message", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.editModeFailures = 100;
    const { port, sleeps } = portOn(fake);
    await expect(port.selectCell("Sheet1!A1")).rejects.toThrow(/chế độ sửa ô/);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps.length).toBeLessThan(10);
  });

  it("does not retry other errors", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    const { port, sleeps } = portOn(fake);
    await expect(port.selectCell("Nope!A1")).rejects.toThrow(/Không tìm thấy/);
    expect(sleeps).toEqual([]);
  });
});

describe("onWorkbookChanged", () => {
  it.each([
    ["1.9", 1],
    ["1.7", 2],
  ])("on ExcelApi %s calls back on a change and stops after unsubscribe (%i handlers)", async (version, handlers) => {
    const fake = new FakeExcel(["A", "B"]);
    fake.apiVersion = version;
    const { port } = portOn(fake);
    let calls = 0;
    const unsubscribe = await port.onWorkbookChanged(() => calls++);
    expect(fake.handlerCount).toBe(handlers);
    await fake.fireChanged("B");
    expect(calls).toBe(1);
    unsubscribe();
    await new Promise((r) => setImmediate(r));
    expect(fake.handlerCount).toBe(0);
    await fake.fireChanged("B");
    expect(calls).toBe(1);
  });

  it("returns a harmless unsubscribe on Excel without change events", async () => {
    const fake = new FakeExcel(["A"]);
    fake.apiVersion = "1.6";
    const { port } = portOn(fake);
    const unsubscribe = await port.onWorkbookChanged(() => undefined);
    expect(fake.handlerCount).toBe(0);
    expect(() => unsubscribe()).not.toThrow();
    expect((await port.capabilities()).limitations.join(" ")).toMatch(/Kiểm tra/);
  });
});

describe("settings", () => {
  it("stores strings in the workbook settings and saves them", async () => {
    const fake = new FakeExcel();
    const { port, settings } = portOn(fake);
    expect(await port.getSetting("bdg.unit")).toBeNull();
    await port.setSetting("bdg.unit", "X_VINH_THAI");
    expect(await port.getSetting("bdg.unit")).toBe("X_VINH_THAI");
    expect(settings.saved.get("bdg.unit")).toBe("X_VINH_THAI");
    expect(fake.syncs).toBe(0);
  });
});

describe("capabilities", () => {
  // insertWorksheetsFromBase64 (1.13) is not used (the form is written cell by cell), so its
  // absence is no longer listed as a limitation. Charts on BieuDo need 1.7 (src/excel/features.ts).
  it.each([
    ["1.13", { dataValidation: true, protection: true, insertFromBase64: true }, []],
    ["1.8", { dataValidation: true, protection: true, insertFromBase64: false }, []],
    ["1.3", { dataValidation: false, protection: true, insertFromBase64: false }, ["freezeAndTabColor", "changeEvents", "dataValidation", "charts"]],
    ["1.1", { dataValidation: false, protection: false, insertFromBase64: false }, ["install", "markErrors", "finalize", "writeSummary", "protection", "freezeAndTabColor", "changeEvents", "dataValidation", "charts"]],
  ])("ExcelApi %s", async (version, flags, missing) => {
    const fake = new FakeExcel();
    fake.apiVersion = version;
    const caps = await portOn(fake).port.capabilities();
    expect(caps).toMatchObject({ inExcel: true, apiVersion: `ExcelApi ${version}`, ...flags });
    expect(Object.entries(caps.features).filter(([, f]) => !f.available).map(([id]) => id)).toEqual(missing);
    expect(caps.limitations).toHaveLength(missing.length);
    for (const line of caps.limitations) expect(line).toMatch(/cần ExcelApi 1\.\d+, Excel này chỉ có ExcelApi /);
  });

  it("an Office without any ExcelApi: every Excel feature is unavailable, said in Vietnamese", async () => {
    const fake = new FakeExcel();
    fake.apiVersion = "none";
    const caps = await portOn(fake).port.capabilities();
    expect(caps.apiVersion).toBeNull();
    expect(Object.values(caps.features).every((f) => !f.available)).toBe(true);
    expect(caps.limitations.join(" ")).toMatch(/không có ExcelApi nào/);
  });
});
