// `npm run bench`: bdg consolidate against the physical floor, whole process against whole process.
// Every figure is CPU time (user + sys, all threads) of a whole `node` process, measured from
// outside (bench/rusage.cjs), in rounds where the variants run one after another in a rotating
// order (interleaved pairs: machine load hits every variant alike); ratios are taken within a
// round and the median over rounds is printed with its spread. Wall time is printed beside.
// The floor is a process that only reads every file and unzips it with fflate (bench/floor.mjs);
// beside it the same with Node's native zlib. Then memory kept per form (live heap after GC, and
// peak RSS) between two sizes, the task pane in Chromium (bench/taskpane.bench.mjs) and the round
// trips per use case on the fake Excel (bench/round-trips.bench.ts).
// Prints each goal with its figure and whether it is met; asserts nothing, exits 0.
//
// Usage: node scripts/bench.mjs [--sizes 27,1000] [--memory 1000,5000] [--rounds 5] [--pane 500]
//                               [--profile] [--quick]
//   --sizes    folder sizes for the CPU goals          --memory  the two sizes for memory (0 = skip)
//   --rounds   rounds of interleaved runs per size     --pane    forms for the task pane (0 = skip)
//   --profile  also profile bdg --json at the largest size (node --cpu-prof, self time by module)
//   --quick    3 rounds, memory at 500 and 2,000, no task pane
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { BDG_BUNDLE, buildCli, demoForms, REPO, writeInbox } from "../bench/forms.mjs";
import { interleaved, loadAverage, machineCpu, ownTicks, pairedRatios, summary } from "../bench/measure.mjs";
import { printProfile, profileRun } from "../bench/profile.mjs";

// ---- options --------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  return argv[at].includes("=") ? argv[at].slice(argv[at].indexOf("=") + 1) : argv[at + 1];
};
const numbers = (text) => String(text).split(",").map(Number).filter((n) => Number.isFinite(n) && n >= 0);
const quick = flag("quick");
const SIZES = numbers(option("sizes", "27,1000")).filter((n) => n > 0);
const MEMORY = numbers(option("memory", quick ? "500,2000" : "1000,5000")).filter((n) => n > 0);
const ROUNDS = Math.max(1, Number(option("rounds", quick ? 3 : 5)));
const PANE = Number(option("pane", quick ? 0 : 500));
const PERIOD = "2024-Y";
const AS_OF = "2024-12-12";

const log = (text) => process.stderr.write(`bench: ${text}\n`);
const work = mkdtempSync(join(tmpdir(), "bdg-bench-"));
const machineStart = machineCpu();
const loadStart = loadAverage();
const ownStart = ownTicks();

// ---- the variants: whole processes ----------------------------------------------------------
const summaryFile = join(work, "tong-hop.xlsx");
const consolidateArgs = (dir) => [BDG_BUNDLE, "consolidate", dir, "--period", PERIOD, "--as-of", AS_OF];
function variants(dir) {
  return [
    { name: "floor", args: [join(REPO, "bench", "floor.mjs"), "fflate", dir] },
    { name: "zlib", args: [join(REPO, "bench", "floor.mjs"), "zlib", dir] },
    { name: "json", args: [...consolidateArgs(dir), "--json"] },
    // A new summary each run: the file left by the previous run is removed first (untimed), so the
    // run writes, and does not first read the old summary to tell whether it may replace it.
    { name: "out", args: [...consolidateArgs(dir), "--out", summaryFile], before: () => rmSync(summaryFile, { force: true }) },
  ];
}

/** The JSON document of the last --json run: outcomes per file, a check that the run did its work. */
function outcomesOfLastJson() {
  const doc = JSON.parse(readFileSync(join(work, "json.out"), "utf8"));
  const outcomes = {};
  for (const f of doc.files) outcomes[f.outcome] = (outcomes[f.outcome] ?? 0) + 1;
  return outcomes;
}

// ---- run --------------------------------------------------------------------------------------
buildCli();
log("tạo biểu mẫu gốc bằng `bdg demo` …");
const bases = demoForms(work);

log(`khởi động (thư mục rỗng), ${ROUNDS + 2} vòng …`);
const emptyDir = join(work, "empty");
writeInbox(bases, emptyDir, 0);
const startupRuns = interleaved(
  [{ name: "node", args: ["-e", "0"] }, ...variants(emptyDir)],
  ROUNDS + 2,
  { work },
);

const sizeRows = [];
for (const n of SIZES) {
  const inbox = writeInbox(bases, join(work, `n${n}`), n);
  log(`N = ${n} (${inbox.kb.toFixed(1)} KB/tệp): ${ROUNDS} vòng × 4 tiến trình …`);
  // One untimed round first: page cache warm, bundle read once, for every variant alike.
  interleaved(variants(inbox.dir), 1, { work });
  const runs = interleaved(variants(inbox.dir), ROUNDS, { work });
  sizeRows.push({ n, kb: inbox.kb, runs, outcomes: outcomesOfLastJson(), dir: inbox.dir });
}

let profile = null;
if (flag("profile") && sizeRows.length > 0) {
  const last = sizeRows[sizeRows.length - 1];
  log(`đo hồ sơ CPU (--cpu-prof) ở N = ${last.n} …`);
  profile = { n: last.n, json: profileRun(last.dir), out: profileRun(last.dir, ["--period", PERIOD, "--as-of", AS_OF, "--out", join(work, "p.xlsx")]) };
}
// Why the ratios are what they are: the same judging in one warm process (bench/phases.bench.ts)
// at the largest size, against the whole processes' cost per form (printed below).
let phases = null;
if (sizeRows.length > 0 && !quick) {
  const last = sizeRows[sizeRows.length - 1];
  log(`các bước trong một tiến trình đã nóng (bench/phases.bench.ts) ở N = ${last.n} …`);
  const run = spawnSync(process.execPath, [join(REPO, "bench", "run-ts.mjs"), join(REPO, "bench", "phases.bench.ts"), last.dir, "3"], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  phases = run.status === 0 ? { n: last.n, text: run.stdout.trim() } : null;
}
for (const row of sizeRows) rmSync(row.dir, { recursive: true, force: true });

// Memory: at each of the two sizes, live heap after GC through the CLI's code path
// (bench/kept-memory.bench.ts) and peak RSS of whole --json and --out processes.
const memoryRows = [];
if (MEMORY.length >= 2) {
  for (const n of MEMORY.slice(0, 2)) {
    const inbox = writeInbox(bases, join(work, `m${n}`), n);
    log(`bộ nhớ ở N = ${n} …`);
    const kept = spawnSync(process.execPath, ["--expose-gc", join(REPO, "bench", "run-ts.mjs"), join(REPO, "bench", "kept-memory.bench.ts"), inbox.dir], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    if (kept.status !== 0) throw new Error(`kept-memory: ${kept.stderr}`);
    const rss = interleaved(variants(inbox.dir).filter((v) => v.name === "json" || v.name === "out"), 2, { work });
    memoryRows.push({ n, kept: JSON.parse(kept.stdout.trim().split("\n").pop()), rss });
    rmSync(inbox.dir, { recursive: true, force: true });
  }
}

let pane = null;
if (PANE > 0) {
  log(`task pane: ${PANE} biểu mẫu trong Chromium …`);
  const figures = join(work, "pane.json");
  const run = spawnSync(process.execPath, [join(REPO, "bench", "taskpane.bench.mjs"), String(PANE), "--figures", figures], { stdio: ["ignore", "inherit", "inherit"] });
  pane = run.status === 0 ? JSON.parse(readFileSync(figures, "utf8")) : { failed: run.status };
}
// The round trips per use case on the fake Excel (printed by the script itself; no goal here).
if (!quick) {
  const trips = spawnSync(process.execPath, [join(REPO, "bench", "run-ts.mjs"), join(REPO, "bench", "round-trips.bench.ts")], { stdio: ["ignore", "inherit", "inherit"] });
  if (trips.status !== 0) log(`round-trips.bench.ts thoát với mã ${trips.status}`);
}
const machineEnd = machineCpu();
const ownEnd = ownTicks();
const loadEnd = loadAverage();
rmSync(work, { recursive: true, force: true });

// ---- report -------------------------------------------------------------------------------------
const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const spread = (s, d = 0, unit = "") => `${f(s.median, d)}${unit} [${f(s.low, d)}–${f(s.high, d)}]`;
const cpu = (runs, name) => summary(runs[name].map((r) => r.cpuMs));
const wall = (runs, name) => summary(runs[name].map((r) => r.wallMs));
const pad = (s, w) => String(s).padStart(w);

console.log(`\nbdg consolidate, whole processes (node ${process.version}, ${availableParallelism()} cores: ${cpus()[0]?.model ?? "?"})`);
console.log(`CPU = user + sys of the whole process (all threads); median [spread over ${ROUNDS} rounds]; ratios within each round.`);

const names = { node: "node -e 0", floor: "floor: read + fflate.unzipSync", zlib: "floor: read + zlib.inflateRawSync", json: "bdg consolidate --json", out: "bdg consolidate --out tong-hop.xlsx" };
console.log(`\nStart-up (empty folder):`);
for (const name of ["node", "floor", "zlib", "json", "out"]) {
  console.log(`  ${names[name].padEnd(38)} CPU ${pad(spread(cpu(startupRuns, name), 0, " ms"), 22)}   wall ${f(wall(startupRuns, name).median)} ms`);
}

const goals = [];
for (const { n, kb, runs, outcomes } of sizeRows) {
  console.log(`\nN = ${n} forms (${f(kb, 1)} KB each); outcomes ${JSON.stringify(outcomes)}`);
  console.log(`  ${"".padEnd(38)} ${pad("CPU ms", 22)} ${pad("ms/form", 8)} ${pad("wall ms", 8)} ${pad("peak RSS", 9)}`);
  for (const name of ["floor", "zlib", "json", "out"]) {
    const c = cpu(runs, name);
    const rss = summary(runs[name].map((r) => r.maxRssKb / 1024)).median;
    console.log(`  ${names[name].padEnd(38)} ${pad(spread(c), 22)} ${pad(f(c.median / n, 3), 8)} ${pad(f(wall(runs, name).median), 8)} ${pad(f(rss) + " MB", 9)}`);
  }
  const ratio = (a, b, measure) => summary(pairedRatios(runs, a, b, measure));
  const jf = ratio("json", "floor", "cpuMs");
  const oj = ratio("out", "json", "cpuMs");
  console.log(`  ratios (CPU): zlib/floor ${spread(ratio("zlib", "floor", "cpuMs"), 2, "×")}, json/floor ${spread(jf, 2, "×")}, out/json ${spread(oj, 2, "×")}, out/floor ${spread(ratio("out", "floor", "cpuMs"), 2, "×")}`);
  console.log(`  ratios (wall): json/floor ${spread(ratio("json", "floor", "wallMs"), 2, "×")}, out/json ${spread(ratio("out", "json", "wallMs"), 2, "×")}`);
  goals.push({ goal: `--json ≤ 1.5× the floor at N = ${n}`, figure: `${spread(jf, 2, "×")} CPU`, met: jf.median <= 1.5 });
  goals.push({ goal: `--out ≤ 1.3× --json at N = ${n}`, figure: `${spread(oj, 2, "×")} CPU`, met: oj.median <= 1.3 });
}

if (sizeRows.length >= 2) {
  // CPU each further form costs a whole process, between the smallest and the largest folder: the
  // start-up cancels out, what is left is reading and judging, warm-up and JIT compiling included.
  const [a, b] = [sizeRows[0], sizeRows[sizeRows.length - 1]];
  const marginal = (name) => (cpu(b.runs, name).median - cpu(a.runs, name).median) / (b.n - a.n);
  console.log(`\nCPU per further form, N = ${a.n} → ${b.n} (whole processes, medians):`);
  for (const name of ["floor", "zlib", "json", "out"]) console.log(`  ${names[name].padEnd(38)} ${f(marginal(name), 3)} ms/form`);
}
if (phases) {
  console.log(`\nThe same work in one warm process (bench/phases.bench.ts, N = ${phases.n}): what a form costs once V8 has compiled the code;`);
  console.log(`the whole process's cost per form above minus this is warming up (interpreted code, JIT compiling on the other core).`);
  for (const line of phases.text.split("\n").slice(1)) console.log(line);
}

if (memoryRows.length === 2) {
  const [a, b] = memoryRows;
  const dn = b.n - a.n;
  const perForm = (x, y) => (y - x) / dn / 1024;
  console.log(`\nMemory between N = ${a.n} and N = ${b.n} (KB per form = growth ÷ ${dn}):`);
  const keptPer = perForm(a.kept.withSummary - a.kept.base, b.kept.withSummary - b.kept.base);
  console.log(`  live heap after GC, reports + summary (what the run holds at its peak): ${f(keptPer, 2)} KB/form`);
  console.log(`    reports alone ${f(perForm(a.kept.afterRead - a.kept.base, b.kept.afterRead - b.kept.base), 2)} KB/form; summary alone ${f(perForm(a.kept.summaryOnly - a.kept.empty, b.kept.summaryOnly - b.kept.empty), 2)} KB/form`);
  console.log(`    parts of the reports (dropped in this order while the summary lives; KB per form):`);
  for (const part of Object.keys(b.kept.parts)) console.log(`      ${part.padEnd(32)} ${pad(f(perForm(a.kept.parts[part], b.kept.parts[part]), 2), 7)}`);
  for (const name of ["json", "out"]) {
    const ra = summary(a.rss[name].map((r) => r.maxRssKb)).median;
    const rb = summary(b.rss[name].map((r) => r.maxRssKb)).median;
    console.log(`  peak RSS ${names[name].padEnd(38)} ${f(ra / 1024)} MB → ${f(rb / 1024)} MB: ${f((rb - ra) / dn, 2)} KB/form`);
  }
  goals.push({ goal: `≤ 5 KB kept per form (N = ${a.n} → ${b.n}, live heap after GC)`, figure: `${f(keptPer, 2)} KB/form`, met: keptPer <= 5 });
}

if (profile) {
  printProfile(`Profile of bdg consolidate --json, N = ${profile.n}`, profile.json);
  printProfile(`Profile of bdg consolidate --out, N = ${profile.n}`, profile.out);
}

if (pane) {
  if (pane.failed !== undefined) goals.push({ goal: `task pane ≤ 1 ms per form at ${PANE} forms`, figure: `bench failed (exit ${pane.failed})`, met: false });
  else {
    const range = (r) => `[${f(r[0], 3)}–${f(r[1], 3)}]`;
    goals.push({ goal: `task pane ≤ 1 ms per form at ${pane.n} forms, first click on a fresh pane (Chromium, click → summary shown)`, figure: `${f(pane.coldMsPerForm, 3)} ms/form ${range(pane.coldRange)}`, met: pane.coldMsPerForm <= 1 });
    goals.push({ goal: `task pane ≤ 1 ms per form at ${pane.n} forms, later clicks (workers warm)`, figure: `${f(pane.warmMsPerForm, 3)} ms/form ${range(pane.warmRange)}`, met: pane.warmMsPerForm <= 1 });
  }
}

console.log(`\nGoals:`);
for (const g of goals) console.log(`  ${g.met ? "MET    " : "NOT MET"}  ${g.goal}: ${g.figure}`);

if (machineStart && machineEnd && ownStart !== null && ownEnd !== null) {
  // /proc/stat counts in ticks (USER_HZ = 100 on Linux); total is summed over every core.
  const cores = availableParallelism();
  const busy = machineEnd.busy - machineStart.busy;
  const elapsed = (machineEnd.total - machineStart.total) / cores;
  const othersCores = Math.max(0, busy - (ownEnd - ownStart)) / elapsed;
  console.log(
    `\nMachine load during the bench: ${f((100 * busy) / (elapsed * cores))} % of ${cores} cores busy, ` +
      `other work ≈ ${f(othersCores, 2)} cores on average; load average ${loadStart?.join(" ")} → ${loadEnd?.join(" ")}`,
  );
}
