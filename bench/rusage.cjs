// Preloaded into every measured process (node -r bench/rusage.cjs …): when the process ends it
// writes its own resource usage to the file named by BDG_BENCH_RUSAGE. process.resourceUsage() is
// getrusage(RUSAGE_SELF): CPU of every thread of the process (read workers and V8's compiler and
// GC threads included), in microseconds, and the peak resident set size in KB.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process */
"use strict";
const { isMainThread } = require("node:worker_threads");
const target = process.env.BDG_BENCH_RUSAGE;
if (isMainThread && target) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    require("node:fs").writeFileSync(target, JSON.stringify({ userUs: u.userCPUTime, sysUs: u.systemCPUTime, maxRssKb: u.maxRSS }));
  });
}
