// The read pool (src/cli/io/read-pool.ts: the shared judging pool on worker threads) on real files
// and the real bundled worker: the same reports, in input order, for 0, 1, 2 or 3 workers; a worker
// that dies costs only the file it was reading (unreadable with the crash wording, its file time
// kept) and the run goes on.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultPlan } from "../../src/core/plan";
import { WORKER_CRASHED_TEXT, type FileReport } from "../../src/core/read";
import type { FoundFile } from "../../src/cli/io/find-xlsx";
import { inspectInput } from "../../src/cli/io/inspect-input";
import { inspectAll } from "../../src/cli/io/read-pool";
import { buildCli, REPO, tempDir } from "./helpers/run-bdg";
import { writeForeignWorkbook, writeForm } from "./helpers/forms";

const WORKER = join(REPO, "dist-cli", "read-worker.cjs");

let dir: string;
let files: FoundFile[];
let inProcess: FileReport[];

function found(name: string): FoundFile {
  return { display: `inbox/${name}`, absolute: resolve(dir, name) };
}

/** A worker that runs the real one, but dies on files whose name holds DIE_BY_THROW or DIE_BY_EXIT. */
function dyingWorker(): string {
  const path = join(dir, "dying-worker.cjs");
  writeFileSync(
    path,
    `const { workerData } = require("node:worker_threads");
const on = workerData.port.on.bind(workerData.port);
workerData.port.on = (event, handler) =>
  on(event, (m) => {
    if (m.type === "judge" && m.job.display.includes("DIE_BY_THROW")) throw new Error("hỏng giả lập");
    if (m.type === "judge" && m.job.display.includes("DIE_BY_EXIT")) process.exit(7);
    handler(m);
  });
require(${JSON.stringify(WORKER)});
`,
  );
  return path;
}

beforeAll(async () => {
  buildCli();
  dir = tempDir("bdg-pool-");
  const units = ["X_VINH_TU", "X_VINH_THAI", "P_YTE", "TT_HO_XA", "X_VINH_LAM", "P_GDDT"];
  const names: string[] = [];
  for (const [i, unit] of units.entries()) {
    const name = `${String(i).padStart(2, "0")}-${unit}.xlsx`;
    await writeForm(join(dir, name), { unit, values: i === 2 ? { "CL04.NU": 5000 } : {} });
    names.push(name);
  }
  await writeForeignWorkbook(join(dir, "06-danh-ba.xlsx"));
  writeFileSync(join(dir, "07-hong.xlsx"), readFileSync(join(dir, names[0])).subarray(0, 2500));
  writeFileSync(join(dir, "08-van-ban.xlsx"), "không phải Excel\n");
  names.push("06-danh-ba.xlsx", "07-hong.xlsx", "08-van-ban.xlsx", "09-khong-co.xlsx");
  for (const [i, unit] of units.entries()) {
    await writeForm(join(dir, `${10 + i}-${unit}-lan-2.xlsx`), { unit, reportDate: "2024-12-09" });
    names.push(`${10 + i}-${unit}-lan-2.xlsx`);
  }
  files = names.map(found);
  inProcess = files.map((f) => inspectInput(defaultPlan, f));
});

describe("inspectAll on the bundled worker", () => {
  it("the fixture covers forms, an error, not-a-report and unreadable files", () => {
    expect(new Set(inProcess.map((r) => r.kind))).toEqual(new Set(["forms", "not_a_report", "unreadable"]));
  });

  it.each([0, 1, 2, 3])("%i worker(s): the in-thread reports, handed on in input order", async (workers) => {
    const order: string[] = [];
    const reports = await inspectAll({
      plan: defaultPlan,
      files,
      workers,
      workerScript: WORKER,
      onReport: (file, report) => {
        expect(report.file).toBe(file.display);
        order.push(file.display);
      },
    });
    expect(order).toEqual(files.map((f) => f.display));
    expect(reports).toEqual(inProcess);
  });

  it("no files: no reports, no worker needed", async () => {
    await expect(inspectAll({ plan: defaultPlan, files: [], workers: 2, workerScript: "/nowhere.cjs" })).resolves.toEqual([]);
  });
});

describe("a worker that dies", () => {
  it.each([
    ["an uncaught exception", "DIE_BY_THROW"],
    ["process.exit", "DIE_BY_EXIT"],
  ])("by %s: that file alone is unreadable, with its file time, every other file is read as usual", async (_how, marker) => {
    const victim = 4;
    const withVictim = files.map((f, i) => (i === victim ? { ...f, display: `${f.display}.${marker}` } : f));
    const reports = await inspectAll({ plan: defaultPlan, files: withVictim, workers: 2, workerScript: dyingWorker() });
    expect(reports).toHaveLength(files.length);
    const lost = reports[victim];
    expect(lost.kind).toBe("unreadable");
    if (lost.kind !== "unreadable") return;
    expect(lost.file).toBe(withVictim[victim].display);
    expect(lost.issue.params.reason).toBe(WORKER_CRASHED_TEXT);
    expect(lost.fileTime).toBe(inProcess[victim].fileTime);
    expect(lost.fileTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    reports.forEach((report, i) => {
      if (i !== victim) expect(report).toEqual(inProcess[i]);
    });
  });

  it("when every worker has died, the rest is read in this thread", async () => {
    // The pool gives the next file to the least busy worker: one worker holds files 0 and 2, the other 1 and 3.
    const dying = new Set([1, 2]);
    const withVictims = files.map((f, i) => (dying.has(i) ? { ...f, display: `${f.display}.DIE_BY_THROW` } : f));
    const readHere: string[] = [];
    const reports = await inspectAll({
      plan: defaultPlan,
      files: withVictims,
      workers: 2,
      workerScript: dyingWorker(),
      inspect: (plan, file) => {
        readHere.push(file.display);
        return inspectInput(plan, file);
      },
    });
    expect(reports.map((r) => r.kind === "unreadable" && r.issue.params.reason === WORKER_CRASHED_TEXT)).toEqual(
      files.map((_, i) => dying.has(i)),
    );
    reports.forEach((report, i) => {
      if (!dying.has(i)) expect(report).toEqual(inProcess[i]);
    });
    // Each worker died on its first or second file: the files after them were read here.
    expect(readHere).toEqual(expect.arrayContaining(files.slice(6).map((f) => f.display)));
  });
});
