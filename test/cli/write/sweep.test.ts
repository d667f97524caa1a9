// The sweep of leftovers (src/cli/io/write/sweep.ts): only bdg's own temporaries and locks whose
// run is over go; everything else in the folder stays, whatever its name.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { sweepLeftovers } from "../../../src/cli/io/write/sweep";
import { hostTag, STALE_TEMPORARY_MS } from "../../../src/cli/io/write/work-files";

const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid as number;
const here = hostTag();
const elsewhere = hostTag("may-khac");

function make(dir: string, name: string, ageMs = 0, text = "x"): void {
  writeFileSync(join(dir, name), text);
  const when = new Date(Date.now() - ageMs);
  utimesSync(join(dir, name), when, when);
}

describe("sweeping a folder before writing into it", () => {
  it("removes exactly the leftovers of dead runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "bdg-sweep-"));
    const dead = deadPid();
    const gone = [
      `.bdg-tmp-${here}-${dead}-0123456789ab`, // this machine, process dead
      `.bdg-tmp-${elsewhere}-1-0123456789ab`, // another machine, untouched for over an hour
      ".bdg-lock-tong-hop.xlsx.lock", // lock of a dead run
      ".bdg-lock-cu.xlsx.lock.break", // a breaker whose holder died
    ];
    make(dir, gone[0]);
    make(dir, gone[1], STALE_TEMPORARY_MS + 60_000);
    make(dir, gone[2], 0, JSON.stringify({ pid: dead, host: hostname(), startedAt: "", command: "" }));
    make(dir, gone[3], 120_000);
    const kept = [
      `.bdg-tmp-${here}-${process.ppid}-0123456789ab`, // a live process here
      `.bdg-tmp-${elsewhere}-1-ba9876543210`, // another machine, fresh: maybe writing now
      ".bdg-lock-dang-chay.xlsx.lock", // held by a live run
      ".bdg-tmp-khong-dung-mau", // our prefix, not our pattern
      ".bdg-ghi-chu",
      "tong-hop.xlsx",
      "~$tong-hop.xlsx",
      `bdg-tmp-${here}-${dead}-0123456789ab`, // no leading dot: not ours
    ];
    make(dir, kept[0]);
    make(dir, kept[1]);
    make(dir, kept[2], 0, JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: "", command: "" }));
    for (const name of kept.slice(3)) make(dir, name, STALE_TEMPORARY_MS + 60_000);

    expect(sweepLeftovers(dir)).toBe(gone.length);
    expect(readdirSync(dir).sort()).toEqual([...kept].sort());
  });

  it("a folder that cannot be listed is left alone", () => {
    expect(sweepLeftovers(join(tmpdir(), "bdg-khong-co-thu-muc-nay"))).toBe(0);
  });
});
