// Whole processes measured from outside: CPU time (user + sys of every thread, bench/rusage.cjs),
// wall time and peak RSS of one run, and rounds of several variants interleaved so that machine
// load (2 cores shared with other work) falls on every variant alike.
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./forms.mjs";

const RUSAGE = join(REPO, "bench", "rusage.cjs");

/**
 * Runs `node -r rusage.cjs ...args` once; stdout goes to `stdoutFile` (a real file, as a clerk's
 * `> out.json` would), stderr is kept for errors.
 */
export function runProcess(args, { stdoutFile, work, nodeArgs = [], env = {} }) {
  const usageFile = join(work, `rusage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const out = openSync(stdoutFile, "w");
  const start = performance.now();
  let run;
  try {
    run = spawnSync(process.execPath, [...nodeArgs, "-r", RUSAGE, ...args], {
      stdio: ["ignore", out, "pipe"],
      env: { ...process.env, ...env, BDG_BENCH_RUSAGE: usageFile },
      maxBuffer: 64 * 1024 * 1024,
      encoding: "utf8",
    });
  } finally {
    closeSync(out);
  }
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(" ")} → exit ${run.status}: ${run.stderr}`);
  if (!existsSync(usageFile)) throw new Error(`${args.join(" ")}: no resource usage written`);
  const u = JSON.parse(readFileSync(usageFile, "utf8"));
  return { cpuMs: (u.userUs + u.sysUs) / 1000, userMs: u.userUs / 1000, sysMs: u.sysUs / 1000, wallMs, maxRssKb: u.maxRssKb };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median and the range of the middle runs (all runs when fewer than 5). */
export function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  const cut = s.length >= 5 ? 1 : 0;
  return { median: median(s), low: s[cut], high: s[s.length - 1 - cut], n: s.length };
}

/**
 * `rounds` rounds; each round runs every variant once, the order rotated from round to round (no
 * variant always first or always right after another). Returns the runs by variant name, round
 * by round, so ratios can be taken within a round (a pair run side by side in time).
 * A variant may have `before()`, run untimed right before each of its runs.
 */
export function interleaved(variants, rounds, { work, onRun = () => undefined }) {
  const runs = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(r + k) % variants.length];
      v.before?.(); // untimed set-up of the run (e.g. no output left by the last run)
      const run = runProcess(v.args, { stdoutFile: join(work, `${v.name}.out`), work, nodeArgs: v.nodeArgs, env: v.env });
      runs[v.name][r] = run;
      onRun(v.name, r, run);
    }
  }
  return runs;
}

/** Per-round ratio a / b of one measure ("cpuMs", "wallMs"). */
export function pairedRatios(runs, a, b, measure = "cpuMs") {
  return runs[a].map((run, r) => run[measure] / runs[b][r][measure]);
}

/** Busy and total jiffies of the whole machine (/proc/stat), to tell how loaded it was. */
export function machineCpu() {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line;
    return { busy: user + nice + system + irq + softirq + (steal ?? 0), total: line.reduce((a, b) => a + b, 0), idle: idle + iowait };
  } catch {
    return null;
  }
}

export function loadAverage() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
  } catch {
    return null;
  }
}

/** CPU ticks of this process and of every child it has waited for (/proc/self/stat utime … cstime). */
export function ownTicks() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    // fields[0] is field 3 (state): utime, stime, cutime, cstime are fields 14–17
    return fields[11] + fields[12] + fields[13] + fields[14];
  } catch {
    return null;
  }
}
