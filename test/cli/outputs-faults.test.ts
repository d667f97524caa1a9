// Fault injection on real files and real processes (docs/contract.md §4.3): a full disk (a small
// tmpfs mounted here), a run killed with SIGKILL at every step of its write, a run stopped with
// SIGTERM or Ctrl-C, and two runs on one output. After each, the output is either the old file or
// a complete new one (every CRC good, readable by our reader), and no temporary file is left
// (for SIGKILL, after the next run). Steps are announced by bdg itself (BDG_TEST_STEPS=1,
// src/cli/io/write/fault-steps.ts): no timings.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bdg, buildCli, sha256, tempDir } from "./helpers/run-bdg";
import { writeForm } from "./helpers/forms";
import { completeSummaryAsOf, leftovers } from "./helpers/output-files";
import { bdgAsync, SteppedBdg, stepsOf } from "./helpers/stepped-bdg";

beforeAll(buildCli);

const OLD_AS_OF = "2024-12-01";
const NEW_AS_OF = "2024-12-12";
let root: string;
let oldSummary: string;
const consolidate = (out: string, asOf: string, ...more: string[]) => ["consolidate", "inbox", "--period", "2024-Y", "--as-of", asOf, "--out", out, ...more];

beforeAll(async () => {
  root = tempDir("bdg-faults-");
  mkdirSync(join(root, "inbox"));
  for (const unit of ["TT_HO_XA", "X_VINH_THAI", "P_YTE", "CA_HUYEN"]) await writeForm(join(root, "inbox", `${unit}.xlsx`), { unit });
  oldSummary = join(root, "tong-hop-cu.xlsx");
  expect(bdg(consolidate(oldSummary, OLD_AS_OF), root).status).toBe(0);
  expect(completeSummaryAsOf(oldSummary)).toBe(OLD_AS_OF);
});

describe("a run killed (SIGKILL) at each step of writing the summary", () => {
  let steps: readonly string[];
  beforeAll(async () => {
    const dir = join(root, "kill-steps");
    mkdirSync(dir);
    const { steps: seen, exit } = await stepsOf(consolidate(join(dir, "tong-hop.xlsx"), NEW_AS_OF), root);
    expect(exit.status).toBe(0);
    steps = seen;
  });

  it("announces the steps in order: locked, reading, then opened, wrote…, synced, renamed", () => {
    expect(steps.slice(0, 3)).toEqual(["locked", "reading", "opened tong-hop.xlsx"]);
    expect(steps.filter((s) => s === "wrote tong-hop.xlsx").length).toBeGreaterThanOrEqual(2); // killed mid-content too
    expect(steps.slice(-2)).toEqual(["synced tong-hop.xlsx", "renamed tong-hop.xlsx"]);
  });

  it("leaves the old file or a complete new one, and the next run cleans up and is not blocked", async () => {
    const renamedAt = steps.indexOf("renamed tong-hop.xlsx");
    for (let at = 0; at < steps.length; at++) {
      const dir = join(root, `kill-${at}`);
      mkdirSync(dir);
      const out = join(dir, "tong-hop.xlsx");
      copyFileSync(oldSummary, out);
      const before = sha256(out);

      const run = new SteppedBdg(consolidate(out, NEW_AS_OF), root);
      await run.advanceTo(at + 1);
      run.kill("SIGKILL");
      const exit = await run.exit;
      expect([at, steps[at], exit.signal]).toEqual([at, steps[at], "SIGKILL"]);

      if (at < renamedAt) expect([steps[at], sha256(out)]).toEqual([steps[at], before]);
      else expect([steps[at], completeSummaryAsOf(out)]).toEqual([steps[at], NEW_AS_OF]);
      // The lock (and from "opened" on, the temporary) stay behind: nothing can run after SIGKILL.
      expect(leftovers(dir).some((n) => n.endsWith(".lock"))).toBe(true);
      const temporaries = leftovers(dir).filter((n) => n.startsWith(".bdg-tmp-"));
      expect([steps[at], temporaries.length]).toEqual([steps[at], at >= steps.indexOf("opened tong-hop.xlsx") && at < renamedAt ? 1 : 0]);

      const next = bdg(consolidate(out, NEW_AS_OF), root);
      expect([steps[at], next.status]).toEqual([steps[at], 0]);
      expect(next.stderr).toContain(`Đã dọn ${1 + temporaries.length} tệp tạm`);
      expect([steps[at], leftovers(dir)]).toEqual([steps[at], []]);
      expect(completeSummaryAsOf(out)).toBe(NEW_AS_OF);
    }
  });
});

describe("a run that steps in the way only at its own pace", () => {
  it("waits at each step until told: the steps really hold the run", async () => {
    const dir = join(root, "hold");
    mkdirSync(dir);
    const out = join(dir, "tong-hop.xlsx");
    const run = new SteppedBdg(consolidate(out, NEW_AS_OF), root);
    await run.advanceTo(3); // opened: the temporary exists, the target does not yet
    expect(readdirSync(dir).filter((n) => n.startsWith(".bdg-tmp-"))).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain("tong-hop.xlsx");
    run.runFreely();
    expect((await run.exit).status).toBe(0);
    expect(completeSummaryAsOf(out)).toBe(NEW_AS_OF);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("a run stopped by SIGTERM or Ctrl-C (SIGINT) cleans up at once", () => {
  it.each([
    ["SIGTERM", "wrote tong-hop.xlsx", 143],
    ["SIGINT", "wrote tong-hop.xlsx", 130],
    ["SIGINT", "locked", 130],
    ["SIGTERM", "synced tong-hop.xlsx", 143],
  ] as const)("%s at step %s → exit %i, old file intact, no temporary, no lock", async (signal, step, code) => {
    const dir = tempDir("bdg-signal-");
    const out = join(dir, "tong-hop.xlsx");
    copyFileSync(oldSummary, out);
    const before = sha256(out);
    const { steps } = await stepsOf(consolidate(join(tempDir("bdg-signal-steps-"), "tong-hop.xlsx"), NEW_AS_OF), root);
    const at = steps.indexOf(step);
    expect(at).toBeGreaterThanOrEqual(0);

    const run = new SteppedBdg(consolidate(out, NEW_AS_OF), root);
    await run.advanceTo(at + 1);
    run.kill(signal);
    const exit = await run.exit;
    expect(exit.status).toBe(code);
    expect(exit.stderr).toContain("đã dừng theo yêu cầu");
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(out)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a folder made for the output is removed again when nothing was written into it", async () => {
    const dir = tempDir("bdg-signal-");
    const out = join(dir, "moi", "thang-12", "tong-hop.xlsx");
    const run = new SteppedBdg(consolidate(out, NEW_AS_OF), root);
    await run.advanceTo(1); // locked: the folders exist, holding the lock
    expect(statSync(join(dir, "moi", "thang-12")).isDirectory()).toBe(true);
    run.kill("SIGTERM");
    expect((await run.exit).status).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("two runs on one output", () => {
  it("the second waits, then exits 2 naming the first (pid, start time, command); the first completes", async () => {
    const dir = tempDir("bdg-two-");
    const out = join(dir, "tong-hop.xlsx");
    copyFileSync(oldSummary, out);
    const before = sha256(out);
    const first = new SteppedBdg(consolidate(out, NEW_AS_OF), root);
    await first.advanceTo(1); // holds the lock

    const second = await bdgAsync(consolidate(out, OLD_AS_OF, "--json"), root);
    expect(second.status).toBe(2);
    expect(second.stdout).toBe("");
    expect(second.stderr).toContain("Một lần chạy bdg khác đang ghi");
    expect(second.stderr).toContain(`tiến trình ${first.pid}`);
    expect(second.stderr).toMatch(/bắt đầu lúc \d{2}:\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    expect(second.stderr).toContain(`lệnh: bdg consolidate inbox --period 2024-Y --as-of ${NEW_AS_OF} --out ${out}`);
    expect(sha256(out)).toBe(before);

    first.runFreely();
    expect((await first.exit).status).toBe(0);
    expect(completeSummaryAsOf(out)).toBe(NEW_AS_OF);
    expect(leftovers(dir)).toEqual([]);
  });

  it("two runs sharing only the register: the second waits, then exits 2; the register is whole", async () => {
    const dir = tempDir("bdg-two-register-");
    const register = join(dir, "so-nhan.json");
    const first = new SteppedBdg([...consolidate(join(dir, "a.xlsx"), NEW_AS_OF), "--register", register], root);
    await first.advanceTo(1);
    const second = await bdgAsync([...consolidate(join(dir, "b.xlsx"), NEW_AS_OF), "--register", register], root);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`Một lần chạy bdg khác đang ghi ${register}`);
    first.runFreely();
    expect((await first.exit).status).toBe(0);
    expect(JSON.parse(readFileSync(register, "utf8")).entries).toHaveLength(4);
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "so-nhan.json"]);
  });

  it.each([1, 2, 3])("started together (round %i): never a mixed file, nothing left behind", async () => {
    const dir = tempDir("bdg-two-");
    const out = join(dir, "tong-hop.xlsx");
    copyFileSync(oldSummary, out);
    const [a, b] = await Promise.all([bdgAsync(consolidate(out, NEW_AS_OF), root), bdgAsync(consolidate(out, "2024-12-11"), root)]);
    // Each either wrote after the other (0) or gave up waiting (2); at least one wrote.
    expect([0, 2]).toContain(a.status);
    expect([0, 2]).toContain(b.status);
    expect([a.status, b.status]).toContain(0);
    expect([NEW_AS_OF, "2024-12-11"]).toContain(completeSummaryAsOf(out));
    expect(leftovers(dir)).toEqual([]);
  });
});

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) console.warn("outputs-faults: not root, the tmpfs tests (full disk, read-only disk) are skipped");
const onMounts = isRoot ? describe : describe.skip;

onMounts("a full disk and a read-only disk (tmpfs mounted by the test)", () => {
  const mounts: string[] = [];
  function mount(options: string): string {
    const dir = tempDir("bdg-tmpfs-");
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir]);
    mounts.push(dir);
    return dir;
  }
  afterAll(() => {
    for (const dir of mounts) {
      execFileSync("umount", [dir]);
      rmdirSync(dir);
    }
  });

  /** Room for the old summary and a lock, not for a second copy of the summary. */
  function nearlyFullDisk(): string {
    const size = statSync(oldSummary).size;
    const pages = Math.ceil(size / 4096) + 1 + Math.floor(size / 4096 / 2);
    return mount(`size=${pages * 4096},mode=0755`);
  }

  it("ENOSPC during the summary write: old file intact, JSON still printed, exit 3, no temporary", () => {
    const dir = nearlyFullDisk();
    const out = join(dir, "tong-hop.xlsx");
    copyFileSync(oldSummary, out);
    const before = sha256(out);
    const run = bdg(consolidate(out, NEW_AS_OF, "--json"), root);
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout).asOf).toBe(NEW_AS_OF);
    expect(run.stderr).toContain("ổ đĩa đã đầy (ENOSPC)");
    expect(run.stderr).toContain("mã thoát 3");
    expect(sha256(out)).toBe(before);
    expect(completeSummaryAsOf(out)).toBe(OLD_AS_OF);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
  });

  it("ENOSPC with no previous file: the table is printed, exit 3, and no file at all", () => {
    const dir = mount("size=16k,mode=0755");
    const out = join(dir, "tong-hop.xlsx");
    const run = bdg(consolidate(out, NEW_AS_OF), root);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain("TÌNH TRẠNG NỘP BÁO CÁO");
    expect(run.stdout).not.toContain("Đã ghi bảng tổng hợp");
    expect(run.stderr).toContain("ổ đĩa đã đầy (ENOSPC)");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("ENOSPC writing the register: the old register intact, JSON still printed, exit 3", () => {
    const dir = tempDir("bdg-register-full-");
    const register = join(dir, "so-nhan.json");
    // A register that knows nothing yet, then a disk with room for it and its lock only.
    writeFileSync(register, '{\n  "format": "bdg-register",\n  "format_version": 1,\n  "entries": [\n  ]\n}\n');
    const full = mount("size=8k,mode=0755");
    copyFileSync(register, join(full, "so-nhan.json"));
    const before = sha256(join(full, "so-nhan.json"));
    const run = bdg([...consolidate(join(dir, "tong-hop.xlsx"), NEW_AS_OF, "--json"), "--register", join(full, "so-nhan.json")], root);
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout).asOf).toBe(NEW_AS_OF);
    expect(run.stderr).toContain("Không ghi được sổ nhận");
    expect(run.stderr).toContain("ổ đĩa đã đầy (ENOSPC)");
    expect(sha256(join(full, "so-nhan.json"))).toBe(before);
    expect(readdirSync(full)).toEqual(["so-nhan.json"]);
    expect(completeSummaryAsOf(join(dir, "tong-hop.xlsx"))).toBe(NEW_AS_OF); // the other output is written
  });

  it("ENOSPC in the middle of template --all: the forms written are whole, the rest absent, exit 3", () => {
    // 27 locks take a page each; the rest holds a few forms of ~13 KB.
    const dir = mount("size=200k,mode=0755");
    const run = bdg(["template", "--all", "--period", "2024-Y", "--out-dir", join(dir, "bieu-mau")], root);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("ổ đĩa đã đầy (ENOSPC)");
    const names = readdirSync(join(dir, "bieu-mau"));
    expect(names.filter((n) => n.startsWith(".bdg-"))).toEqual([]);
    expect(names.length).toBeLessThan(27);
    for (const name of names) {
      const check = bdg(["validate", join(dir, "bieu-mau", name), "--json"]);
      expect(JSON.parse(check.stdout).files[0].readable).toBe(true);
    }
  });

  it("a read-only folder is found before any input is read: exit 2, nothing printed, nothing left", async () => {
    const dir = mount("ro,size=16k");
    for (const out of [join(dir, "tong-hop.xlsx"), join(dir, "con", "tong-hop.xlsx")]) {
      const { steps, exit } = await stepsOf(consolidate(out, NEW_AS_OF), root);
      expect(exit.status).toBe(2);
      expect(steps).toEqual([]);
      expect(exit.stdout).toBe("");
      expect(exit.stderr).toContain("ổ đĩa hoặc thư mục chỉ cho đọc (EROFS)");
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});

describe("an output folder that cannot be made", () => {
  it("a file in the way of the folder: exit 2 before reading, in Vietnamese", async () => {
    const dir = tempDir("bdg-notdir-");
    writeFileSync(join(dir, "ghi-chu.txt"), "x");
    const { steps, exit } = await stepsOf(consolidate(join(dir, "ghi-chu.txt", "tong-hop.xlsx"), NEW_AS_OF), root);
    expect(exit.status).toBe(2);
    expect(steps).toEqual([]);
    expect(exit.stderr).toContain("một phần của đường dẫn là tệp chứ không phải thư mục (ENOTDIR)");
    expect(readdirSync(dir)).toEqual(["ghi-chu.txt"]);
  });
});
