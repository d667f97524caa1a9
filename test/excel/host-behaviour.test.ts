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
  it.each([
    ["1.13", { dataValidation: true, protection: true, insertFromBase64: true }, 0],
    ["1.8", { dataValidation: true, protection: true, insertFromBase64: false }, 1],
    ["1.3", { dataValidation: false, protection: false, insertFromBase64: false }, 5],
  ])("ExcelApi %s", async (version, flags, limitations) => {
    const fake = new FakeExcel();
    fake.apiVersion = version;
    const caps = await portOn(fake).port.capabilities();
    expect(caps).toMatchObject({ inExcel: true, ...flags });
    expect(caps.limitations).toHaveLength(limitations);
  });
});
