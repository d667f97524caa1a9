// The "stale check" event ignores `_meta`: finalize writes there and must not make the check stale.
import { FakeExcel } from "../fakes/fake-excel";
import { OWN_WRITE_WINDOW_MS } from "../../src/excel/own-writes";
import { LEVELS, builtForm, installedForm, levelHas, portOn } from "./port-kit";

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

  it("recognises a _meta written after subscribing (install into an empty workbook), looking each new sheet up once", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.apiVersion = "1.9";
    let clock = 0;
    const { port } = portOn(fake, { now: () => clock });
    let calls = 0;
    await port.onWorkbookChanged(() => calls++);
    const before = fake.syncs;
    await port.writeSheets(builtForm().workbook);
    const writes = fake.syncs - before;
    await fake.eventsDelivered();
    await settle();
    expect(calls).toBe(0); // the install's own change events
    clock += OWN_WRITE_WINDOW_MS + 1;

    await fake.fireChanged("_meta");
    await fake.fireChanged("_meta");
    await settle();
    expect(calls).toBe(0);
    await fake.fireChanged("BaoCao");
    await settle();
    expect(calls).toBe(1);
    // BaoCao and _meta, new since subscribing, were each looked up once
    expect(fake.syncs - before - writes).toBe(2);
  });
});

describe.each(LEVELS.filter((l) => levelHas(l, "changeEvents")))("on ExcelApi %s the add-in's own writes never make its check stale", (level) => {
  it("the highlight of a check (events arriving late) does not count; the officer's typing does", async () => {
    let clock = 0;
    const { fake, form, settings } = await installedForm(["Sheet1"], level);
    const { port } = portOn(fake, { settings, now: () => clock });
    fake.eventDelayMs = 30;
    const [a, b] = Object.values(form.inputCells).map((x) => x.address);
    await port.readForm();
    await port.markErrorCells([a, b], "FFF9E1");
    let stale = 0;
    const unsubscribe = await port.onWorkbookChanged(() => stale++);
    await fake.eventsDelivered();
    await settle();
    expect(stale).toBe(0);

    // a re-check while subscribed: its repaint is ours too
    await port.markErrorCells([b], "FFF9E1");
    await fake.eventsDelivered();
    await settle();
    expect(stale).toBe(0);

    // the officer types in another cell at once, then in a painted one after a while
    await fake.fireChanged("BaoCao", "Z90");
    await settle();
    expect(stale).toBe(1);
    clock += OWN_WRITE_WINDOW_MS + 1;
    await fake.fireChanged("BaoCao", b.split("!")[1]);
    await settle();
    expect(stale).toBe(2);
    unsubscribe();
  });
});
