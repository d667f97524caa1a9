// The lock of one output (src/cli/io/write/output-lock.ts), in this process, on real files: held
// → busy, released → free; a lock of a dead run, or one untouched for long, never blocks.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { acquireLock, LockBusyError, lockPathOf, STALE_LOCK_MS } from "../../../src/cli/io/write/output-lock";

const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid as number;
const dir = mkdtempSync(join(tmpdir(), "bdg-lock-"));
let n = 0;
const target = () => join(dir, `tong-hop-${++n}.xlsx`);

function plantLock(path: string, owner: object | string, ageMs = 0): void {
  const lock = lockPathOf(path);
  writeFileSync(lock, typeof owner === "string" ? owner : JSON.stringify(owner));
  const when = new Date(Date.now() - ageMs);
  utimesSync(lock, when, when);
}

describe("a lock per output", () => {
  it("is a file beside the output naming this run; release removes it", async () => {
    const out = target();
    const lock = await acquireLock(out, 0);
    expect(lock.path).toBe(join(dir, `.bdg-lock-tong-hop-${n}.xlsx.lock`));
    const owner = JSON.parse(readFileSync(lock.path, "utf8"));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    expect(owner.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it("held, a second taker gets LockBusyError naming the holder; after release it gets the lock", async () => {
    const out = target();
    const first = await acquireLock(out, 0);
    await expect(acquireLock(out, 0)).rejects.toBeInstanceOf(LockBusyError);
    await acquireLock(out, 0).catch((e: LockBusyError) => expect(e.owner?.pid).toBe(process.pid));
    first.release();
    (await acquireLock(out, 0)).release();
  });

  it("a very long output name still gives a lock name a file system accepts", async () => {
    const out = join(dir, `${"bảng tổng hợp ".repeat(15)}.xlsx`);
    const lock = await acquireLock(out, 0);
    expect(Buffer.byteLength(lock.path.slice(dir.length + 1))).toBeLessThan(255);
    lock.release();
  });

  it.each([
    ["a run on this machine that died", () => ({ pid: deadPid(), host: hostname(), startedAt: "", command: "bdg consolidate" }), 0],
    ["a run on another machine, untouched for longer than the stale age", () => ({ pid: 1, host: "may-khac", startedAt: "", command: "" }), STALE_LOCK_MS + 60_000],
    ["a lock cut off before its owner was written, not fresh", () => "", 60_000],
    ["a lock of garbage, not fresh", () => "{ không phải JSON", 60_000],
  ])("left by %s: taken at once", async (_what, owner, age) => {
    const out = target();
    plantLock(out, owner(), age);
    const lock = await acquireLock(out, 0);
    expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it.each([
    ["a live run on another machine (its process cannot be seen from here)", { pid: 1, host: "may-khac", startedAt: "2024-12-12T08:00:00+07:00", command: "bdg consolidate x" }],
    ["a live process on this machine", { pid: process.ppid, host: hostname(), startedAt: "", command: "" }],
    ["a lock being written right now (no owner yet, fresh)", ""],
  ])("held by %s: busy", async (_what, owner) => {
    const out = target();
    plantLock(out, owner);
    await expect(acquireLock(out, 0)).rejects.toBeInstanceOf(LockBusyError);
    expect(existsSync(lockPathOf(out))).toBe(true);
  });

  it("release never removes a lock another run has taken since", async () => {
    const out = target();
    const lock = await acquireLock(out, 0);
    // As if another run had broken ours and taken its own: a new file at the same name.
    unlinkSync(lock.path);
    plantLock(out, { pid: process.ppid, host: hostname(), startedAt: "", command: "other" });
    lock.release();
    expect(JSON.parse(readFileSync(lockPathOf(out), "utf8")).command).toBe("other");
  });
});
