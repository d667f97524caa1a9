// "Nothing is lost" (docs/robustness.md): consolidation is deterministic (the same inputs in any order give
// the identical JSON, the identical summary model and the identical cells in the written .xlsx),
// and a late file changes exactly its unit's status and the totals it feeds.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { summaryWorkbook, type Summary } from "../../src/core/consolidate";
import { applicableIndicators, defaultPlan, findPeriod, findUnit, type Indicator } from "../../src/core/plan";
import { readXlsx } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { CORPUS_AS_OF, CORPUS_PERIOD, FIXTURES } from "./corpus/fixtures";
import { CORPUS_DIR } from "./corpus/write-corpus";
import { runBdg } from "./kit/cli";
import { consolidateInProcess, memoryFile } from "./kit/pipeline";
import { mulberry32, shuffled } from "./kit/prng";
import { realFormParts } from "./kit/real-form";
import { zipParts } from "./kit/zip-parts";

jest.setTimeout(180_000);

type Input = { name: string; bytes: Uint8Array };

const LATE_UNIT = "X_VINH_THAI";
const LATE_DATE = "2024-12-14";

let corpus: Input[];
let lateForm: Input;
let lateValues: Record<string, unknown>;

beforeAll(async () => {
  corpus = FIXTURES.map((f) => ({ name: f.name, bytes: new Uint8Array(readFileSync(join(CORPUS_DIR, f.name))) }));
  const late = await realFormParts({ unit: LATE_UNIT, seed: 9, reportDate: LATE_DATE });
  lateForm = { name: "nop-muon--x-vinh-thai.xlsx", bytes: zipParts(late.parts) };
});

function run(inputs: readonly Input[]): Promise<Summary> {
  return consolidateInProcess(
    inputs.map((i) => memoryFile(i.name, i.bytes)),
    CORPUS_PERIOD,
    CORPUS_AS_OF,
  );
}

async function cellContents(summary: Summary): Promise<string> {
  const read = readXlsx(await writeWorkbook(summaryWorkbook(defaultPlan, summary)));
  if (!read.ok) throw new Error(read.message);
  return JSON.stringify(read.workbook);
}

describe("same inputs in any order → identical results", () => {
  it("in-process (task pane file mode): JSON, summary model and written cells are identical over 4 orders", async () => {
    const random = mulberry32(77);
    const orders = [corpus, [...corpus].reverse(), shuffled(random, corpus), shuffled(random, corpus)];
    const summaries = await Promise.all(orders.map(run));
    const json = summaries.map((s) => JSON.stringify(s));
    const models = summaries.map((s) => JSON.stringify(summaryWorkbook(defaultPlan, s)));
    for (let i = 1; i < orders.length; i++) {
      expect(json[i]).toBe(json[0]);
      expect(models[i]).toBe(models[0]);
    }
    const cells = [await cellContents(summaries[0]), await cellContents(summaries[3])];
    expect(cells[1]).toBe(cells[0]);
  });

  it("CLI: files named in two orders give byte-identical --json", () => {
    const paths = FIXTURES.map((f) => join(CORPUS_DIR, f.name));
    const args = ["--period", CORPUS_PERIOD, "--as-of", CORPUS_AS_OF, "--json"];
    const a = runBdg(["consolidate", ...paths, ...args]);
    const b = runBdg(["consolidate", ...shuffled(mulberry32(5), paths), ...args]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

/** Does this unit's figure go into the district total of `indicator`? (docs/domain.md §4 "total") */
function feeds(indicator: Indicator, unitCode: string): boolean {
  const unit = findUnit(defaultPlan, unitCode)!;
  const total = indicator.total;
  if (total.kind === "sum") return true;
  if (total.kind === "sumKinds") return total.kinds.includes(unit.kind);
  if (total.kind === "fromUnit") return total.unit === unitCode;
  return false;
}

describe("a late file added and re-run", () => {
  let before: Summary;
  let after: Summary;

  beforeAll(async () => {
    before = await run(corpus);
    after = await run([...corpus, lateForm]);
    lateValues = after.matrix[LATE_UNIT] ?? {};
  });

  it("changes exactly that unit's status (missing → late 4 days) and adds one used file", () => {
    const changed = after.units.filter((u, i) => JSON.stringify(u) !== JSON.stringify(before.units[i]));
    expect(changed.map((u) => [u.unit, u.status, u.daysLate])).toEqual([[LATE_UNIT, "late", 4]]);
    expect(before.units.find((u) => u.unit === LATE_UNIT)?.status).toBe("missing");
    const added = after.files.filter((f) => !before.files.some((b) => b.file === f.file));
    expect(added.map((f) => [f.file, f.outcome])).toEqual([[lateForm.name, "used"]]);
    expect(after.files.filter((f) => f.file !== lateForm.name)).toEqual(before.files);
    expect(Object.keys(after.matrix).filter((u) => !(u in before.matrix))).toEqual([LATE_UNIT]);
    expect(after.onTimeRate).toBe(before.onTimeRate);
    expect(after.reportingRate).toBeGreaterThan(before.reportingRate);
  });

  it("each summed total it feeds grows by exactly its value; no total outside its form changes", () => {
    const unit = findUnit(defaultPlan, LATE_UNIT)!;
    const period = findPeriod(defaultPlan, CORPUS_PERIOD)!;
    const onForm = applicableIndicators(defaultPlan, unit, period);
    const onFormCodes = new Set(onForm.map((i) => i.code));
    // Totals that do not add units up (ratios, shares) may move whenever a form is added.
    const derived = new Set(defaultPlan.indicators.filter((i) => ["ratio", "shareYes", "shareOfUnits"].includes(i.total.kind)).map((i) => i.code));

    const changed = Object.keys(after.totals).filter((code) => after.totals[code] !== before.totals[code]);
    for (const code of changed) expect(onFormCodes.has(code) || derived.has(code)).toBe(true);

    let checked = 0;
    for (const indicator of onForm) {
      if (indicator.type !== "count" && indicator.type !== "money") continue;
      const value = lateValues[indicator.code];
      if (typeof value !== "number") continue;
      const grown = (after.totals[indicator.code] ?? 0) - (before.totals[indicator.code] ?? 0);
      if (feeds(indicator, LATE_UNIT)) {
        expect([indicator.code, grown]).toEqual([indicator.code, expect.closeTo(value, 6)]);
        checked++;
      } else expect([indicator.code, after.totals[indicator.code]]).toEqual([indicator.code, before.totals[indicator.code]]);
    }
    expect(checked).toBeGreaterThan(10);
  });
});
