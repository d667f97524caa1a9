// What a consolidation keeps in memory per form, measured as live heap after a full GC (node
// --expose-gc), through the CLI's own code path: inspectInput (read → judge → FileReport) for every
// file, as `bdg consolidate` does in its thread, then consolidate(). Printed as one JSON line for
// scripts/bench.mjs, which takes the difference between two sizes (what grows per form).
// Breakdown: the parts of the reports are dropped one after another, a GC after each; the drop
// in live bytes is what that part holds of its own (a string shared with a part still alive is
// counted where it is dropped last).
// Run: node --expose-gc bench/run-ts.mjs bench/kept-memory.bench.ts DIR
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../src/core/consolidate";
import { defaultPlan } from "../src/core/plan";
import type { FileReport, ValidatedForm } from "../src/core/read";
import { inspectInput } from "../src/cli/io/inspect-input";

const PERIOD = "2024-Y";
const AS_OF = "2024-12-12";

function live(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("chạy với node --expose-gc");
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

function formsOf(reports: FileReport[]): ValidatedForm[] {
  return reports.flatMap((r) => (r.kind === "forms" ? r.forms : []));
}

export async function main(dir: string): Promise<void> {
  const names = readdirSync(dir).filter((n) => n.endsWith(".xlsx")).sort();
  const files = names.map((name) => ({ display: join("hop-thu", name), absolute: join(dir, name) }));
  // Warm everything the run builds once (plan index, caches), so the base holds them too.
  consolidate(defaultPlan, PERIOD, AS_OF, files.slice(0, 30).map((f) => inspectInput(defaultPlan, f)));
  const base = live();

  let reports: FileReport[] | null = files.map((f) => inspectInput(defaultPlan, f));
  const afterRead = live();
  let summary: ReturnType<typeof consolidate> | null = consolidate(defaultPlan, PERIOD, AS_OF, reports);
  const withSummary = live();
  const outcomes: Record<string, number> = {};
  for (const f of summary.files) outcomes[f.outcome] = (outcomes[f.outcome] ?? 0) + 1;

  // The parts of the reports, while the summary stays alive (what could be dropped once judged).
  const parts: Record<string, number> = {};
  const drop = (name: string, action: (form: ValidatedForm) => void) => {
    const before = live();
    for (const form of formsOf(reports as FileReport[])) action(form);
    parts[name] = before - live();
  };
  type Loose = Record<string, unknown>;
  drop("submission.values (raw cells)", (f) => ((f.submission as unknown as Loose).values = null));
  drop("submission.notes", (f) => ((f.submission as unknown as Loose).notes = null));
  drop("values (parsed)", (f) => ((f as unknown as Loose).values = null));
  drop("submission.readIssues", (f) => ((f.submission as unknown as Loose).readIssues = null));
  drop("issues", (f) => ((f as unknown as Loose).issues = null));
  const beforeRest = live();
  reports = null;
  parts["rest of the reports"] = beforeRest - live();
  const summaryOnly = live();
  summary = null;
  const empty = live();
  process.stdout.write(
    `${JSON.stringify({ n: files.length, base, afterRead, withSummary, summaryOnly, empty, parts, outcomes })}\n`,
  );
  void summary;
}
