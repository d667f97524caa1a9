// Where a `bdg consolidate` run spends its CPU: node --cpu-prof on the bundle, self time summed by
// source module (esbuild writes a "// src/…" comment before each module's code in the bundle)
// and by function. Used by `npm run bench -- --profile`; prints a table, asserts nothing.
// Usage: node bench/profile.mjs DIR [bdg options…]   (default: --period 2024-Y --as-of 2024-12-12 --json)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BDG_BUNDLE } from "./forms.mjs";

/** The bundle's code: dist-cli/bdg.cjs holds it as a string (scripts/cli-loader.cjs), compiled from its line 1. */
function bundleSource(bundlePath) {
  const text = readFileSync(bundlePath, "utf8");
  const held = /^const BUNDLE_SOURCE = (".*");$/m.exec(text);
  return held ? JSON.parse(held[1]) : text;
}

/** Bundle line → the source module whose code it is. */
function moduleLines(bundlePath) {
  const lines = bundleSource(bundlePath).split("\n");
  const marks = [];
  lines.forEach((line, n) => {
    const m = /^\/\/ (?:\S*\/)?(src\/\S+|node_modules\/\S+)$/.exec(line);
    if (m) marks.push({ line: n, module: m[1].replace(/^node_modules\/([^/]+)\/.*$/, "$1 (node_modules)") });
  });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = "(bundle runtime)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid].line <= line) {
        found = marks[mid].module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export function profileRun(dir, bdgArgs = ["--period", "2024-Y", "--as-of", "2024-12-12", "--json"]) {
  const out = mkdtempSync(join(tmpdir(), "bdg-prof-"));
  try {
    const run = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", out, BDG_BUNDLE, "consolidate", dir, ...bdgArgs], {
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(run.stderr);
    const file = readdirSync(out).find((f) => f.endsWith(".cpuprofile"));
    const profile = JSON.parse(readFileSync(join(out, file), "utf8"));
    return summarize(profile);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function summarize(profile) {
  const moduleOf = moduleLines(BDG_BUNDLE);
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const byModule = new Map();
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    let where;
    if (url.endsWith("bdg.cjs")) where = moduleOf(lineNumber);
    else if (url === "") where = `(${functionName || "native"})`;
    else where = url.replace(/^.*node_modules\//, "").replace(/^node:/, "node:");
    byModule.set(where, (byModule.get(where) ?? 0) + us);
    const fn = `${functionName || "(anonymous)"} ${where}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (map, k) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => ({ name, ms: us / 1000, pct: (100 * us) / total }));
  return { totalMs: total / 1000, modules: top(byModule, 18), functions: top(byFunction, 22), modulesAll: top(byModule, Infinity), functionsAll: top(byFunction, Infinity) };
}

export function printProfile(title, p) {
  console.log(`\n${title}: ${p.totalMs.toFixed(0)} ms sampled (main thread)`);
  console.log("  by module (self time):");
  for (const m of p.modules) console.log(`    ${m.pct.toFixed(1).padStart(5)} %  ${m.ms.toFixed(0).padStart(5)} ms  ${m.name}`);
  console.log("  by function (self time):");
  for (const f of p.functions) console.log(`    ${f.pct.toFixed(1).padStart(5)} %  ${f.ms.toFixed(0).padStart(5)} ms  ${f.name}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...rest] = process.argv.slice(2);
  printProfile(`bdg consolidate ${dir}`, profileRun(dir, rest.length > 0 ? rest : undefined));
}
