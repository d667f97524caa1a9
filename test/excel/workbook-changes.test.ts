// The "stale check" event ignores `_meta`: finalize writes there and must not make the check stale.
import { FakeExcel } from "../fakes/fake-excel";
import { builtForm, installedForm, portOn } from "./port-kit";

/** Resolves the handler's async work (the fake calls handlers, which may await a lookup). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("onWorkbookChanged ignores the _meta sheet", () => {
  it.each([
    ["1.9", 1],
    ["1.7", 3],
  ])("on ExcelApi %s: a _meta change is ignored, a BaoCao change counts, without a sync per event (%i handlers)", async (version, handlers) => {
    const { fake } = await installedForm();
    fake.apiVersion = version;
    const { port } = portOn(fake); // a port that sees this Excel version
    let calls = 0;
    const unsubscribe = await port.onWorkbookChanged(() => calls++);
    expect(fake.handlerCount).toBe(handlers);
    const syncsAfterSubscribe = fake.syncs;

    await fake.fireChanged("_meta");
    await settle();
    expect(calls).toBe(0);
    await fake.fireChanged("BaoCao");
    await settle();
    expect(calls).toBe(1);
    await fake.fireChanged("Sheet1");
    await settle();
    expect(calls).toBe(2);
    // _meta's id was loaded while subscribing: the events themselves cost no round trip
    expect(fake.syncs).toBe(syncsAfterSubscribe);
    unsubscribe();
  });

  it("recognises a _meta written after subscribing (install into an empty workbook), looking it up once", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.9";
    const { port } = portOn(fake);
    let calls = 0;
    await port.onWorkbookChanged(() => calls++);
    await port.writeSheets(builtForm().workbook);
    fake.resetCounters();

    await fake.fireChanged("_meta");
    await fake.fireChanged("_meta");
    await settle();
    expect(calls).toBe(0);
    expect(fake.syncs).toBe(1);
    await fake.fireChanged("BaoCao");
    await settle();
    expect(calls).toBe(1);
    expect(fake.syncs).toBe(2);
  });
});
