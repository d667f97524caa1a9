// `node scripts/make-hostile-fixtures.mjs --measure`: time and peak memory of the largest inputs
// (docs/robustness.md). Each case runs in a fresh node process so its peak RSS is its own.
// A measurement, not a test: nothing here asserts a speed.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../../../src/core/consolidate";
import { defaultPlan } from "../../../src/core/plan";
import { unreadableReport } from "../../../src/core/read";
import { inspectWorkbook } from "../../../src/core/rules";
import { readXlsx } from "../../../src/xlsx/read";
import { FIXTURES } from "../corpus/fixtures";
import { appendRows } from "../corpus/sheet-edits";
import { realFormParts } from "../kit/real-form";
import { zipParts } from "../kit/zip-parts";

declare const __HOSTILE_SOURCE_DIR__: string;
const corpusDir = () => join(__HOSTILE_SOURCE_DIR__, "..", "..", "fixtures", "hostile");

/** A real form plus ~99,000 value cells of 300-character text: just under both limits. */
async function nearLimits(): Promise<Uint8Array> {
  const real = await realFormParts({ unit: "X_VINH_THAI", reportDate: "2024-12-09" });
  const text = "Bạo lực gia đình được phát hiện và hỗ trợ kịp thời. ".repeat(8).slice(0, 300);
  const row = `<row>${`<c t="inlineStr"><is><t>${text}</t></is></c>`.repeat(99)}</row>`;
  appendRows(real.parts, row.repeat(1000));
  const inflated = Object.values(real.parts).reduce((n, p) => n + p.length, 0);
  process.stderr.write(`near-limits: ${inflated} bytes inflated\n`);
  return zipParts(real.parts, 9);
}

async function inputOf(name: string): Promise<Uint8Array> {
  if (name === "near-limits") return nearLimits();
  return new Uint8Array(readFileSync(join(corpusDir(), name)));
}

async function measureOne(name: string): Promise<void> {
  const bytes = await inputOf(name);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const read = readXlsx(bytes);
  const report = read.ok ? inspectWorkbook(defaultPlan, name, null, read.workbook) : unreadableReport(name, null, read.message);
  const summary = consolidate(defaultPlan, "2024-Y", "2024-12-16", [report]);
  const ms = performance.now() - started;
  const inflated = read.ok ? read.workbook.sheets.reduce((n, s) => n + s.rows.length, 0) : 0;
  process.stdout.write(
    JSON.stringify({
      name,
      bytes: bytes.length,
      outcome: summary.files[0]?.outcome,
      reason: read.ok ? null : read.reason,
      rows: inflated,
      ms: Math.round(ms),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rssBeforeMb: Math.round(rssBefore / 1024 / 1024),
    }) + "\n",
  );
}

export async function main(): Promise<void> {
  const one = process.env.BDG_MEASURE_CASE;
  if (one) return measureOne(one);
  const cases = ["near-limits", ...FIXTURES.map((f) => f.name).filter((n) => /zip-bomb|million|too-many-cells|dtd|narrative-too-long/.test(n))];
  for (const name of cases) {
    const child = spawnSync(process.execPath, [__filename], {
      env: { ...process.env, BDG_MEASURE_CASE: name, BDG_MEASURE_CHILD: "1" },
      encoding: "utf8",
    });
    process.stdout.write(child.stdout || child.stderr);
  }
}

if (process.env.BDG_MEASURE_CHILD === "1") {
  void main();
}
