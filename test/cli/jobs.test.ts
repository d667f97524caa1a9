// `--jobs N`: reading on worker threads gives byte for byte the output of reading in one
// thread (input order kept), a worker that dies costs one file and not the run, and bad values
// are usage errors.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { WORKER_CRASHED_TEXT } from "../../src/core/read";
import { MIN_FILES_FOR_WORKERS, readWorkerCount } from "../../src/cli/io/read-jobs";
import { bdg, buildCli, REPO, sha256, tempDir } from "./helpers/run-bdg";
import { writeForeignWorkbook, writeForm } from "./helpers/forms";

let root: string;
let inbox: string;
const hashes = new Map<string, string>();

beforeAll(async () => {
  buildCli();
  root = tempDir("bdg-jobs-");
  inbox = join(root, "hop-thu");
  mkdirSync(join(inbox, "lan-2"), { recursive: true });
  const units = ["X_VINH_TU", "X_VINH_THAI", "P_YTE", "TT_HO_XA", "X_VINH_LAM"];
  for (const unit of units) await writeForm(join(inbox, `${unit}.xlsx`), { unit, reportDate: "2024-12-05" });
  // Later copies of two units: X_VINH_TU with an error (the first is superseded), P_YTE identical (a duplicate).
  await writeForm(join(inbox, "lan-2", "X_VINH_TU.xlsx"), { unit: "X_VINH_TU", reportDate: "2024-12-11", values: { BL02: 12, "BL02.NU": 15 } });
  await writeForm(join(inbox, "lan-2", "P_YTE.xlsx"), { unit: "P_YTE", reportDate: "2024-12-08" });
  await writeForm(join(inbox, "P_TUPHAP-6-thang.xlsx"), { unit: "P_TUPHAP", period: "2024-H1", reportDate: "2024-06-01" });
  await writeForm(join(inbox, "khong-meta.xlsx"), { unit: "P_GDDT", withoutMeta: true });
  await writeForeignWorkbook(join(inbox, "danh-ba.xlsx"));
  writeFileSync(join(inbox, "hong.xlsx"), readFileSync(join(inbox, "P_YTE.xlsx")).subarray(0, 3000));
  writeFileSync(join(inbox, "van-ban.xlsx"), "Đây không phải tệp Excel\n");
  for (const f of ["X_VINH_TU.xlsx", "hong.xlsx", "danh-ba.xlsx"]) hashes.set(f, sha256(join(inbox, f)));
});

afterAll(() => {
  for (const [f, h] of hashes) expect(sha256(join(inbox, f))).toBe(h);
});

const consolidateArgs = ["consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-12", "--json"];

describe("same output whatever --jobs", () => {
  let inThread: string;
  beforeAll(() => {
    const run = bdg([...consolidateArgs, "--jobs", "1"], root);
    expect(run.status).toBe(0);
    inThread = run.stdout;
  });

  it("the fixture gives many outcomes", () => {
    const outcomes = new Set((JSON.parse(inThread) as { files: { outcome: string }[] }).files.map((f) => f.outcome));
    expect([...outcomes].sort()).toEqual(["duplicate", "invalid", "not_a_report", "superseded", "unreadable", "used", "wrong_period"]);
  });

  it.each([["2"], ["3"], ["64"], [null]])("consolidate --jobs %s: byte-identical JSON", (jobs) => {
    const run = bdg(jobs === null ? consolidateArgs : [...consolidateArgs, "--jobs", jobs], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(inThread);
  });

  it("validate --jobs 2: byte-identical JSON and the same exit code as --jobs 1", () => {
    const one = bdg(["validate", "hop-thu", "--json", "--jobs", "1"], root);
    const two = bdg(["validate", "hop-thu", "--json", "--jobs", "2"], root);
    expect(one.status).toBe(2); // unreadable files are in the folder
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("a read worker that dies, end to end", () => {
  it("that file is unreadable with a Vietnamese reason; every other file as with --jobs 1", () => {
    // A copy of the bundle whose read-worker.cjs dies on one file, then behaves.
    const dist = join(root, "dist-cli");
    mkdirSync(dist, { recursive: true });
    copyFileSync(join(REPO, "dist-cli", "bdg.cjs"), join(dist, "bdg.cjs"));
    writeFileSync(
      join(dist, "read-worker.cjs"),
      `const { workerData } = require("node:worker_threads");
const on = workerData.port.on.bind(workerData.port);
workerData.port.on = (event, handler) =>
  on(event, (m) => {
    if (m.type === "judge" && m.job.display.endsWith("TT_HO_XA.xlsx")) throw new Error("hỏng giả lập");
    handler(m);
  });
require(${JSON.stringify(join(REPO, "dist-cli", "read-worker.cjs"))});
`,
    );
    const two = spawnSync(process.execPath, [join(dist, "bdg.cjs"), ...consolidateArgs, "--jobs", "2"], { cwd: root, encoding: "utf8" });
    const one = bdg([...consolidateArgs, "--jobs", "1"], root);
    expect(two.status).toBe(0);
    type Doc = { files: { file: string; outcome: string; reason: string | null }[]; units: { unit: string; status: string }[] };
    const withCrash = JSON.parse(two.stdout) as Doc;
    const normal = JSON.parse(one.stdout) as Doc;
    const lost = withCrash.files.find((f) => f.file.endsWith("TT_HO_XA.xlsx"));
    expect(lost?.outcome).toBe("unreadable");
    expect(lost?.reason).toContain(WORKER_CRASHED_TEXT);
    expect(withCrash.files.filter((f) => f !== lost)).toEqual(normal.files.filter((f) => !f.file.endsWith("TT_HO_XA.xlsx")));
    expect(withCrash.units.find((u) => u.unit === "TT_HO_XA")?.status).not.toBe(normal.units.find((u) => u.unit === "TT_HO_XA")?.status);
  });
});

describe("--jobs values", () => {
  it.each([
    [["consolidate", "hop-thu", "--period", "2024-Y", "--jobs", "0"], "từ 1 đến 64"],
    [["consolidate", "hop-thu", "--period", "2024-Y", "--jobs", "65"], "từ 1 đến 64"],
    [["consolidate", "hop-thu", "--period", "2024-Y", "--jobs", "2.5"], "số nguyên dương"],
    [["validate", "hop-thu", "--jobs", "hai"], "số nguyên dương"],
    [["validate", "hop-thu", "--jobs"], "--jobs cần một giá trị"],
  ])("bdg %j → exit 2: %s", (args, message) => {
    const run = bdg(args, root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it.each([["consolidate"], ["validate"]])("%s --help documents --jobs", (command) => {
    expect(bdg([command, "--help"]).stdout).toMatch(/--jobs N +Số luồng đọc tệp song song/);
  });
});

describe("readWorkerCount", () => {
  const big = MIN_FILES_FOR_WORKERS;
  it.each([
    // jobs (undefined = no --jobs), files, cores → workers
    [undefined, 0, 2, 0],
    [undefined, 26, 2, 0],
    [undefined, big - 1, 2, 0],
    [undefined, big, 2, 2],
    [undefined, 5000, 1, 0],
    [1, 5000, 2, 0],
    [2, 3, 2, 2],
    [4, 3, 2, 3],
    [3, 5000, 2, 3],
    [2, 0, 2, 0],
  ])("--jobs %s, %i files, %i cores → %i workers", (jobs, files, cores, workers) => {
    expect(readWorkerCount(jobs, files, cores)).toBe(workers);
  });
});
