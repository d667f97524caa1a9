// Seeded mutation fuzzing of real filled forms. Every case goes through the file path
// of the CLI and the task pane (readXlsx → inspectWorkbook → consolidate → summaryWorkbook);
// nothing may throw, every case ends in one contract outcome, the input bytes are untouched.
// Cases are bounded by the reader's own limits (50 MB inflated, 100,000 cells per sheet) and by
// mutations that at most double a ~14 KB input; the distribution is printed.
import { consolidate, summaryWorkbook, type FileOutcomeCode } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { unreadableReport, type FileReport } from "../../src/core/read";
import { inspectWorkbook } from "../../src/core/rules";
import { readXlsx } from "../../src/xlsx/read";
import { sha256 } from "./kit/hashes";
import { mulberry32, pick } from "./kit/prng";
import { realFormParts } from "./kit/real-form";
import { zipParts } from "./kit/zip-parts";
import { mutate, type FuzzBase, type MutationKind } from "./fuzz/mutators";

jest.setTimeout(120_000);

const CASES = Number(process.env.BDG_FUZZ_CASES ?? 2400);
const SEED = Number(process.env.BDG_FUZZ_SEED ?? 20241210);
const KINDS: readonly MutationKind[] = ["zip-bytes", "xml-text", "cell-values", "meta-values"];
const OUTCOMES: readonly FileOutcomeCode[] = ["used", "superseded", "duplicate", "invalid", "blank", "sample", "own_output", "unknown_unit", "wrong_period", "unreadable", "not_a_report"];

interface CaseResult {
  outcomes: FileOutcomeCode[];
  reason: string | null;
}

function runCase(bytes: Uint8Array, name: string): CaseResult {
  const read = readXlsx(bytes);
  const report: FileReport = read.ok
    ? inspectWorkbook(defaultPlan, name, "2024-12-09T10:00:00+07:00", read.workbook)
    : unreadableReport(name, "2024-12-09T10:00:00+07:00", read.message);
  const summary = consolidate(defaultPlan, "2024-Y", "2024-12-16", [report]);
  summaryWorkbook(defaultPlan, summary);
  return { outcomes: summary.files.map((f) => f.outcome), reason: read.ok ? null : read.reason };
}

describe(`fuzz: ${CASES} seeded mutations of real filled forms (seed ${SEED})`, () => {
  const bases: FuzzBase[] = [];

  beforeAll(async () => {
    for (const [unit, seed] of [["X_VINH_THAI", 1], ["P_LDTBXH", 2], ["CA_HUYEN", 3], ["P_TCKH", 4]] as const) {
      const { form, parts } = await realFormParts({ unit, seed, reportDate: "2024-12-09" });
      bases.push({ form, parts, zip: zipParts(parts, 1) });
    }
  });

  it("the unmutated bases are used forms (the fuzz starts from valid input)", () => {
    for (const base of bases) expect(runCase(base.zip, "base.xlsx").outcomes).toEqual(["used"]);
  });

  it("no case throws, every case ends in one defined outcome, no input is changed", () => {
    const random = mulberry32(SEED);
    const distribution: Record<string, number> = {};
    const byKind: Record<string, Record<string, number>> = {};
    const readerReasons: Record<string, number> = {};
    const failures: string[] = [];
    let slowest = { ms: 0, case: -1 };
    let largest = 0;

    for (let i = 0; i < CASES; i++) {
      const kind = KINDS[i % KINDS.length];
      const base = pick(random, bases);
      let bytes: Uint8Array;
      try {
        bytes = mutate(kind, base, random);
      } catch (e) {
        failures.push(`case ${i} (${kind}): the mutator failed: ${String(e)}`);
        continue;
      }
      largest = Math.max(largest, bytes.length);
      const hash = sha256(bytes);
      const started = performance.now();
      try {
        const result = runCase(bytes, `fuzz-${i}.xlsx`);
        const key = [...new Set(result.outcomes)].sort().join("+") || "(none)";
        distribution[key] = (distribution[key] ?? 0) + 1;
        (byKind[kind] ??= {})[key] = (byKind[kind][key] ?? 0) + 1;
        if (result.reason) readerReasons[result.reason] = (readerReasons[result.reason] ?? 0) + 1;
        if (result.outcomes.length === 0 || result.outcomes.some((o) => !OUTCOMES.includes(o))) {
          failures.push(`case ${i} (${kind}): outcomes ${JSON.stringify(result.outcomes)}`);
        }
      } catch (e) {
        failures.push(`case ${i} (${kind}): threw ${e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 3).join(" | ") : String(e)}`);
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, case: i };
      if (sha256(bytes) !== hash) failures.push(`case ${i} (${kind}): the input bytes were changed`);
    }

    // Figures for docs/robustness.md (printed, not asserted: speed is not a test).
    console.log(
      JSON.stringify({ cases: CASES, seed: SEED, distribution, byKind, readerReasons, slowestMs: Math.round(slowest.ms), slowestCase: slowest.case, largestInput: largest }, null, 1),
    );
    expect(failures).toEqual([]);
    // The fuzz must reach deep: some cases must survive to be judged, some must be refused.
    expect(distribution["used"] ?? 0).toBeGreaterThan(0);
    expect(distribution["invalid"] ?? 0).toBeGreaterThan(0);
    expect(distribution["unreadable"] ?? 0).toBeGreaterThan(0);
  });
});
