// `npm run bench`: how fast `bdg consolidate` reads whole folders, against the floor of only
// unzipping the same files (goal ≤ 2× the floor per file at N = 1,000; peak memory
// flat as N grows). May take a few minutes. Prints a table; asserts nothing.
//
// Usage: node scripts/bench.mjs [N ...]        (default 30 1000 5000)
//
// The forms are real: `bdg demo` writes 26 filled forms of the built-in plan; each bench file is
// one of them with its numbers scaled by patching the sheet XML and re-zipping with fflate (a
// writer pass per file would take minutes for 5,000 files). Most units appear many times, so
// the run exercises duplicates (superseded) as well as used and invalid forms.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(repo, "bin", "bdg.cjs");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const N_LIST = sizes.length > 0 ? sizes : [30, 1000, 5000];
const work = mkdtempSync(join(tmpdir(), "bdg-bench-"));

function log(text) {
  process.stderr.write(`${text}\n`);
}

// ---- the CLI, built ----------------------------------------------------------------------
execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: repo, stdio: "inherit" });

// ---- base forms: the demo inbox ------------------------------------------------------------
log("bench: tạo biểu mẫu gốc bằng `bdg demo` …");
execFileSync(process.execPath, [bin, "demo", "--out-dir", join(work, "demo")], { stdio: "ignore" });
const baseDir = join(work, "demo", "hop-thu");
const bases = readdirSync(baseDir)
  .sort()
  .map((name) => unzipSync(new Uint8Array(readFileSync(join(baseDir, name)))));

/** The report sheet's part: the one whose XML holds the "Mã" header cells (exceljs: sheet1.xml). */
function reportSheetPath(entries) {
  return Object.keys(entries).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && p.endsWith("sheet1.xml"));
}

/**
 * Multiplies every plain number of column E (the input values) by `factor`: a whole multiple
 * keeps every "part ≤ whole" and "sum of parts ≤ whole" true, so clean forms stay clean. Only
 * cells without a `t` attribute are numbers: shared strings (t="s") hold an index that must not
 * move; formula cells (<f>) are left alone.
 */
function patchedForm(entries, factor) {
  const path = reportSheetPath(entries);
  const xml = strFromU8(entries[path]);
  const numberCell = /(<c r="E\d+"(?:\s+s="\d+")?>)<v>(\d+(?:\.\d+)?)<\/v>/g;
  const count = (xml.match(numberCell) ?? []).length;
  let seen = 0;
  // The last number of column E is the report date (below the table): it keeps its day.
  const patched = xml.replace(numberCell, (m, open, num) => (++seen === count ? m : `${open}<v>${Number(num) * factor}</v>`));
  return zipSync({ ...entries, [path]: strToU8(patched) }, { level: 6 });
}

function makeFolder(n) {
  const dir = join(work, `n${n}`);
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length];
    const factor = 1 + (Math.floor(i / bases.length) % 5);
    writeFileSync(join(dir, `f${String(i).padStart(5, "0")}.xlsx`), patchedForm(base, factor));
  }
  log(`bench: ${n} tệp trong ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return dir;
}

// ---- (a) bdg consolidate end to end, with peak RSS ------------------------------------------
// A tiny wrapper runs the bundle in-process and prints its peak RSS on exit (process.resourceUsage,
// in KB on Linux), so no /usr/bin/time is needed.
const WRAPPER = `
process.on("exit", () => process.stderr.write("\\nBDG_BENCH_MAXRSS_KB " + process.resourceUsage().maxRSS + "\\n"));
require(process.argv[1]);
`;

function runConsolidate(dir) {
  const outFile = join(work, "out.json");
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    ["-e", WRAPPER, bin, "consolidate", dir, "--period", "2024-Y", "--as-of", "2024-12-12", "--json"],
    { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`consolidate failed (${run.status}): ${run.stderr}`);
  writeFileSync(outFile, run.stdout);
  const doc = JSON.parse(run.stdout);
  const rss = /BDG_BENCH_MAXRSS_KB (\d+)/.exec(run.stderr);
  const outcomes = {};
  for (const f of doc.files) outcomes[f.outcome] = (outcomes[f.outcome] ?? 0) + 1;
  return { ms, peakMb: rss ? Number(rss[1]) / 1024 : NaN, outcomes };
}

// The wrapper passes argv[1] = the bundle path; bdg reads process.argv.slice(2) = the command.
// Check that once, on an empty folder: this is also the fixed start-up cost.
const emptyDir = join(work, "empty");
mkdirSync(emptyDir);
const startup = runConsolidate(emptyDir);

// ---- (b) the floor: read + unzip only, one process --------------------------------------------
function unzipFloor(dir) {
  const names = readdirSync(dir).sort();
  const start = performance.now();
  let entries = 0;
  for (const name of names) entries += Object.keys(unzipSync(new Uint8Array(readFileSync(join(dir, name))))).length;
  const ms = performance.now() - start;
  if (entries === 0) throw new Error("nothing unzipped");
  return ms;
}

// ---- optional: the reader benchmark of bench/read-xlsx.bench.ts on these real forms ------------
async function readerBench(dir) {
  const source = join(repo, "bench", "read-xlsx.bench.ts");
  if (!existsSync(source)) return null;
  try {
    const { build } = await import("esbuild");
    const outfile = join(repo, "node_modules", ".cache", "bdg-bench", "read-xlsx.bench.cjs");
    await build({ entryPoints: [source], bundle: true, platform: "node", format: "cjs", outfile, external: ["exceljs", "fflate"], logLevel: "warning" });
    const { benchReadXlsx } = createRequire(import.meta.url)(outfile);
    if (typeof benchReadXlsx !== "function") return null;
    const files = readdirSync(dir).sort().map((n) => new Uint8Array(readFileSync(join(dir, n))));
    return benchReadXlsx(files, 7);
  } catch (e) {
    log(`bench: bỏ qua read-xlsx.bench.ts (${e instanceof Error ? e.message : e})`);
    return null;
  }
}

// ---- run ----------------------------------------------------------------------------------------
const rows = [];
let reader = null;
for (const n of N_LIST) {
  const dir = makeFolder(n);
  const avgKb = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0) / n / 1024;
  unzipFloor(dir); // warm the page cache so both sides read from memory
  const floorMs = unzipFloor(dir);
  const cli = runConsolidate(dir);
  rows.push({ n, avgKb, floorMs, cli });
  if (n === 1000 || (reader === null && n === N_LIST[N_LIST.length - 1])) reader = (await readerBench(dir)) ?? reader;
  rmSync(dir, { recursive: true, force: true });
}

const pad = (s, w) => String(s).padStart(w);
console.log(`\nbdg consolidate vs unzip floor (node ${process.version}, ${bases.length} distinct demo forms, values scaled)`);
console.log(`start-up (empty folder): ${startup.ms.toFixed(0)} ms, peak RSS ${startup.peakMb.toFixed(0)} MB\n`);
console.log(
  [pad("N", 6), pad("KB/file", 8), pad("floor ms/f", 11), pad("bdg ms/f", 9), pad("(−start)", 9), pad("ratio", 6), pad("(−start)", 9), pad("peak MB", 8), "  outcomes"].join(" "),
);
for (const { n, avgKb, floorMs, cli } of rows) {
  const floorPer = floorMs / n;
  const cliPer = cli.ms / n;
  const cliNoStart = Math.max(0, cli.ms - startup.ms) / n;
  console.log(
    [
      pad(n, 6),
      pad(avgKb.toFixed(1), 8),
      pad(floorPer.toFixed(3), 11),
      pad(cliPer.toFixed(3), 9),
      pad(cliNoStart.toFixed(3), 9),
      pad((cliPer / floorPer).toFixed(2), 6),
      pad((cliNoStart / floorPer).toFixed(2), 9),
      pad(cli.peakMb.toFixed(0), 8),
      `  ${JSON.stringify(cli.outcomes)}`,
    ].join(" "),
  );
}
console.log("\n(bdg ms/f = whole run incl. node start-up, reading, validating, consolidating and printing the JSON;");
console.log(" (−start) subtracts the empty-folder run; ratio = bdg ÷ floor per file)");
if (reader) {
  console.log(
    `\nreadXlsx alone (bench/read-xlsx.bench.ts on ${reader.files} of these forms): floor ${reader.floorMsPerFile.toFixed(3)} ms/file, ` +
      `reader ${reader.readerMsPerFile.toFixed(3)} ms/file, ${reader.ratio.toFixed(2)}× floor`,
  );
}
rmSync(work, { recursive: true, force: true });
// Issue 4: round trips per use case (fake Excel), the task pane's first-load size and "Tổng hợp" of 500 forms in headless Chromium.
execFileSync(process.execPath, [join(repo, "bench", "run-ts.mjs"), join(repo, "bench", "round-trips.bench.ts")], { stdio: "inherit" });
execFileSync(process.execPath, [join(repo, "bench", "taskpane.bench.mjs"), "500"], { stdio: "inherit" });
