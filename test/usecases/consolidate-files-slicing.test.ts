// consolidateFiles reads a few files ahead but judges them in input order, keeps only a bounded
// number of reads in flight, and gives the UI a turn only when a time slice (by an injected clock)
// is used up, reporting progress at those turns and after the last file.
import { withValues } from "../../src/core/form";
import { defaultPlan } from "../../src/core/plan";
import { consolidateFiles, inOrderAhead, readFileBytes, type InputFile, type ConsolidateProgress } from "../../src/usecases";
import { writeWorkbook } from "../../src/xlsx/write";
import { formOf, validValues } from "./form-values";

/** Every file's bytes in input order, `inFlight` reads ahead (the in-process judge's reading). */
const readAhead = (files: readonly InputFile[], inFlight: number) => inOrderAhead(files.length, (i) => readFileBytes(files[i]), inFlight);

const UNITS = ["X_VINH_THAI", "X_VINH_HA", "X_VINH_LONG", "X_VINH_GIANG", "P_YTE"];

/** Real .xlsx bytes of a valid form of each unit (written once, by the product's writer). */
let forms: Map<string, Uint8Array>;
beforeAll(async () => {
  forms = new Map();
  for (const unit of UNITS) {
    const form = formOf(unit, "2024-Y");
    forms.set(unit, await writeWorkbook(withValues(form, validValues(form), "2024-12-09")));
  }
});

/** A pending read whose bytes the test hands over when it chooses. */
interface ControlledRead {
  index: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Files whose reads stay pending until released, so the test sees how many are in flight. */
function controlledFiles(count: number, bytesOf: (i: number) => Uint8Array) {
  const started: ControlledRead[] = [];
  const files: InputFile[] = Array.from({ length: count }, (_, index) => ({
    name: `tep-${index}.xlsx`,
    lastModified: Date.UTC(2024, 11, 9, 3),
    bytes: () =>
      new Promise<Uint8Array>((resolve, reject) => {
        started.push({ index, resolve: () => resolve(bytesOf(index)), reject });
      }),
  }));
  return { files, started };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

describe("inOrderAhead over readFileBytes", () => {
  it.each([1, 3, 8])("keeps at most %i reads in flight and hands files out in input order, however reads finish", async (inFlight) => {
    const count = 10;
    const { files, started } = controlledFiles(count, (i) => new Uint8Array([i]));
    const out: number[] = [];
    let maxOutstanding = 0;
    const consumer = (async () => {
      for await (const read of readAhead(files, inFlight)) out.push(read.ok ? read.bytes[0] : -1);
    })();
    // Release the newest pending read first: completion order is the reverse of the input order.
    for (let released = 0; released < count; released++) {
      await tick();
      const outstanding = started.length - out.length;
      maxOutstanding = Math.max(maxOutstanding, outstanding);
      const pending = started.filter((r) => !("done" in r));
      const newest = pending[pending.length - 1];
      Object.assign(newest, { done: true });
      newest.resolve();
    }
    await consumer;
    expect(out).toEqual([...Array(count).keys()]);
    expect(maxOutstanding).toBe(Math.min(inFlight, count));
  });

  it("turns a failed read into an outcome, never a rejection", async () => {
    const { files, started } = controlledFiles(2, () => new Uint8Array([1]));
    const reads = (async () => {
      const out = [];
      for await (const read of readAhead(files, 4)) out.push(read);
      return out;
    })();
    await tick();
    started[0].reject(new Error("tệp đã bị xóa"));
    started[1].resolve();
    expect(await reads).toEqual([{ ok: false, message: "tệp đã bị xóa" }, { ok: true, bytes: new Uint8Array([1]) }]);
  });
});

describe("consolidateFiles with read-ahead", () => {
  it("gives each real form its own bytes although reads finish in reverse, and the summary of a sequential read", async () => {
    const names = [...UNITS.map((u) => `${u}.xlsx`), "hong.xlsx"];
    const bytesOf = (i: number) => forms.get(UNITS[i]) ?? new TextEncoder().encode("not a zip");
    const { files, started } = controlledFiles(names.length, bytesOf);
    const named = files.map((f, i) => ({ ...f, name: names[i] }));
    const request = { plan: defaultPlan, periodCode: "2024-Y", asOf: "2024-12-15", sliceMs: 0 };
    const running = consolidateFiles({ ...request, files: named, readAhead: 4 });
    for (let released = 0; released < names.length; released++) {
      await tick();
      const pending = started.filter((r) => !("done" in r));
      const newest = pending[pending.length - 1];
      Object.assign(newest, { done: true });
      newest.resolve();
    }
    const summary = await running;
    const unitOf = Object.fromEntries(summary.files.map((f) => [f.file, [f.unit, f.outcome]]));
    expect(unitOf).toEqual({
      ...Object.fromEntries(UNITS.map((u) => [`${u}.xlsx`, [u, "used"]])),
      "hong.xlsx": [null, "unreadable"],
    });
    const sequential = names.map((name, i) => ({ name, lastModified: named[i].lastModified, bytes: async () => bytesOf(i) }));
    expect(summary).toEqual(await consolidateFiles({ ...request, files: sequential, readAhead: 1 }));
  });
});

describe("consolidateFiles time slicing", () => {
  /** A clock that moves `step` ms each time it is read: reading it once per file makes each file "cost" step ms. */
  function steppingClock(step: number): () => number {
    let t = 0;
    return () => (t += step);
  }

  it.each([
    // sliceMs, expected progress steps (done), UI turns after file n
    [0, [1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6]],
    [25, [3, 6, 7], [3, 6]],
    [45, [5, 7], [5]],
    [1000, [7], []],
  ])("slice %i ms (10 ms a file): progress at %j, UI turns after files %j", async (sliceMs, progressAt, turnsAfter) => {
    const bytes = forms.get("X_VINH_THAI") as Uint8Array;
    const files: InputFile[] = Array.from({ length: 7 }, (_, i) => ({ name: `f${i + 1}.xlsx`, lastModified: null, bytes: async () => bytes }));
    const progress: ConsolidateProgress[] = [];
    const turns: number[] = [];
    await consolidateFiles({
      plan: defaultPlan,
      periodCode: "2024-Y",
      asOf: "2024-12-15",
      files,
      now: steppingClock(10),
      sliceMs,
      onProgress: (p) => progress.push(p),
      yieldToUi: async () => {
        turns.push(progress[progress.length - 1].done);
      },
    });
    expect(progress.map((p) => p.done)).toEqual(progressAt);
    expect(progress.map((p) => p.file)).toEqual(progressAt.map((n) => `f${n}.xlsx`));
    expect(progress.every((p) => p.total === 7)).toBe(true);
    expect(turns).toEqual(turnsAfter);
  });
});
